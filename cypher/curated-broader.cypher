// curated-broader: a curated topic's broader topics are exactly those the gazetteer lists.
// Params: $rows [{id, broader}].
UNWIND $rows AS row
MATCH (t:Topic {id: row.id})
OPTIONAL MATCH (t)-[stale:BROADER]->(other:Topic)
WHERE NOT other.id IN row.broader
DELETE stale
WITH DISTINCT t, row
UNWIND row.broader AS broaderId
MATCH (b:Topic {id: broaderId})
MERGE (t)-[:BROADER]->(b)
