// read-documents: documents, oldest meeting date first. Params: $limit.
MATCH (d:Document)
RETURN properties(d) AS document
ORDER BY d.date, d.source, d.id
LIMIT toInteger($limit)
