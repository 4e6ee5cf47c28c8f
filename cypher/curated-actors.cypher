// curated-actors: actors of the gazetteer. Curated data is the reference: its properties are SET
// every time (same values change nothing), and the kind label is set from a fixed CASE, removing
// the others (an actor first discovered in a document may have been given another kind).
// Params: $rows [{id, kind, name, aliases, description, source, searchText, searchVersion, existsFrom,
// existsTo, multipleHolders}] (the last three: offices only, else null).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET
  a.name = row.name,
  a.kind = row.kind,
  a.aliases = row.aliases,
  a.description = row.description,
  a.source = row.source,
  a.searchText = row.searchText,
  a.existsFrom = date(row.existsFrom),
  a.existsTo = date(row.existsTo),
  a.multipleHolders = row.multipleHolders,
  a.searchVersion = row.searchVersion,
  a.curated = true,
  a.isNew = false
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET a:Person REMOVE a:Office:Group:Organisation)
FOREACH (_ IN CASE WHEN row.kind = 'office' THEN [1] ELSE [] END | SET a:Office REMOVE a:Person:Group:Organisation)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET a:Group REMOVE a:Person:Office:Organisation)
FOREACH (_ IN CASE WHEN row.kind = 'organisation' THEN [1] ELSE [] END | SET a:Organisation REMOVE a:Person:Office:Group)
RETURN count(*) AS actors
