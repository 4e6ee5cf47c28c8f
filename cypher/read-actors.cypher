// read-actors: all actors (merged stubs left out), optionally of some kinds, by name.
// Params: $kinds (empty list: all kinds), $limit.
MATCH (a:Actor)
WHERE NOT (a)-[:MERGED_INTO]->() AND (size($kinds) = 0 OR a.kind IN $kinds)
RETURN properties(a) AS actor
ORDER BY toLower(a.name), a.id
LIMIT toInteger($limit)
