// read-statements: one page of statements matching a filter, plus the total count.
// Params: $actorIds, $includeMembers, $personIds, $officeIds, $topicKeys (ids/labels/aliases),
// $stances, $dated, $from, $to, $meetingId, $documentId, $searchQuery (Lucene), $reviewStates
// (review states: 'unreviewed', 'confirmed', 'corrected', 'rejected'; [] = every state but
// rejected: a rejected statement is not a position and shows only when asked for),
// $minConfidence (0 = no bound), $byConfidence (order by confidence, then as by date),
// $descending, $after (sort key of the last row seen), $limit. $from/$to are always ISO dates (the repository
// passes 0001-01-01 / 9999-12-31 for a missing bound) and $dated says whether either was given, so
// the window is a Date range the statement_date index can answer; undated statements match only
// when no bound is given. The statements are read from the smaller anchor, decided by the data and
// not by which filters are present: with topics and a window, the topics' ABOUT relationships
// (window as a filter) or the window's index range (topics as a semi-join), whichever holds fewer
// rows (a frequent topic over a week and a rare topic over years are both cheap); topics alone read
// their ABOUT relationships, a window alone its index range, else every statement. Each branch is
// guarded by parameters and values computed before it, so the planner checks the guard before
// reading (topics is null exactly when $topicKeys is empty). Otherwise an empty list or string
// means "no filter": parameters never switch between null and a value, so Neo4j keeps one cached
// plan per query (the plan cache is keyed by parameter types, and planning this query costs
// seconds). The total is counted over all matches; only the page (limit + 1 after the cursor) is
// sorted in full.
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
    RETURN DISTINCT n
  } END AS topics,
  CASE WHEN $searchQuery = '' THEN null ELSE COLLECT {
    CALL db.index.fulltext.queryNodes('statement_text', $searchQuery) YIELD node
    RETURN node.id
  } END AS hitIds
// Both topics and a window: read from whichever is smaller. The topics' ABOUT degrees come from
// the degree store; the window's size is estimated from its share of the dated span (two ordered
// index seeks and the label count), as counting it exactly costs as much as reading a wide window.
WITH actorIds, topics, hitIds,
  CASE WHEN size($topicKeys) > 0 AND $dated THEN
    reduce(n = 0, d IN COLLECT { UNWIND topics AS t RETURN COUNT { (t)<-[:ABOUT]-() } } | n + d)
  END AS aboutCount,
  CASE WHEN size($topicKeys) > 0 AND $dated THEN
    COLLECT { MATCH (s:Statement) WHERE s.date >= date('0001-01-01') RETURN s.date ORDER BY s.date ASC LIMIT 1 }
    + COLLECT { MATCH (s:Statement) WHERE s.date >= date('0001-01-01') RETURN s.date ORDER BY s.date DESC LIMIT 1 }
  END AS span
WITH actorIds, topics, hitIds, [t IN topics | t.id] AS topicIds,
  size($topicKeys) > 0 AND $dated AND size(span) = 2 AND
    toFloat(COUNT { (:Statement) })
      * (duration.inDays(CASE WHEN date($from) > span[0] THEN date($from) ELSE span[0] END,
                         CASE WHEN date($to) < span[1] THEN date($to) ELSE span[1] END).days + 1)
      / (duration.inDays(span[0], span[1]).days + 1) < aboutCount AS fromWindow
