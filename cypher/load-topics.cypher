// load-topics: the topics an extraction names; existing topics keep their properties, new ones
// get them ON CREATE. Params: $rows [{id, label, aliases, isNew, searchText}].
UNWIND $rows AS row
OPTIONAL MATCH (existing:Topic {id: row.id})
WITH row, existing IS NULL AS created
MERGE (t:Topic {id: row.id})
ON CREATE SET
  t.label = row.label,
  t.aliases = row.aliases,
  t.isNew = row.isNew,
  t.curated = false,
  t.searchText = row.searchText
RETURN count(*) AS topics, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
