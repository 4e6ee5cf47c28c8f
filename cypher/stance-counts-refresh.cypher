// stance-counts-refresh: keeps the derived counts of the actor–topic network (MonthCount per
// (actor as spoken, topic, stance, month), YearCount per (actor, topic, stance, year)) in step with
// the statements, in the caller's write transaction. Params: $statementIds (statements whose BY,
// ABOUT, stance, date or existence may have changed: each is unlinked from its MonthCounts and
// linked again to those of its current (BY actor, ABOUT topic) pairs), $staleMonthKeys (keys of
// MonthCounts that lost statements the caller deleted; read them before deleting).
// Then every touched MonthCount is recounted from its COUNTED_IN statements (deleted at 0), and the
// YearCounts of the touched (actor, topic, stance, year) from their MonthCounts (deleted at 0).
// Keys join actorId, topicId, stance and month/year with U+001F, a character no id contains.
// Concurrent writes (parallel loads) may touch the same count: each count is write-locked (a SET)
// BEFORE what it is computed from is read, so refreshes of one count run one after the other and
// the later one reads what the earlier one committed (without the lock, two transactions could
// each write a value missing the other's statements). Keys are locked in sorted order.
CALL () {
  UNWIND $statementIds AS id
  MATCH (s:Statement {id: id})
  OPTIONAL MATCH (s)-[link:COUNTED_IN]->(old:MonthCount)
  WITH s, collect(old.key) AS oldKeys, collect(link) AS links
  FOREACH (link IN links | DELETE link)
  WITH s, oldKeys, CASE WHEN s.date IS NULL THEN 'undated' ELSE left(toString(s.date), 7) END AS month
  OPTIONAL MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic)
  WITH s, oldKeys, month, a, t, a.id + '\u001f' + t.id + '\u001f' + s.stance + '\u001f' + month AS key
  ORDER BY key
  CALL (s, a, t, month, key) {
    WITH * WHERE key IS NOT NULL
    MERGE (m:MonthCount {key: key})
    ON CREATE SET m.actorId = a.id, m.topicId = t.id, m.stance = s.stance, m.month = month,
      m.year = CASE month WHEN 'undated' THEN 'undated' ELSE left(month, 4) END
    MERGE (s)-[:COUNTED_IN]->(m)
  }
  WITH collect(key) AS newKeys, collect(oldKeys) AS oldKeyLists
  RETURN newKeys + reduce(all = [], keys IN oldKeyLists | all + keys) AS linkedKeys
}
UNWIND linkedKeys + $staleMonthKeys AS key
WITH DISTINCT key
ORDER BY key
MATCH (m:MonthCount {key: key})
SET m.statements = coalesce(m.statements, 0)
WITH m
CALL (m) {
  OPTIONAL MATCH (s:Statement)-[:COUNTED_IN]->(m)
  RETURN count(s) AS statements, count(DISTINCT s.documentId) AS documents, min(s.date) AS firstDate, max(s.date) AS lastDate
}
WITH m, statements, documents, firstDate, lastDate, m.actorId AS actorId, m.topicId AS topicId, m.stance AS stance, m.year AS year
FOREACH (_ IN CASE WHEN statements > 0 THEN [1] ELSE [] END |
  SET m.statements = statements, m.documents = documents, m.firstDate = firstDate, m.lastDate = lastDate)
FOREACH (_ IN CASE WHEN statements = 0 THEN [1] ELSE [] END | DELETE m)
WITH DISTINCT actorId, topicId, stance, year
WHERE year <> 'undated'
WITH actorId, topicId, stance, year, actorId + '\u001f' + topicId + '\u001f' + stance + '\u001f' + year AS key
ORDER BY key
MERGE (y:YearCount {key: key})
ON CREATE SET y.actorId = actorId, y.topicId = topicId, y.stance = stance, y.year = year
SET y.statements = coalesce(y.statements, 0)
WITH y, actorId, topicId, stance, year, key
CALL (actorId, topicId, stance, year, key) {
  OPTIONAL MATCH (m:MonthCount)
  WHERE m.key STARTS WITH key + '-' AND m.actorId = actorId AND m.topicId = topicId AND m.stance = stance AND m.year = year
  RETURN sum(m.statements) AS statements, sum(m.documents) AS documents, count(m) AS months, min(m.firstDate) AS firstDate, max(m.lastDate) AS lastDate
}
FOREACH (_ IN CASE WHEN months > 0 THEN [1] ELSE [] END |
  SET y.statements = statements, y.documents = documents, y.months = months, y.firstDate = firstDate, y.lastDate = lastDate)
FOREACH (_ IN CASE WHEN months = 0 THEN [1] ELSE [] END | DELETE y)
RETURN count(*) AS years
