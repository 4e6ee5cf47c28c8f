// load-topic-broader: broader topics of discovered (not curated) topics, as the extraction says.
// Params: $rows [{id, broader}]. Both ids follow MERGED_INTO (any depth) to the surviving topic,
// as in load-statements: a merged stub gets no new links, and merging the two ends into one gives
// no self-loop.
UNWIND $rows AS row
MATCH (:Topic {id: row.id})-[:MERGED_INTO*0..]->(t:Topic)
WHERE NOT EXISTS { (t)-[:MERGED_INTO]->() } AND t.curated = false
MATCH (:Topic {id: row.broader})-[:MERGED_INTO*0..]->(b:Topic)
WHERE NOT EXISTS { (b)-[:MERGED_INTO]->() } AND b <> t
MERGE (t)-[:BROADER]->(b)
