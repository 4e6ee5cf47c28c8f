// load-test-correct-statement: records an analyst's correction the way the API does (same node
// shape; a stance is also applied, relationship fields are only recorded), so loading tests can
// prove corrections survive a re-ingest. For tests only.
// Params: $id, $statementId, $field, $newValue, $by, $at (ISO date-time).
MATCH (s:Statement {id: $statementId})
CREATE (c:Correction {id: $id, field: $field, oldValue: toString(s[$field]), newValue: $newValue, by: $by, at: datetime($at), statementId: s.id})
MERGE (s)-[:CORRECTED_BY]->(c)
FOREACH (_ IN CASE WHEN $field = 'stance' THEN [1] ELSE [] END | SET s.stance = $newValue)
RETURN c.id AS id
