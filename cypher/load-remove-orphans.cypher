// load-remove-orphans: removes, among the given candidates, the actors and topics that a document
// discovered (isNew, never curated) and that nothing points at any more, and meetings no document
// records. Anything merged into another keeps its node so the old id still resolves.
// Params: $actorIds, $topicIds, $meetingIds.
CALL () {
  OPTIONAL MATCH (a:Actor)
  WHERE a.id IN $actorIds AND a.isNew = true AND a.curated = false
    AND NOT EXISTS { (a)<--() } AND NOT EXISTS { (a)-[:MERGED_INTO]->() }
  DETACH DELETE a
  RETURN count(a) AS actors
}
CALL () {
  OPTIONAL MATCH (t:Topic)
  WHERE t.id IN $topicIds AND t.isNew = true AND t.curated = false
    AND NOT EXISTS { (t)<--() } AND NOT EXISTS { (t)-[:MERGED_INTO]->() }
  DETACH DELETE t
  RETURN count(t) AS topics
}
CALL () {
  OPTIONAL MATCH (m:Meeting)
  WHERE m.id IN $meetingIds AND NOT EXISTS { (m)<-[:RECORDS]-(:Document) }
  DETACH DELETE m
  RETURN count(m) AS meetings
}
RETURN actors, topics, meetings
