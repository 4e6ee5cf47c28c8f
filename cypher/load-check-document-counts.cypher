// load-check-document-counts: per document, how many statements, agenda items and events it has,
// to compare with its extraction. No parameters.
MATCH (d:Document)
RETURN
  d.id AS id,
  d.source AS source,
  COUNT { (:Statement)-[:FROM]->(d) } AS statements,
  COUNT { (d)-[:HAS_SECTION]->(:AgendaItem) } AS sections,
  COUNT { (d)-[:HAS_EVENT]->(:Event) } AS events
ORDER BY source, id
