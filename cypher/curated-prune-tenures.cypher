// curated-prune-tenures: removes tenures the gazetteer no longer lists (HELD is curated only),
// wherever a merge moved them. A HELD without a key is from before tenures had one: it is removed
// and written again by curated-tenures. Params: $keys ["<personId>|<officeId>|<from yyyy-mm-dd>"].
MATCH (:Person)-[held:HELD]->(:Office)
WHERE held.key IS NULL OR NOT held.key IN $keys
DELETE held
RETURN count(held) AS removed
