// load-document: the Document node and the Meeting it records (when the document names a date).
// ON CREATE only, so loading the same document again changes nothing (loadedAt included).
// Params: $document {id, source, title, text, format, language, date, body, fileSha256, meetingId}.
MERGE (d:Document {id: $document.id})
ON CREATE SET
  d.source = $document.source,
  d.title = $document.title,
  d.text = $document.text,
  d.format = $document.format,
  d.language = $document.language,
  d.date = date($document.date),
  d.body = $document.body,
  d.fileSha256 = $document.fileSha256,
  d.loadedAt = datetime()
FOREACH (meetingId IN CASE WHEN $document.meetingId IS NULL THEN [] ELSE [$document.meetingId] END |
  MERGE (m:Meeting {id: meetingId})
  ON CREATE SET m.body = $document.body, m.date = date($document.date), m.title = $document.title
  MERGE (d)-[:RECORDS]->(m)
)
RETURN d.id AS id
