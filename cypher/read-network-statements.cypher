// read-network-statements: one row per (statement, actor as spoken, topic) for the analytics
// networks, measures, time windows and exports (computed in src/analytics from this one result).
// actorPasses / topicPasses say whether the row's actor / topic passes the actor / topic filter;
// with $keepOtherActors (actor–actor networks) rows of other actors are returned too, so an edge
// can be kept when one of its ends passes; $keepOtherTopics does the same for topic–topic networks.
// Params: $actorIds, $includeMembers, $topicKeys, $stances, $from, $to (an empty list or string
// means no filter), $keepOtherActors, $keepOtherTopics.
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
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(t:Topic)
WITH s, a, t, (actorIds IS NULL OR a.id IN actorIds) AS actorPasses, (topicIds IS NULL OR t.id IN topicIds) AS topicPasses
WHERE (actorPasses OR $keepOtherActors)
  AND (topicPasses OR $keepOtherTopics)
  AND (size($stances) = 0 OR s.stance IN $stances)
  AND ($from = '' OR toString(s.date) >= $from)
  AND ($to = '' OR toString(s.date) <= $to)
OPTIONAL MATCH (s)-[:RESOLVED_TO]->(p:Person)
WITH s, a, t, actorPasses, topicPasses, collect(DISTINCT p.name) AS persons
OPTIONAL MATCH (s)-[:FROM]->(d:Document)
RETURN s.id AS statementId, s.stance AS stance, toString(s.date) AS date, s.documentId AS documentId,
  s.text AS text, s.start AS start, s.end AS end, d.source AS documentSource, d.title AS documentTitle,
  properties(a) AS actor, properties(t) AS topic, persons, actorPasses, topicPasses
ORDER BY date, s.documentId, s.start, a.id, t.id
