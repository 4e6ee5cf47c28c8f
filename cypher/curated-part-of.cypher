// curated-part-of: the gazetteer's hierarchy; a curated actor is part of exactly the organisation
// the gazetteer names (or none). Params: $rows [{id, partOf}].
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
OPTIONAL MATCH (a)-[stale:PART_OF]->(other:Actor)
WHERE row.partOf IS NULL OR other.id <> row.partOf
DELETE stale
WITH DISTINCT a, row
MATCH (o:Actor {id: row.partOf})
MERGE (a)-[:PART_OF]->(o)
