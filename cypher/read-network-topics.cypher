// read-network-topics: topic–topic co-occurrence; weight = number of statements about both topics.
// An edge is kept when at least one of its topics passes the topic filter; the actor filter keeps
// statements spoken by those actors. Params: $actorIds, $includeMembers, $topicKeys, $stances,
// $from, $to (an empty list or string means no filter).
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
MATCH (t1:Topic)<-[:ABOUT]-(s:Statement)-[:ABOUT]->(t2:Topic)
WHERE t1.id < t2.id
  AND (topicIds IS NULL OR t1.id IN topicIds OR t2.id IN topicIds)
  AND (actorIds IS NULL OR EXISTS { MATCH (s)-[:BY]->(a:Actor) WHERE a.id IN actorIds })
  AND (size($stances) = 0 OR s.stance IN $stances)
  AND ($from = '' OR toString(s.date) >= $from)
  AND ($to = '' OR toString(s.date) <= $to)
WITH t1, t2, collect(DISTINCT s.id) AS statementIds
RETURN properties(t1) AS source, properties(t2) AS target, size(statementIds) AS weight, statementIds
ORDER BY weight DESC, t1.id, t2.id
