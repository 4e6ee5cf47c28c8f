// mutate-correct-actors: replace a statement's speakers (BY) and record a Correction; the caller
// runs resolve-statements next for its persons (RESOLVED_TO). Params: $id, $actorIds, $by.
MATCH (s:Statement {id: $id})
WITH s, COLLECT { MATCH (s)-[:BY]->(a:Actor) RETURN a.id ORDER BY a.id } AS oldIds
CREATE (s)-[:CORRECTED_BY]->(:Correction {
  id: randomUUID(), field: 'actors', oldValue: reduce(out = '', x IN oldIds | out + CASE out WHEN '' THEN '' ELSE ',' END + x),
  newValue: reduce(out = '', x IN $actorIds | out + CASE out WHEN '' THEN '' ELSE ',' END + x),
  by: $by, at: datetime(), statementId: s.id
})
WITH s
CALL { WITH s MATCH (s)-[r:BY]->() DELETE r }
CALL { WITH s MATCH (a:Actor) WHERE a.id IN $actorIds MERGE (s)-[:BY]->(a) }
RETURN properties(s) AS statement
