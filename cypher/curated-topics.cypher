// curated-topics: the topic taxonomy of the gazetteer; properties SET every time (the reference).
// Params: $rows [{id, label, aliases, description, searchText, searchVersion}].
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET
  t.label = row.label,
  t.aliases = row.aliases,
  t.description = row.description,
  t.searchText = row.searchText,
  t.searchVersion = row.searchVersion,
  t.curated = true,
  t.isNew = false
RETURN count(*) AS topics
