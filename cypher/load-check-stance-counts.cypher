// load-check-stance-counts: the actor–topic counts recomputed from scratch from the statements
// (expected) next to the stored MonthCount/YearCount nodes and COUNTED_IN links (stored), and the
// statements whose topicIds differ from their ABOUT links, for tests to compare after every kind of
// write. No parameters; for small graphs.
CALL () {
  MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(t:Topic)
  WHERE NOT s:Rejected
  WITH a.id AS actorId, t.id AS topicId, s.stance AS stance, CASE WHEN s.date IS NULL THEN 'undated' ELSE left(toString(s.date), 7) END AS month, s
  WITH actorId, topicId, stance, month, count(s) AS statements, count(DISTINCT s.documentId) AS documents,
    toString(min(s.date)) AS firstDate, toString(max(s.date)) AS lastDate, collect(s.id) AS statementIds
  RETURN collect({actorId: actorId, topicId: topicId, stance: stance, month: month, year: CASE month WHEN 'undated' THEN 'undated' ELSE left(month, 4) END,
    statements: statements, documents: documents, firstDate: firstDate, lastDate: lastDate, statementIds: statementIds}) AS expectedMonths
}
CALL () {
  MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(t:Topic)
  WHERE s.date IS NOT NULL AND NOT s:Rejected
  WITH a.id AS actorId, t.id AS topicId, s.stance AS stance, left(toString(s.date), 4) AS year, s
  WITH actorId, topicId, stance, year, count(s) AS statements, count(DISTINCT s.documentId) AS documents,
    count(DISTINCT left(toString(s.date), 7)) AS months, toString(min(s.date)) AS firstDate, toString(max(s.date)) AS lastDate
  RETURN collect({actorId: actorId, topicId: topicId, stance: stance, year: year, statements: statements, documents: documents, months: months,
    firstDate: firstDate, lastDate: lastDate}) AS expectedYears
}
CALL () {
  MATCH (m:MonthCount)
  RETURN collect({key: m.key, actorId: m.actorId, topicId: m.topicId, stance: m.stance, month: m.month, year: m.year, statements: m.statements,
    documents: m.documents, firstDate: toString(m.firstDate), lastDate: toString(m.lastDate),
    statementIds: COLLECT { MATCH (s)-[:COUNTED_IN]->(m) RETURN s.id }}) AS storedMonths
}
CALL () {
  MATCH (y:YearCount)
  RETURN collect({key: y.key, actorId: y.actorId, topicId: y.topicId, stance: y.stance, year: y.year, statements: y.statements,
    documents: y.documents, months: y.months, firstDate: toString(y.firstDate), lastDate: toString(y.lastDate)}) AS storedYears
}
CALL () {
  MATCH (s)-[:COUNTED_IN]->(x)
  WHERE NOT s:Statement OR NOT x:MonthCount
  RETURN count(*) AS strayLinks
}
CALL () {
  MATCH (s:Statement)
  WITH s, COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id } AS about
  WHERE s.topicIds IS NULL OR s.topicIds <> about
  RETURN collect({id: s.id, topicIds: s.topicIds, about: about}) AS wrongTopicIds
}
RETURN expectedMonths, expectedYears, storedMonths, storedYears, strayLinks, wrongTopicIds
