// read-search: full-text search over actors, topics and statements in one round trip; merged stubs
// are left out. Params: $query (Lucene, folded and escaped), $limit. The index answers in score
// order, so each list stops at $limit hits before any node's properties are read (collecting every
// hit and slicing after made a common word cost as many property reads as it has hits).
CALL {
  CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
  WHERE NOT (node)-[:MERGED_INTO]->()
  WITH node, score LIMIT toInteger($limit)
  RETURN collect({node: properties(node), score: score}) AS actors
}
CALL {
  CALL db.index.fulltext.queryNodes('topic_names', $query) YIELD node, score
  WHERE NOT (node)-[:MERGED_INTO]->()
  WITH node, score LIMIT toInteger($limit)
  RETURN collect({node: properties(node), score: score}) AS topics
}
CALL {
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: toInteger($limit)}) YIELD node, score
  RETURN collect({node: properties(node), score: score}) AS statements
}
RETURN actors, topics, statements
