// read-position-changes: per actor (spoken or resolved person) and topic, consecutive statements
// (by date, then position in the document) whose stances differ; rejected statements left out.
// Params: $actorIds, $includeMembers, $topicKeys (an empty list means no filter), $dated, $from,
// $to: $from/$to are always ISO dates (0001-01-01 / 9999-12-31 for a missing bound) compared as
// Dates, and $dated says whether a bound was given (undated statements count only without one).
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
MATCH (a:Actor)<-[:BY|RESOLVED_TO]-(s:Statement)-[:ABOUT]->(t:Topic)
WHERE (actorIds IS NULL OR a.id IN actorIds)
  AND (topicIds IS NULL OR t.id IN topicIds)
  AND (NOT $dated OR (s.date >= date($from) AND s.date <= date($to)))
  AND NOT s:Rejected
WITH DISTINCT a, t, s
ORDER BY s.date, s.documentId, s.start
WITH a, t, collect(s) AS said
UNWIND range(0, size(said) - 2) AS i
WITH a, t, said[i] AS before, said[i + 1] AS after
WHERE before.stance <> after.stance
RETURN properties(a) AS actor, properties(t) AS topic, properties(before) AS before, properties(after) AS after
ORDER BY a.id, t.id, after.date, after.start
