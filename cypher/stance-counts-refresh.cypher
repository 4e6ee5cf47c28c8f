// stance-counts-refresh: keeps the derived counts of the actor–topic network (MonthCount per
// (actor as spoken, topic, stance, month), YearCount per (actor, topic, stance, year)) in step with
// the statements, in the caller's write transaction. Params: $statementIds (statements whose BY,
// ABOUT, stance, date or existence may have changed: each is unlinked from its MonthCounts and
// linked again to those of its current (BY actor, ABOUT topic) pairs), $staleMonthKeys (keys of
// MonthCounts that lost statements the caller deleted; read them before deleting).
// Then every touched MonthCount is recounted from its COUNTED_IN statements (deleted at 0), and the
// YearCounts of the touched (actor, topic, stance, year) from their MonthCounts (deleted at 0).
// Statements an analyst rejected (label Rejected: not a position) are in no count.
// Keys join actorId, topicId, stance and month/year with U+001F, a character no id contains.
// Locks: concurrent writes (parallel loads) touch the same counts. Every touched MonthCount is
// write-locked (created, or a no-op SET) in key order BEFORE any statement is linked to it or it
// is recounted, then the YearCounts in key order: so refreshes of one count run one after the
// other and the later one reads what the earlier one committed, and no two refreshes each hold a
// count the other waits for. (Linking first would take a shared lock on a count with many
// statements, and two transactions both upgrading theirs to write deadlock.)
CALL () {
  UNWIND $statementIds AS id
  MATCH (s:Statement {id: id})
  OPTIONAL MATCH (s)-[:COUNTED_IN]->(old:MonthCount)
  WITH s, collect(old.key) AS oldKeys, CASE WHEN s.date IS NULL THEN 'undated' ELSE left(toString(s.date), 7) END AS month
  OPTIONAL MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic) WHERE NOT s:Rejected
  WITH oldKeys, CASE WHEN t IS NULL THEN null ELSE {
    key: a.id + '\u001f' + t.id + '\u001f' + s.stance + '\u001f' + month,
    actorId: a.id, topicId: t.id, stance: s.stance, month: month,
    year: CASE month WHEN 'undated' THEN 'undated' ELSE left(month, 4) END
  } END AS count
  RETURN reduce(keys = [], some IN collect(oldKeys) | keys + some) AS oldKeys, collect(count) AS newCounts
}
CALL (oldKeys, newCounts) {
  WITH oldKeys, newCounts, [count IN newCounts | count.key] AS newKeys
  UNWIND newCounts + [key IN oldKeys + $staleMonthKeys WHERE NOT key IN newKeys | {key: key}] AS count
  WITH count.key AS key, collect(count)[0] AS count
  ORDER BY key
  CALL (count) {
    WITH count WHERE count.actorId IS NOT NULL
    MERGE (m:MonthCount {key: count.key})
    ON CREATE SET m.actorId = count.actorId, m.topicId = count.topicId, m.stance = count.stance, m.month = count.month, m.year = count.year
  }
  MATCH (m:MonthCount {key: key})
  SET m.statements = coalesce(m.statements, 0)
  RETURN collect(key) AS touchedKeys
}
CALL () {
  UNWIND $statementIds AS id
  MATCH (:Statement {id: id})-[link:COUNTED_IN]->(:MonthCount)
  DELETE link
}
CALL () {
  UNWIND $statementIds AS id
  MATCH (s:Statement {id: id}) WHERE NOT s:Rejected
  WITH s, CASE WHEN s.date IS NULL THEN 'undated' ELSE left(toString(s.date), 7) END AS month
  MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic)
  MATCH (m:MonthCount {key: a.id + '\u001f' + t.id + '\u001f' + s.stance + '\u001f' + month})
  MERGE (s)-[:COUNTED_IN]->(m)
}
UNWIND touchedKeys AS key
MATCH (m:MonthCount {key: key})
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
