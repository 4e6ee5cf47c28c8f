// load-check-nodes: every node's labels and properties, to fingerprint the graph in idempotence
// checks. No parameters; for tests and small graphs.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
