// load-sections: agenda items of a document, linked to the document, to its meeting (if any) and
// to the topics their heading names. Params: $rows [{id, index, heading, headingStart, headingEnd,
// start, end, documentId, topicIds}]. A merged topic id follows MERGED_INTO (any depth) to the
// surviving topic, as in load-statements, so the stub gets no new ABOUT.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (i:AgendaItem {id: row.id})
ON CREATE SET
  i.index = toInteger(row.index),
  i.heading = row.heading,
  i.headingStart = toInteger(row.headingStart),
  i.headingEnd = toInteger(row.headingEnd),
  i.start = toInteger(row.start),
  i.end = toInteger(row.end),
  i.documentId = row.documentId
MERGE (d)-[:HAS_SECTION]->(i)
WITH d, i, row
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (m)-[:HAS_ITEM]->(i))
WITH i, row
CALL (i, row) {
  UNWIND row.topicIds AS topicId
  MATCH (:Topic {id: topicId})-[:MERGED_INTO*0..]->(t:Topic)
  WHERE NOT EXISTS { (t)-[:MERGED_INTO]->() }
  MERGE (i)-[:ABOUT]->(t)
}
RETURN count(*) AS sections
