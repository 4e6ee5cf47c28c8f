// read-container-links: what meetings, documents and agenda items contain, in one round trip.
// Params: $ids (meeting, document or agenda item ids). Statement lists are ordered by position.
UNWIND $ids AS id
OPTIONAL MATCH (m:Meeting {id: id})
OPTIONAL MATCH (d:Document {id: id})
OPTIONAL MATCH (i:AgendaItem {id: id})
RETURN id,
  CASE WHEN m IS NOT NULL THEN [(m)<-[:RECORDS]-(x:Document) | properties(x)]
       WHEN i IS NOT NULL THEN [(i)<-[:HAS_ITEM]-(:Meeting)<-[:RECORDS]-(x:Document) WHERE x.id = i.documentId | properties(x)]
       ELSE [] END AS documents,
  CASE WHEN d IS NOT NULL THEN [(d)-[:RECORDS]->(x:Meeting) | properties(x)]
       WHEN i IS NOT NULL THEN [(i)<-[:HAS_ITEM]-(x:Meeting) | properties(x)]
       ELSE [] END AS meetings,
  CASE WHEN m IS NOT NULL THEN COLLECT { MATCH (m)-[:HAS_ITEM]->(x:AgendaItem) RETURN properties(x) ORDER BY x.documentId, x.index }
       WHEN d IS NOT NULL THEN COLLECT { MATCH (x:AgendaItem {documentId: d.id}) RETURN properties(x) ORDER BY x.index }
       ELSE [] END AS agendaItems,
  CASE WHEN d IS NOT NULL THEN COLLECT { MATCH (d)-[:HAS_EVENT]->(x:Event) RETURN properties(x) ORDER BY x.start } ELSE [] END AS events,
  CASE WHEN i IS NOT NULL THEN COLLECT { MATCH (i)<-[:IN]-(s:Statement) RETURN s.id ORDER BY s.start } ELSE [] END AS statementIds
