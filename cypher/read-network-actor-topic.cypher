// read-network-actor-topic: two-mode network; an edge per actor (as spoken) and topic, weighted by
// the statements of the actor on the topic, with counts per stance.
// Params: $actorIds, $includeMembers, $topicKeys, $stances, $from, $to (an empty list or string means no filter).
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
WHERE (actorIds IS NULL OR a.id IN actorIds)
  AND (topicIds IS NULL OR t.id IN topicIds)
  AND (size($stances) = 0 OR s.stance IN $stances)
  AND ($from = '' OR toString(s.date) >= $from)
  AND ($to = '' OR toString(s.date) <= $to)
WITH a, t, s.stance AS stance, collect(DISTINCT s.id) AS ids
WITH a, t, collect({stance: stance, count: size(ids)}) AS stances, sum(size(ids)) AS weight, collect(ids) AS idLists
RETURN properties(a) AS actor, properties(t) AS topic, stances, weight,
  reduce(all = [], ids IN idLists | all + ids) AS statementIds
ORDER BY weight DESC, a.id, t.id
