// load-test-set-confidence: sets the extraction confidence of statements, so tests can order and
// filter by it. For tests only. Params: $rows [{id, confidence}].
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s.confidence = toFloat(row.confidence)
RETURN count(s) AS updated
