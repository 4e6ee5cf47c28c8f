// load-check-relationships: every relationship with its end ids and properties, to fingerprint the
// graph in idempotence checks. No parameters; for tests and small graphs.
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
