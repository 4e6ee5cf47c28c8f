// read-nodes: nodes by id, whatever their label, following MERGED_INTO to the node kept by a merge.
// Params: $ids. Returns one row per id found: the requested id, the kept node's label and properties.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:Actor {id: id}) RETURN n
  UNION WITH id MATCH (n:Topic {id: id}) RETURN n
  UNION WITH id MATCH (n:Statement {id: id}) RETURN n
  UNION WITH id MATCH (n:Document {id: id}) RETURN n
  UNION WITH id MATCH (n:Meeting {id: id}) RETURN n
  UNION WITH id MATCH (n:AgendaItem {id: id}) RETURN n
  UNION WITH id MATCH (n:Event {id: id}) RETURN n
  UNION WITH id MATCH (n:Correction {id: id}) RETURN n
}
OPTIONAL MATCH (n)-[:MERGED_INTO*1..]->(kept) WHERE NOT (kept)-[:MERGED_INTO]->()
WITH id, coalesce(kept, n) AS node
RETURN id,
  [label IN labels(node) WHERE label IN ['Actor', 'Topic', 'Statement', 'Document', 'Meeting', 'AgendaItem', 'Event', 'Correction']][0] AS label,
  properties(node) AS properties
