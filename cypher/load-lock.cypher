// load-lock: write-locks, in one order, every existing actor and topic a load is about to link to
// or unlink from, so parallel loads sharing them wait for each other instead of deadlocking.
// Params: $actorIds, $topicIds (the ids the document's rows name; any order, duplicates allowed),
// $monthKeys (MonthCounts a replacement is about to unlink its old statements from; else []).
// Why: linking a statement locks its actor and topic in the order of the statements, and creating
// a relationship on a node with many of them (the minister, a frequent topic) takes a lock on that
// node's relationships of the type; two loads could each hold one the other waits for. Here a load
// takes them all up front: the survivors of the ids (MERGED_INTO followed) and the persons holding
// an office (statements are RESOLVED_TO them), actors by id, then topics by id; a no-op SET takes
// the lock (MERGE or MATCH alone takes none). The loader runs it after load-actors and load-topics,
// which create new nodes in id order (a node a transaction creates is locked by it anyway); a
// replacement runs it first, before deleting the old version. Counts come last, in key order, as
// in stance-counts-refresh.
CALL () {
  UNWIND $actorIds AS id
  MATCH (:Actor {id: id})-[:MERGED_INTO*0..]->(a:Actor)
  WHERE NOT EXISTS { (a)-[:MERGED_INTO]->() }
  OPTIONAL MATCH (a)<-[:HELD]-(holder:Person)
  WITH collect(a) + collect(holder) AS nodes
  UNWIND nodes AS node
  WITH DISTINCT node
  ORDER BY node.id
  SET node.id = node.id
  RETURN count(*) AS actors
}
CALL () {
  UNWIND $topicIds AS id
  MATCH (:Topic {id: id})-[:MERGED_INTO*0..]->(t:Topic)
  WHERE NOT EXISTS { (t)-[:MERGED_INTO]->() }
  WITH DISTINCT t
  ORDER BY t.id
  SET t.id = t.id
  RETURN count(*) AS topics
}
CALL () {
  UNWIND $monthKeys AS key
  WITH DISTINCT key
  ORDER BY key
  MATCH (m:MonthCount {key: key})
  SET m.statements = m.statements
  RETURN count(*) AS counts
}
RETURN actors, topics, counts