CALL {
  WITH topics, topicIds, fromWindow
  CALL {
    WITH topics, topicIds, fromWindow
    WITH topics WHERE size($topicKeys) > 0 AND NOT fromWindow
    UNWIND topics AS t
    MATCH (t)<-[:ABOUT]-(s:Statement)
    WHERE NOT $dated OR (s.date >= date($from) AND s.date <= date($to))
    RETURN DISTINCT s
    UNION ALL
    WITH topics, topicIds, fromWindow
    WITH topics, topicIds, $dated AND (size($topicKeys) = 0 OR fromWindow) AS guard WHERE guard
    // The statement's topicIds (derived from its ABOUT links, kept by every write): one property
    // read per statement instead of a walk through all its relationships.
    MATCH (s:Statement) WHERE s.date >= date($from) AND s.date <= date($to)
      AND (topics IS NULL OR any(id IN s.topicIds WHERE id IN topicIds))
    RETURN s
    UNION ALL
    WITH topics, fromWindow
    WITH 1 AS one WHERE size($topicKeys) = 0 AND NOT $dated
    MATCH (s:Statement)
    RETURN s
  }
  RETURN collect(s) AS candidates
}
// The other filters apply to the collected list, and only when one is given: as a WHERE on every
// row they cost a chain of operators per row even when all are empty (the common case).
// Rejected statements are left out by default: the count store says at no cost whether there are any.
WITH candidates, hitIds, actorIds, size($reviewStates) = 0 AND COUNT { (:Rejected) } = 0 AS allStates
WITH CASE
  WHEN hitIds IS NULL AND actorIds IS NULL AND size($stances) = 0 AND $documentId = '' AND $meetingId = ''
    AND size($personIds) = 0 AND size($officeIds) = 0 AND allStates AND $minConfidence <= 0.0 THEN candidates
  ELSE [s IN candidates WHERE (hitIds IS NULL OR s.id IN hitIds)
    AND (allStates OR CASE WHEN size($reviewStates) = 0 THEN NOT s:Rejected ELSE coalesce(s.review, 'unreviewed') IN $reviewStates END)
    AND ($minConfidence <= 0.0 OR s.confidence >= $minConfidence)
    AND (size($stances) = 0 OR s.stance IN $stances)
    AND ($documentId = '' OR s.documentId = $documentId)
    AND ($meetingId = '' OR EXISTS { (s)-[:FROM]->(:Document)-[:RECORDS]->(:Meeting {id: $meetingId}) })
    AND (actorIds IS NULL OR EXISTS { MATCH (s)-[:BY|RESOLVED_TO]->(a:Actor) WHERE a.id IN actorIds })
    AND (size($personIds) = 0 OR EXISTS { MATCH (s)-[:BY|RESOLVED_TO]->(p:Person) WHERE p.id IN $personIds })
    AND (size($officeIds) = 0 OR EXISTS { MATCH (s)-[:BY]->(o:Office) WHERE o.id IN $officeIds })]
  END AS matched
WITH matched, size(matched) AS totalCount
// Only the page is sorted in full: a top-(limit + 1) sort over the statements after the cursor, on
// the sort key's parts (date, undated first; document; start; id), one branch per direction. The
// key string (what the cursor holds) is built for the page only, and for every row only when there
// is a cursor to compare it with: both orders agree, as the date and document id parts have fixed
// lengths and the start is zero-padded. By confidence ($byConfidence) the sort and the key start
// with the confidence in millionths (zero-padded to 7 digits); otherwise that part is 0 and '' (one
// branch per direction either way: the plan stays the size it was).
CALL {
  WITH matched
  CALL {
    WITH matched
    WITH matched WHERE NOT $descending
    UNWIND matched AS s
    WITH s WHERE $after = '' OR CASE WHEN $byConfidence THEN right('0000000' + toString(toInteger(round(coalesce(s.confidence, 0.0) * 1000000))), 7) + '|' ELSE '' END
      + coalesce(toString(s.date), '0000-00-00') + '|' + s.documentId + '|' + right('0000000000' + toString(s.start), 10) + '|' + s.id > $after
    WITH s ORDER BY CASE WHEN $byConfidence THEN toInteger(round(coalesce(s.confidence, 0.0) * 1000000)) ELSE 0 END ASC,
      coalesce(s.date, date('0000-01-01')) ASC, s.documentId ASC, s.start ASC, s.id ASC
    LIMIT toInteger($limit) + 1
    RETURN s
    UNION ALL
    WITH matched
    WITH matched WHERE $descending
    UNWIND matched AS s
    WITH s WHERE $after = '' OR CASE WHEN $byConfidence THEN right('0000000' + toString(toInteger(round(coalesce(s.confidence, 0.0) * 1000000))), 7) + '|' ELSE '' END
      + coalesce(toString(s.date), '0000-00-00') + '|' + s.documentId + '|' + right('0000000000' + toString(s.start), 10) + '|' + s.id < $after
    WITH s ORDER BY CASE WHEN $byConfidence THEN toInteger(round(coalesce(s.confidence, 0.0) * 1000000)) ELSE 0 END DESC,
      coalesce(s.date, date('0000-01-01')) DESC, s.documentId DESC, s.start DESC, s.id DESC
    LIMIT toInteger($limit) + 1
    RETURN s
  }
  // The fields a StatementRecord has: searchText (the search terms the full-text index
  // reads) would double what crosses the wire.
  RETURN collect({
    key: CASE WHEN $byConfidence THEN right('0000000' + toString(toInteger(round(coalesce(s.confidence, 0.0) * 1000000))), 7) + '|' ELSE '' END
      + coalesce(toString(s.date), '0000-00-00') + '|' + s.documentId + '|' + right('0000000000' + toString(s.start), 10) + '|' + s.id,
    statement: s {.id, .text, .stance, .date, .confidence, .attribution, .rule, .cue, .start, .end, .documentId, .review, .reviewedBy, .reviewedAt}
  }) AS rows
}
RETURN totalCount, rows
