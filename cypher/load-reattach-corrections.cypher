// load-reattach-corrections: after a document was replaced, links each correction of its earlier
// version to the statement of the new version with the same id or, failing that, the same text
// (nearest position first; statement ids hash the document id, so they change with any edit), and
// applies the correction again, in the order the corrections were made:
// - a plain statement property listed in $fields (e.g. stance): set to newValue;
// - 'actors' / 'topics' (newValue = comma-separated ids, as the API records them): BY / ABOUT
//   replaced by those ids (the loader then runs resolve-statements on the targets for RESOLVED_TO).
// - 'review' (a confirmation or rejection): the statement's review state, and the label Rejected.
// A correction whose statement has no counterpart keeps its node and its old statementId.
// A correction made before a merge may name the merged-away id: it is applied to the surviving
// actor/topic at the end of MERGED_INTO (any depth), never to the stub; its newValue stays as
// recorded.
// Params: $corrections [{correctionId, statementId, text, start}], $documentId (the new version),
// $fields (correctable property names).
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
// The review state follows the latest decision: a confirmation or rejection ('review') as made,
// any other correction 'corrected'; a rejected statement carries the label Rejected.
FOREACH (_ IN CASE WHEN target IS NOT NULL THEN [1] ELSE [] END |
  SET target.review = CASE c.field WHEN 'review' THEN c.newValue ELSE 'corrected' END, target.reviewedBy = c.by, target.reviewedAt = c.at
)
FOREACH (_ IN CASE WHEN target IS NOT NULL AND c.field = 'review' AND c.newValue = 'rejected' THEN [1] ELSE [] END | SET target:Rejected)
FOREACH (_ IN CASE WHEN target IS NOT NULL AND NOT (c.field = 'review' AND c.newValue = 'rejected') THEN [1] ELSE [] END | REMOVE target:Rejected)
WITH c, target
CALL (c, target) {
  WITH c, target
  WHERE target IS NOT NULL AND c.field = 'actors'
  OPTIONAL MATCH (target)-[old:BY]->()
  DELETE old
  WITH DISTINCT c, target
  UNWIND [id IN split(coalesce(c.newValue, ''), ',') WHERE id <> ''] AS actorId
  MATCH (:Actor {id: actorId})-[:MERGED_INTO*0..]->(a:Actor)
  WHERE NOT EXISTS { (a)-[:MERGED_INTO]->() }
  MERGE (target)-[:BY]->(a)
}
CALL (c, target) {
  WITH c, target
  WHERE target IS NOT NULL AND c.field = 'topics'
  OPTIONAL MATCH (target)-[old:ABOUT]->()
  DELETE old
  WITH DISTINCT c, target
  UNWIND [id IN split(coalesce(c.newValue, ''), ',') WHERE id <> ''] AS topicId
  MATCH (:Topic {id: topicId})-[:MERGED_INTO*0..]->(t:Topic)
  WHERE NOT EXISTS { (t)-[:MERGED_INTO]->() }
  MERGE (target)-[:ABOUT]->(t)
}
RETURN count(target) AS reattached, count(c) - count(target) AS detached, collect(DISTINCT target.id) AS targetIds
