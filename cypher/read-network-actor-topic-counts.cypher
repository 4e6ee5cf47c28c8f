// read-network-actor-topic-counts: the same (actor as spoken, topic, stance) groups as
// read-network-actor-topic (same columns, statementIds always empty), read from the counts the
// writes keep (YearCount, MonthCount; cypher/stance-counts-refresh.cypher) instead of from every
// statement of the window, so a year's network reads a few hundred counts whatever the size of the
// graph. The repository splits the window into whole years ($yearFrom..$yearTo, 'YYYY'; an empty
// range when none), whole months outside those years ($monthRanges [{from, to}] of 'YYYY-MM'; no
// window: [{from: 'undated', to: 'undated'}] with all years) and at most two partial-month day
// ranges ($dayRanges [{from, to}] ISO dates, read from the statements as read-network-actor-topic
// does). Per group: $duplicates 'statement' -> statements; 'document' -> documents (a statement's
// date is its meeting's, so a document falls in one month and one source); 'month' -> months with
// statements (an undated statement is its own bucket); 'year' -> distinct years (the same).
// Params: $actorIds, $includeMembers, $topicKeys, $stances (as in read-network-actor-topic),
// $yearFrom, $yearTo, $monthRanges, $dayRanges, $duplicates.
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
CALL (actorIds, topicIds) {
  MATCH (c:YearCount)
  WHERE c.year >= $yearFrom AND c.year <= $yearTo AND c.year <> 'undated'
    AND (size($stances) = 0 OR c.stance IN $stances)
    AND (actorIds IS NULL OR c.actorId IN actorIds) AND (topicIds IS NULL OR c.topicId IN topicIds)
  RETURN c.actorId AS actorId, c.topicId AS topicId, c.stance AS stance, c.statements AS statements, c.documents AS documents,
    c.months AS months, [c.year] AS years, 0 AS undated, c.firstDate AS firstDate, c.lastDate AS lastDate
  UNION ALL
  UNWIND $monthRanges AS range
  MATCH (c:MonthCount)
  WHERE c.month >= range.from AND c.month <= range.to
    AND (size($stances) = 0 OR c.stance IN $stances)
    AND (actorIds IS NULL OR c.actorId IN actorIds) AND (topicIds IS NULL OR c.topicId IN topicIds)
  WITH c, c.month = 'undated' AS isUndated
  RETURN c.actorId AS actorId, c.topicId AS topicId, c.stance AS stance, c.statements AS statements, c.documents AS documents,
    CASE WHEN isUndated THEN 0 ELSE 1 END AS months, CASE WHEN isUndated THEN [] ELSE [c.year] END AS years,
    CASE WHEN isUndated THEN c.statements ELSE 0 END AS undated, c.firstDate AS firstDate, c.lastDate AS lastDate
  UNION ALL
  UNWIND $dayRanges AS range
  MATCH (s:Statement)
  WHERE s.date >= date(range.from) AND s.date <= date(range.to) AND (size($stances) = 0 OR s.stance IN $stances) AND NOT s:Rejected
  MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic)
  WHERE (actorIds IS NULL OR a.id IN actorIds) AND (topicIds IS NULL OR t.id IN topicIds)
  WITH a.id AS actorId, t.id AS topicId, s.stance AS stance, count(s) AS statements, count(DISTINCT s.documentId) AS documents,
    count(DISTINCT left(toString(s.date), 7)) AS months, collect(DISTINCT left(toString(s.date), 4)) AS years,
    min(s.date) AS firstDate, max(s.date) AS lastDate
  RETURN actorId, topicId, stance, statements, documents, months, years, 0 AS undated, firstDate, lastDate
}
WITH actorId, topicId, stance, sum(statements) AS statements, sum(documents) AS documents, sum(months) AS months,
  collect(years) AS yearLists, sum(undated) AS undated, min(firstDate) AS firstDate, max(lastDate) AS lastDate
WITH actorId, topicId, stance, firstDate, lastDate,
  CASE $duplicates
    WHEN 'document' THEN documents
    WHEN 'month' THEN months + undated
    WHEN 'year' THEN size(reduce(distinct = [], years IN yearLists | distinct + [year IN years WHERE NOT year IN distinct])) + undated
    ELSE statements END AS count
MATCH (a:Actor {id: actorId})
MATCH (t:Topic {id: topicId})
RETURN a.id AS actorId, coalesce(a.name, a.id) AS actorLabel, a.kind AS actorKind, t.id AS topicId, coalesce(t.label, t.id) AS topicLabel,
  stance, count, [] AS statementIds, toString(firstDate) AS firstDate, toString(lastDate) AS lastDate
