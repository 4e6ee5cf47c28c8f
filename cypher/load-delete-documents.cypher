// load-delete-documents: removes earlier versions of a document with their statements, agenda
// items and events. Correction nodes stay (only their CORRECTED_BY link goes); shared actors,
// topics and meetings stay. Params: $documentIds.
MATCH (d:Document)
WHERE d.id IN $documentIds
CALL (d) {
  OPTIONAL MATCH (s:Statement {documentId: d.id})
  DETACH DELETE s
  RETURN count(s) AS statements
}
CALL (d) {
  MATCH (i:AgendaItem {documentId: d.id})
  DETACH DELETE i
}
CALL (d) {
  MATCH (e:Event {documentId: d.id})
  DETACH DELETE e
}
DETACH DELETE d
RETURN sum(statements) AS statementsRemoved
