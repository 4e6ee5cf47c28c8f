// load-events: dated events a document refers to. Params: $rows [{id, label, date, start, end, documentId}].
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (e:Event {id: row.id})
ON CREATE SET
  e.label = row.label,
  e.date = date(row.date),
  e.start = toInteger(row.start),
  e.end = toInteger(row.end),
  e.documentId = row.documentId
MERGE (d)-[:HAS_EVENT]->(e)
RETURN count(*) AS events
