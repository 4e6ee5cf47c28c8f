// mutate-correct-topics: replace a statement's topics (ABOUT) and record a Correction.
// Params: $id, $topicIds, $by.
MATCH (s:Statement {id: $id})
WITH s, COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id } AS oldIds
CREATE (s)-[:CORRECTED_BY]->(:Correction {
  id: randomUUID(), field: 'topics', oldValue: reduce(out = '', x IN oldIds | out + CASE out WHEN '' THEN '' ELSE ',' END + x),
  newValue: reduce(out = '', x IN $topicIds | out + CASE out WHEN '' THEN '' ELSE ',' END + x),
  by: $by, at: datetime(), statementId: s.id
})
WITH s
CALL { WITH s MATCH (s)-[r:ABOUT]->() DELETE r }
CALL { WITH s MATCH (t:Topic) WHERE t.id IN $topicIds MERGE (s)-[:ABOUT]->(t) }
RETURN properties(s) AS statement
