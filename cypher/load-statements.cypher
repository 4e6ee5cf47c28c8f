// load-statements: statements with all their links. BY keeps the holder as spoken (an office);
// RESOLVED_TO is set next by resolve-statements from BY and the tenures in the graph (the graph's
// tenures are the reference, so an Extraction made with an older gazetteer never pins an outdated
// holder; its personIds are not used here). Params: $rows [{id, text, searchText, searchVersion, stance, start,
// end, date, attribution, confidence, rule, cue, documentId, sectionId, actorIds, addresseeIds,
// mentionIds, topicIds, eventIds}]. Lookups go through :Actor, which has the id
// constraint (a :Person or :Office lookup would scan the label).
// An id an analyst merged away (mergeActors / mergeTopics) names a stub with MERGED_INTO: every
// link goes to the surviving node at the end of that chain (any depth; the one without an
// outgoing MERGED_INTO), never to the stub, so filters by the kept id find statements loaded
// after the merge. `*0..` makes an id that was never merged its own survivor.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (s:Statement {id: row.id})
ON CREATE SET
  s.text = row.text,
  s.searchText = row.searchText,
  s.searchVersion = row.searchVersion,
  s.stance = row.stance,
  s.start = toInteger(row.start),
  s.end = toInteger(row.end),
  s.date = date(row.date),
  s.attribution = row.attribution,
  s.confidence = toFloat(row.confidence),
  s.rule = row.rule,
  s.cue = row.cue,
  s.documentId = row.documentId
MERGE (s)-[:FROM]->(d)
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (i:AgendaItem {id: row.sectionId})
  FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | MERGE (s)-[:IN]->(i))
}
CALL (s, row) {
  UNWIND row.actorIds AS actorId
  MATCH (:Actor {id: actorId})-[:MERGED_INTO*0..]->(a:Actor)
  WHERE NOT EXISTS { (a)-[:MERGED_INTO]->() }
  MERGE (s)-[:BY]->(a)
}
CALL (s, row) {
  UNWIND row.addresseeIds AS addresseeId
  MATCH (:Actor {id: addresseeId})-[:MERGED_INTO*0..]->(a:Actor)
  WHERE NOT EXISTS { (a)-[:MERGED_INTO]->() }
  MERGE (s)-[:ADDRESSED_TO]->(a)
}
CALL (s, row) {
  UNWIND row.mentionIds AS mentionId
  MATCH (:Actor {id: mentionId})-[:MERGED_INTO*0..]->(a:Actor)
  WHERE NOT EXISTS { (a)-[:MERGED_INTO]->() }
  MERGE (s)-[:MENTIONS]->(a)
}
CALL (s, row) {
  UNWIND row.topicIds AS topicId
  MATCH (:Topic {id: topicId})-[:MERGED_INTO*0..]->(t:Topic)
  WHERE NOT EXISTS { (t)-[:MERGED_INTO]->() }
  MERGE (s)-[:ABOUT]->(t)
}
CALL (s, row) {
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[:REFERS_TO]->(e)
}
RETURN count(*) AS statements
