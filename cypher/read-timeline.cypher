// read-timeline: statements per period and stance for a topic and/or an actor.
// Params: $actorIds, $includeMembers, $topicKeys (an empty list or string means no filter), $from, $to, $period ('month' | 'quarter' | 'year').
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
MATCH (s:Statement)
WHERE s.date IS NOT NULL
  AND ($from = '' OR toString(s.date) >= $from)
  AND ($to = '' OR toString(s.date) <= $to)
  AND (actorIds IS NULL OR EXISTS { MATCH (s)-[:BY|RESOLVED_TO]->(a:Actor) WHERE a.id IN actorIds })
  AND (topicIds IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t:Topic) WHERE t.id IN topicIds })
WITH s, CASE $period WHEN 'month' THEN date.truncate('month', s.date)
                     WHEN 'quarter' THEN date.truncate('quarter', s.date)
                     ELSE date.truncate('year', s.date) END AS bucket
RETURN toString(bucket) AS start, s.stance AS stance, count(s) AS count
ORDER BY start, stance
