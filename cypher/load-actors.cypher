// load-actors: the actors an extraction names. Actors already in the graph (curated, or found in
// an earlier document) keep their properties; new ones get them ON CREATE plus the label of their
// kind, chosen by a fixed CASE (labels cannot be parameters, and a closed list keeps data from
// ever choosing a label). Params: $rows [{id, name, kind, aliases, isNew, searchText, searchVersion}].
// Rows are written in id order, so loads creating the same new actors take their locks in one order.
UNWIND $rows AS row
WITH row ORDER BY row.id
OPTIONAL MATCH (existing:Actor {id: row.id})
WITH row, existing IS NULL AS created
MERGE (a:Actor {id: row.id})
ON CREATE SET
  a.name = row.name,
  a.kind = row.kind,
  a.aliases = row.aliases,
  a.isNew = row.isNew,
  a.curated = false,
  a.searchText = row.searchText,
  a.searchVersion = row.searchVersion
FOREACH (_ IN CASE WHEN created AND row.kind = 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN created AND row.kind = 'office' THEN [1] ELSE [] END | SET a:Office)
FOREACH (_ IN CASE WHEN created AND row.kind = 'group' THEN [1] ELSE [] END | SET a:Group)
FOREACH (_ IN CASE WHEN created AND row.kind = 'organisation' THEN [1] ELSE [] END | SET a:Organisation)
RETURN count(*) AS actors, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
