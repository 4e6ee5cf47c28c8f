// mutate-correct-actors: replace a statement's speakers (BY), re-resolve the persons (RESOLVED_TO:
// persons spoken directly, and holders of spoken offices on the statement's date) and record a
// Correction. Params: $id, $actorIds, $by.
MATCH (s:Statement {id: $id})
WITH s, COLLECT { MATCH (s)-[:BY]->(a:Actor) RETURN a.id ORDER BY a.id } AS oldIds
CREATE (s)-[:CORRECTED_BY]->(:Correction {
  id: randomUUID(), field: 'actors', oldValue: reduce(out = '', x IN oldIds | out + CASE out WHEN '' THEN '' ELSE ',' END + x),
  newValue: reduce(out = '', x IN $actorIds | out + CASE out WHEN '' THEN '' ELSE ',' END + x),
  by: $by, at: datetime(), statementId: s.id
})
WITH s
CALL { WITH s MATCH (s)-[r:BY|RESOLVED_TO]->() DELETE r }
CALL { WITH s MATCH (a:Actor) WHERE a.id IN $actorIds MERGE (s)-[:BY]->(a) }
CALL { WITH s MATCH (s)-[:BY]->(p:Person) MERGE (s)-[:RESOLVED_TO]->(p) }
CALL {
  WITH s
  MATCH (s)-[:BY]->(:Office)<-[h:HELD]-(p:Person)
  WHERE s.date IS NOT NULL AND date(h.from) <= s.date AND (h.to IS NULL OR date(h.to) >= s.date)
  MERGE (s)-[:RESOLVED_TO]->(p)
}
RETURN properties(s) AS statement
