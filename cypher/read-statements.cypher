// read-statements: one page of statements matching a filter, plus the total count.
// Params: $actorIds, $includeMembers, $personIds, $officeIds, $topicKeys (ids/labels/aliases, or null),
// $stances, $from, $to, $meetingId, $documentId, $searchQuery (Lucene, or null), $descending,
// $after (sort key of the last row seen, or null), $limit. A null filter means "no filter".
WITH
  CASE WHEN $actorIds IS NULL THEN null ELSE COLLECT {
    MATCH (x:Actor) WHERE x.id IN $actorIds
    MATCH (x)-[:MERGED_INTO*0..]->(a:Actor) WHERE NOT (a)-[:MERGED_INTO]->()
    MATCH (a)<-[:PART_OF*0..]-(m:Actor) WHERE $includeMembers OR m = a
    RETURN DISTINCT m.id
  } END AS actorIds,
  CASE WHEN $topicKeys IS NULL THEN null ELSE COLLECT {
    MATCH (x:Topic)
    WHERE x.id IN $topicKeys OR toLower(x.label) IN $topicKeys OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) IN $topicKeys)
    MATCH (x)-[:MERGED_INTO*0..]->(t:Topic) WHERE NOT (t)-[:MERGED_INTO]->()
    MATCH (t)<-[:BROADER*0..]-(n:Topic)
    RETURN DISTINCT n.id
  } END AS topicIds,
  CASE WHEN $searchQuery IS NULL THEN null ELSE COLLECT {
    CALL db.index.fulltext.queryNodes('statement_text', coalesce($searchQuery, 'x')) YIELD node
    RETURN node.id
  } END AS hitIds
MATCH (s:Statement)
WHERE (hitIds IS NULL OR s.id IN hitIds)
  AND ($stances IS NULL OR s.stance IN $stances)
  AND ($from IS NULL OR s.date >= date($from))
  AND ($to IS NULL OR s.date <= date($to))
  AND ($documentId IS NULL OR s.documentId = $documentId)
  AND ($meetingId IS NULL OR EXISTS { (s)-[:FROM]->(:Document)-[:RECORDS]->(:Meeting {id: $meetingId}) })
  AND (actorIds IS NULL OR EXISTS { MATCH (s)-[:BY|RESOLVED_TO]->(a:Actor) WHERE a.id IN actorIds })
  AND ($personIds IS NULL OR EXISTS { MATCH (s)-[:BY|RESOLVED_TO]->(p:Person) WHERE p.id IN $personIds })
  AND ($officeIds IS NULL OR EXISTS { MATCH (s)-[:BY]->(o:Office) WHERE o.id IN $officeIds })
  AND (topicIds IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t:Topic) WHERE t.id IN topicIds })
WITH s, coalesce(toString(s.date), '0000-00-00') + '|' + s.documentId + '|' + right('0000000000' + toString(s.start), 10) + '|' + s.id AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN $descending THEN null ELSE key END ASC
WITH collect({key: key, statement: s}) AS rows
WITH size(rows) AS totalCount,
  [row IN rows WHERE $after IS NULL OR (CASE WHEN $descending THEN row.key < $after ELSE row.key > $after END)] AS rest
RETURN totalCount, [row IN rest[0..toInteger($limit) + 1] | {key: row.key, statement: properties(row.statement)}] AS rows
