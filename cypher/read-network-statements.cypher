// read-network-statements: one row per (statement, actor as spoken, topic; rejected statements left out) for the analytics
// networks, measures, time windows and exports (computed in src/analytics from this one result).
// actorPasses / topicPasses say whether the row's actor / topic passes the actor / topic filter;
// with $keepOtherActors (actor–actor networks) rows of other actors are returned too, so an edge
// can be kept when one of its ends passes; $keepOtherTopics does the same for topic–topic networks.
// Params: $actorIds, $includeMembers, $topicKeys, $stances (an empty list means no filter),
// $dated, $from, $to, $keepOtherActors, $keepOtherTopics, $details. $from/$to are always ISO dates
// (0001-01-01 / 9999-12-31 for a missing bound) and $dated says whether either was given, so a
// window is read as a range of the statement_date index; undated statements match only when no
// bound is given. Without $details (networks) text, offsets, persons, the document and the review
// (state, whether corrected, by whom, when) are not read (they come back empty): only exports need them.
WITH
  CASE WHEN size($actorIds) = 0 THEN null ELSE COLLECT {
    MATCH (x:Actor) WHERE x.id IN $actorIds
    MATCH (x)-[:MERGED_INTO*0..]->(a:Actor) WHERE NOT (a)-[:MERGED_INTO]->()
    MATCH (a)<-[:PART_OF*0..]-(m:Actor) WHERE $includeMembers OR m = a
    RETURN DISTINCT m.id
  } END AS actorIds,
  CASE WHEN size($topicKeys) = 0 THEN null ELSE COLLECT {
    MATCH (x:Topic)
    WHERE x.id IN $topicKeys OR toLower(x.label) IN $topicKeys OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) IN $topicKeys)
    MATCH (x)-[:MERGED_INTO*0..]->(t:Topic) WHERE NOT (t)-[:MERGED_INTO]->()
    MATCH (t)<-[:BROADER*0..]-(n:Topic)
    RETURN DISTINCT n.id
  } END AS topicIds
CALL {
  WITH 1 AS one WHERE $dated
  MATCH (s:Statement) WHERE s.date >= date($from) AND s.date <= date($to)
  RETURN s
  UNION ALL
  WITH 1 AS one WHERE NOT $dated
  MATCH (s:Statement)
  RETURN s
}
MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic)
WITH s, a, t, (actorIds IS NULL OR a.id IN actorIds) AS actorPasses, (topicIds IS NULL OR t.id IN topicIds) AS topicPasses
WHERE (actorPasses OR $keepOtherActors)
  AND (topicPasses OR $keepOtherTopics)
  AND (size($stances) = 0 OR s.stance IN $stances)
  AND NOT s:Rejected
OPTIONAL MATCH (s)-[:RESOLVED_TO]->(p:Person) WHERE $details
WITH s, a, t, actorPasses, topicPasses, collect(DISTINCT p.name) AS persons
OPTIONAL MATCH (s)-[:FROM]->(d:Document) WHERE $details
RETURN s.id AS statementId, s.stance AS stance, toString(s.date) AS date, s.documentId AS documentId,
  CASE WHEN $details THEN s.text ELSE '' END AS text, CASE WHEN $details THEN s.start ELSE 0 END AS start,
  CASE WHEN $details THEN s.end ELSE 0 END AS end, d.source AS documentSource, d.title AS documentTitle,
  properties(a) AS actor, properties(t) AS topic, persons, actorPasses, topicPasses,
  CASE WHEN $details THEN coalesce(s.review, 'unreviewed') END AS review,
  CASE WHEN $details THEN EXISTS { (s)-[:CORRECTED_BY]->(c:Correction) WHERE c.field <> 'review' } ELSE false END AS corrected,
  CASE WHEN $details THEN s.reviewedBy END AS reviewedBy, CASE WHEN $details THEN toString(s.reviewedAt) END AS reviewedAt
ORDER BY date, s.documentId, s.start, a.id, t.id
