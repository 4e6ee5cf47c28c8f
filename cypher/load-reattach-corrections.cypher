// load-reattach-corrections: after a document was replaced, links each correction of its earlier
// version to the statement of the new version with the same id or, failing that, the same text
// (nearest position first; statement ids hash the document id, so they change with any edit), and
// applies the correction again for the fields that are plain statement properties ($fields), in
// the order they were made. A correction whose statement has no counterpart keeps its node and
// its old statementId. Params: $corrections [{correctionId, statementId, text, start}],
// $documentId (the new version), $fields (correctable property names).
UNWIND $corrections AS row
MATCH (c:Correction {id: row.correctionId})
CALL (row) {
  OPTIONAL MATCH (same:Statement {id: row.statementId})
  OPTIONAL MATCH (alike:Statement {documentId: $documentId})
  WHERE alike.text = row.text
  WITH same, alike, abs(alike.start - row.start) AS distance
  ORDER BY distance
  WITH same, collect(alike) AS alikes
  RETURN coalesce(same, head(alikes)) AS target
}
WITH c, target
ORDER BY c.at
FOREACH (_ IN CASE WHEN target IS NULL THEN [] ELSE [1] END |
  MERGE (target)-[:CORRECTED_BY]->(c)
  SET c.statementId = target.id
)
FOREACH (_ IN CASE WHEN target IS NOT NULL AND c.field IN $fields THEN [1] ELSE [] END |
  SET target[c.field] = c.newValue
)
RETURN count(target) AS reattached, count(c) - count(target) AS detached
