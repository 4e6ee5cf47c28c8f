// read-topics: all topics (merged stubs left out), by label. Params: $limit.
MATCH (t:Topic)
WHERE NOT (t)-[:MERGED_INTO]->()
RETURN properties(t) AS topic
ORDER BY toLower(t.label), t.id
LIMIT toInteger($limit)
