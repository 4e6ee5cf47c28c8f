// load-check-statements: every statement with its document, stance and links, for tests and
// checks. No parameters; for small graphs.
MATCH (s:Statement)
RETURN
  s.id AS id,
  s.documentId AS documentId,
  s.text AS text,
  s.stance AS stance,
  toString(s.date) AS date,
  [(s)-[:BY]->(a) | a.id] AS byIds,
  [(s)-[:RESOLVED_TO]->(p) | p.id] AS resolvedToIds,
  [(s)-[:ABOUT]->(t) | t.id] AS topicIds,
  [(s)-[:CORRECTED_BY]->(c) | c.id] AS correctionIds
ORDER BY s.documentId, s.start
