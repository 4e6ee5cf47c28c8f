// load-actor-part-of: the organisation a discovered (not curated) actor belongs to, as the
// document says. Curated hierarchy comes from curated-part-of only. Params: $rows [{id, partOf}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WHERE a.curated = false
MATCH (o:Actor {id: row.partOf})
MERGE (a)-[:PART_OF]->(o)
