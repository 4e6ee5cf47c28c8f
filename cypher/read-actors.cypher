// read-actors: all actors (merged stubs left out), optionally of some kinds, by name.
// Params: $kinds (list or null), $limit.
MATCH (a:Actor)
WHERE NOT (a)-[:MERGED_INTO]->() AND ($kinds IS NULL OR a.kind IN $kinds)
RETURN properties(a) AS actor
ORDER BY toLower(a.name), a.id
LIMIT toInteger($limit)
