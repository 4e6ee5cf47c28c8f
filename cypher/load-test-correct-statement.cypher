// load-test-correct-statement: records an analyst's correction of a statement property the way the
// API does, so loading tests can prove corrections survive a re-ingest. For tests only.
// Params: $id, $statementId, $field, $newValue, $by, $at (ISO date-time).
MATCH (s:Statement {id: $statementId})
CREATE (c:Correction {id: $id, field: $field, oldValue: s[$field], newValue: $newValue, by: $by, at: datetime($at), statementId: s.id})
MERGE (s)-[:CORRECTED_BY]->(c)
SET s[$field] = $newValue
RETURN c.id AS id
