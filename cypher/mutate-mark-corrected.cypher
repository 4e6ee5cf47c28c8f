// mutate-mark-corrected: after a correction of a statement's stance, speakers or topics, makes
// 'corrected' its review state (the latest decision counts, so a corrected statement that was
// rejected is a position again). Params: $id, $by.
MATCH (s:Statement {id: $id})
SET s.review = 'corrected', s.reviewedBy = $by, s.reviewedAt = datetime()
REMOVE s:Rejected
RETURN s.id AS id
