// read-ids-exist: which of some ids exist with a label, and whether each is a merged stub.
// Params: $ids. One row per id found: id, label (Actor, Topic or Statement), kind, merged.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:Actor {id: id}) RETURN n, 'Actor' AS label
  UNION WITH id MATCH (n:Topic {id: id}) RETURN n, 'Topic' AS label
  UNION WITH id MATCH (n:Statement {id: id}) RETURN n, 'Statement' AS label
}
RETURN id, label, n.kind AS kind, EXISTS { (n)-[:MERGED_INTO]->() } AS merged
