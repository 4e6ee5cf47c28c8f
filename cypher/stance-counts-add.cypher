// stance-counts-add: adds the statements of a NEW document to the derived counts of the actor–topic
// network, in the caller's write transaction: the same counts stance-counts-refresh keeps, updated
// by increments instead of recounts. Params: $statementIds (every statement of a document that was
// not in the graph before this transaction: none of them is counted yet, no other statement of that
// document exists, and none is Rejected).
// Why: a recount reads every statement counted in each touched MonthCount, so loading slows as the
// graph grows (the minister's monthly count on a frequent topic holds hundreds); a new document only
// adds, so each touched count moves by what this document brings: statements by its statements,
// documents by one (the document is new to every count), months by the counts it creates.
// Locks as in stance-counts-refresh: MonthCounts first, in key order, then YearCounts in key order.
UNWIND $statementIds AS id
MATCH (s:Statement {id: id})
WITH s, CASE WHEN s.date IS NULL THEN 'undated' ELSE left(toString(s.date), 7) END AS month
MATCH (a:Actor)<-[:BY]-(s)-[:ABOUT]->(t:Topic)
WITH a.id + '\u001f' + t.id + '\u001f' + s.stance + '\u001f' + month AS key, a.id AS actorId, t.id AS topicId, s.stance AS stance, month,
  collect(DISTINCT s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate
ORDER BY key
MERGE (m:MonthCount {key: key})
ON CREATE SET m.actorId = actorId, m.topicId = topicId, m.stance = stance, m.month = month,
  m.year = CASE month WHEN 'undated' THEN 'undated' ELSE left(month, 4) END, m.statements = 0, m.documents = 0
WITH m, statements, firstDate, lastDate, m.statements = 0 AS created
SET m.statements = m.statements + size(statements),
  m.documents = m.documents + 1,
  m.firstDate = CASE WHEN m.firstDate IS NULL OR firstDate < m.firstDate THEN firstDate ELSE m.firstDate END,
  m.lastDate = CASE WHEN m.lastDate IS NULL OR lastDate > m.lastDate THEN lastDate ELSE m.lastDate END
FOREACH (s IN statements | CREATE (s)-[:COUNTED_IN]->(m))
WITH m.actorId AS actorId, m.topicId AS topicId, m.stance AS stance, m.year AS year,
  sum(size(statements)) AS statements, count(m) AS documents, sum(CASE WHEN created THEN 1 ELSE 0 END) AS months,
  min(firstDate) AS firstDate, max(lastDate) AS lastDate
WHERE year <> 'undated'
WITH actorId + '\u001f' + topicId + '\u001f' + stance + '\u001f' + year AS key, actorId, topicId, stance, year, statements, documents, months, firstDate, lastDate
ORDER BY key
MERGE (y:YearCount {key: key})
ON CREATE SET y.actorId = actorId, y.topicId = topicId, y.stance = stance, y.year = year, y.statements = 0, y.documents = 0, y.months = 0
SET y.statements = y.statements + statements,
  y.documents = y.documents + documents,
  y.months = y.months + months,
  y.firstDate = CASE WHEN y.firstDate IS NULL OR firstDate < y.firstDate THEN firstDate ELSE y.firstDate END,
  y.lastDate = CASE WHEN y.lastDate IS NULL OR lastDate > y.lastDate THEN lastDate ELSE y.lastDate END
RETURN count(*) AS years
