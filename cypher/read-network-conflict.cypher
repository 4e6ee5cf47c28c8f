// read-network-conflict: actor–actor network (actors as spoken). Two actors conflict on a topic
// when one opposes what the other supports, requests or commits to (oppose vs support, request or
// commitment, on the same topic). Concern and inform conflict with nothing: worry is not
// disagreement. Weight = number of distinct (topic, stance, opposite stance) combinations.
// An edge is kept when at least one of its actors passes the actor filter.
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
// Two MATCH clauses: one pattern may not use the same ABOUT twice, and s1 = s2 is allowed here.
MATCH (a1:Actor)<-[:BY]-(s1:Statement)-[:ABOUT]->(t:Topic)
MATCH (t)<-[:ABOUT]-(s2:Statement)-[:BY]->(a2:Actor)
WHERE a1.id < a2.id
  AND ((s1.stance = 'oppose' AND s2.stance IN ['support', 'request', 'commitment'])
    OR (s2.stance = 'oppose' AND s1.stance IN ['support', 'request', 'commitment']))
  AND (actorIds IS NULL OR a1.id IN actorIds OR a2.id IN actorIds)
  AND (topicIds IS NULL OR t.id IN topicIds)
  AND (size($stances) = 0 OR (s1.stance IN $stances AND s2.stance IN $stances))
  AND ($from = '' OR (toString(s1.date) >= $from AND toString(s2.date) >= $from))
  AND ($to = '' OR (toString(s1.date) <= $to AND toString(s2.date) <= $to))
WITH a1, a2, collect(DISTINCT t.id + '|' + s1.stance + '|' + s2.stance) AS combos, collect(DISTINCT t.id) AS topicIds,
  collect(DISTINCT s1.id) + collect(DISTINCT s2.id) AS ids
RETURN properties(a1) AS source, properties(a2) AS target, size(combos) AS weight, topicIds,
  reduce(out = [], id IN ids | CASE WHEN id IN out THEN out ELSE out + id END) AS statementIds
ORDER BY weight DESC, a1.id, a2.id
