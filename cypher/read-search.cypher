// read-search: full-text search over actors, topics and statements in one round trip; merged stubs
// are left out. Params: $query (Lucene, folded and escaped), $limit.
CALL {
  CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
  WHERE NOT (node)-[:MERGED_INTO]->()
  RETURN collect({node: properties(node), score: score})[0..toInteger($limit)] AS actors
}
CALL {
  CALL db.index.fulltext.queryNodes('topic_names', $query) YIELD node, score
  WHERE NOT (node)-[:MERGED_INTO]->()
  RETURN collect({node: properties(node), score: score})[0..toInteger($limit)] AS topics
}
CALL {
  CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
  RETURN collect({node: properties(node), score: score})[0..toInteger($limit)] AS statements
}
RETURN actors, topics, statements
