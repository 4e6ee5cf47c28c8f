// load-collect-replaced: what earlier versions of a document use, read before they are removed:
// the actors, topics and meetings that may be left unused, and the corrected statements whose
// corrections must follow to the new version, and the keys of the MonthCounts their statements are
// counted in (recounted once they are gone). Params: $documentIds.
MATCH (d:Document)
WHERE d.id IN $documentIds
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
WITH collect(DISTINCT d.id) AS ids, collect(DISTINCT m.id) AS meetingIds
CALL (ids) {
  OPTIONAL MATCH (s:Statement)-[:BY|RESOLVED_TO|ADDRESSED_TO|MENTIONS]->(a:Actor)
  WHERE s.documentId IN ids
  OPTIONAL MATCH (a)-[:PART_OF]->(o:Actor)
  RETURN collect(DISTINCT a.id) + collect(DISTINCT o.id) AS actorIds
}
CALL (ids) {
  OPTIONAL MATCH (s:Statement)-[:ABOUT]->(t:Topic)
  WHERE s.documentId IN ids
  RETURN collect(DISTINCT t.id) AS statementTopicIds
}
CALL (ids) {
  OPTIONAL MATCH (i:AgendaItem)-[:ABOUT]->(t:Topic)
  WHERE i.documentId IN ids
  RETURN collect(DISTINCT t.id) AS sectionTopicIds
}
CALL (ids) {
  OPTIONAL MATCH (s:Statement)-[:CORRECTED_BY]->(c:Correction)
  WHERE s.documentId IN ids
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {correctionId: c.id, statementId: s.id, text: s.text, start: s.start} END) AS corrections
}
CALL (ids) {
  OPTIONAL MATCH (s:Statement)-[:COUNTED_IN]->(m:MonthCount)
  WHERE s.documentId IN ids
  RETURN collect(DISTINCT m.key) AS monthKeys
}
RETURN actorIds, statementTopicIds + sectionTopicIds AS topicIds, meetingIds, corrections, monthKeys
