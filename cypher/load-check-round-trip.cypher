// load-check-round-trip: every statement must be the text of its document at start..end. Counts
// statements without a document and those whose text differs. Offsets are JavaScript (UTF-16)
// indices and Cypher's substring counts code points, so the two agree for text without characters
// outside the Basic Multilingual Plane (emoji). No parameters.
MATCH (s:Statement)
OPTIONAL MATCH (s)-[:FROM]->(d:Document)
RETURN
  count(s) AS statements,
  count(CASE WHEN d IS NULL THEN 1 END) AS withoutDocument,
  count(CASE WHEN d IS NOT NULL AND substring(d.text, s.start, s.end - s.start) <> s.text THEN 1 END) AS mismatched
