// mutate-correct-stance: set a statement's stance and record a Correction (old and new value).
// Params: $id, $stance, $by. Returns the corrected statement; nothing when the stance is unchanged.
MATCH (s:Statement {id: $id})
WHERE s.stance <> $stance
CREATE (s)-[:CORRECTED_BY]->(c:Correction {
  id: randomUUID(), field: 'stance', oldValue: s.stance, newValue: $stance,
  by: $by, at: datetime(), statementId: s.id
})
SET s.stance = $stance
RETURN properties(s) AS statement
