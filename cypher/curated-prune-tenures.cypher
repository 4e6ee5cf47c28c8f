// curated-prune-tenures: removes tenures the gazetteer no longer lists (HELD is curated only).
// Params: $keys ["<personId>|<officeId>|<from yyyy-mm-dd>"].
MATCH (p:Person)-[held:HELD]->(o:Office)
WHERE NOT (p.id + '|' + o.id + '|' + toString(held.from)) IN $keys
DELETE held
RETURN count(held) AS removed
