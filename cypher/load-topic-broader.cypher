// load-topic-broader: broader topics of discovered (not curated) topics, as the extraction says.
// Params: $rows [{id, broader}].
UNWIND $rows AS row
MATCH (t:Topic {id: row.id})
WHERE t.curated = false
MATCH (b:Topic {id: row.broader})
MERGE (t)-[:BROADER]->(b)
