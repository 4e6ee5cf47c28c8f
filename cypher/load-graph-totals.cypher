// load-graph-totals: what the graph holds, for the ingest summary. No parameters.
RETURN
  COUNT { (:Document) } AS documents,
  COUNT { (:Statement) } AS statements,
  COUNT { (:Actor) } AS actors,
  COUNT { (:Topic) } AS topics
