// load-actor-part-of: the organisation a discovered (not curated) actor belongs to, as the
// document says. Curated hierarchy comes from curated-part-of only. Params: $rows [{id, partOf}].
// Both ids follow MERGED_INTO (any depth) to the surviving actor, as in load-statements: a merged
// stub gets no new links, and merging the two ends into one gives no self-loop.
UNWIND $rows AS row
MATCH (:Actor {id: row.id})-[:MERGED_INTO*0..]->(a:Actor)
WHERE NOT EXISTS { (a)-[:MERGED_INTO]->() } AND a.curated = false
MATCH (:Actor {id: row.partOf})-[:MERGED_INTO*0..]->(o:Actor)
WHERE NOT EXISTS { (o)-[:MERGED_INTO]->() } AND o <> a
MERGE (a)-[:PART_OF]->(o)
