// mutate-review-statement: records an analyst's review decision on a statement as a Correction
// (field 'review', oldValue the state before, newValue 'confirmed' or 'rejected', note the reason
// given) and makes it the statement's review state. A rejected statement (not a position) gets the
// label Rejected, which every count, network, position, timeline and search leaves out; confirming
// it again removes the label. Params: $id, $review, $by, $note (null when none).
MATCH (s:Statement {id: $id})
WITH s, coalesce(s.review, 'unreviewed') AS before
CREATE (s)-[:CORRECTED_BY]->(c:Correction {
  id: randomUUID(), field: 'review', oldValue: before, newValue: $review, note: $note,
  by: $by, at: datetime(), statementId: s.id
})
SET s.review = $review, s.reviewedBy = $by, s.reviewedAt = c.at
FOREACH (_ IN CASE WHEN $review = 'rejected' THEN [1] ELSE [] END | SET s:Rejected)
FOREACH (_ IN CASE WHEN $review = 'rejected' THEN [] ELSE [1] END | REMOVE s:Rejected)
RETURN before
