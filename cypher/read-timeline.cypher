// read-timeline: statements per period and stance for a topic and/or an actor (rejected ones left out).
// Params: $actorIds, $includeMembers, $topicKeys (an empty list means no filter), $from, $to,
// $period ('month' | 'quarter' | 'year'). $from/$to are always ISO dates (0001-01-01 / 9999-12-31
// for a missing bound), so the window is a range of the statement_date index (undated statements
// are in no period). With topics the statements are read from the topics' ABOUT relationships; the
// branches are guarded by parameters only, which the planner checks before reading.
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
  WITH topicIds
  WITH topicIds WHERE size($topicKeys) > 0
  MATCH (t:Topic) WHERE t.id IN topicIds
  MATCH (t)<-[:ABOUT]-(s:Statement)
  WHERE s.date >= date($from) AND s.date <= date($to)
  RETURN DISTINCT s
  UNION ALL
  WITH 1 AS one WHERE size($topicKeys) = 0
  MATCH (s:Statement) WHERE s.date >= date($from) AND s.date <= date($to)
  RETURN s
}
WITH s, actorIds
WHERE NOT s:Rejected AND (actorIds IS NULL OR EXISTS { MATCH (s)-[:BY|RESOLVED_TO]->(a:Actor) WHERE a.id IN actorIds })
WITH s, CASE $period WHEN 'month' THEN date.truncate('month', s.date)
                     WHEN 'quarter' THEN date.truncate('quarter', s.date)
                     ELSE date.truncate('year', s.date) END AS bucket
RETURN toString(bucket) AS start, s.stance AS stance, count(s) AS count
ORDER BY start, stance
