// read-network-actor-topic: the actor–topic network as (actor as spoken, topic, stance) groups
// (rejected statements, label Rejected, are no positions and left out, as in every network read),
// aggregated here so a year of statements leaves the database as a few hundred rows (the
// qualifiers and node measures are computed from the groups in src/analytics/actor-topic-network.ts).
// Params: $actorIds, $includeMembers, $topicKeys, $stances (an empty list means no filter),
// $dated, $from, $to (as in read-network-statements: ISO dates with sentinels for a missing bound,
// read as a range of the statement_date index), $duplicates ('statement' | 'document' | 'month' |
// 'year': identical (actor, topic, stance) statements in one bucket count once; an undated
// statement is its own month/year bucket), $withStatementIds (false: the statement id lists come
// back empty; a third of the query's time at 10,000 meetings). The statement ids come in no
// particular order: sorting them cost a fifth of the query's time.
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
WITH s, actorIds, topicIds
WHERE (size($stances) = 0 OR s.stance IN $stances) AND NOT s:Rejected
MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic)
WHERE (actorIds IS NULL OR a.id IN actorIds) AND (topicIds IS NULL OR t.id IN topicIds)
WITH a, t, s.stance AS stance,
  count(DISTINCT CASE $duplicates
    WHEN 'document' THEN 'd:' + s.documentId
    WHEN 'month' THEN coalesce('m:' + left(toString(s.date), 7), 's:' + s.id)
    WHEN 'year' THEN coalesce('y:' + left(toString(s.date), 4), 's:' + s.id)
    ELSE s.id END) AS count,
  collect(CASE WHEN $withStatementIds THEN s.id END) AS statementIds, min(s.date) AS firstDate, max(s.date) AS lastDate
RETURN a.id AS actorId, coalesce(a.name, a.id) AS actorLabel, a.kind AS actorKind, t.id AS topicId, coalesce(t.label, t.id) AS topicLabel,
  stance, count, statementIds, toString(firstDate) AS firstDate, toString(lastDate) AS lastDate
