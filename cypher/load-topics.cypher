// load-topics: the topics an extraction names; existing topics keep their properties, new ones
// get them ON CREATE. Params: $rows [{id, label, aliases, isNew, searchText, searchVersion}].
// Rows are written in id order, so loads creating the same new topics take their locks in one order.
UNWIND $rows AS row
WITH row ORDER BY row.id
OPTIONAL MATCH (existing:Topic {id: row.id})
WITH row, existing IS NULL AS created
MERGE (t:Topic {id: row.id})
ON CREATE SET
  t.label = row.label,
  t.aliases = row.aliases,
  t.isNew = row.isNew,
  t.curated = false,
  t.searchText = row.searchText,
  t.searchVersion = row.searchVersion
RETURN count(*) AS topics, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
