// curated-statements-to-resolve: the statements whose RESOLVED_TO depends on the tenures: those
// spoken by an office, and any already resolved to a person (a tenure removed must unlink it).
// Params: none.
MATCH (s:Statement)
WHERE EXISTS { (s)-[:BY]->(:Office) } OR EXISTS { (s)-[:RESOLVED_TO]->() }
RETURN s.id AS id
