// read-search: full-text search over actors, topics and statements in one round trip; merged stubs
// are left out, and so are statements an analyst rejected (label Rejected: not a position). Params:
// $query (Lucene over the search terms of src/search: stems and compound parts), $limit.
// The index answers in score order, so each list stops at $limit hits before any node's
// properties are read. The statement index is asked for $limit plus the number of rejected
// statements (a count-store lookup), so leaving them out never shortens the list.
// A query that names topics (label or alias, any form) also finds the statements about those
// topics and their narrower ones (BROADER): `topicStatements`, ranked after the literal hits by
// the topic's score, then newest first, and looked up only when the literal hits do not fill
// $limit already (the repository appends them).
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
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: toInteger($limit) + COUNT { (:Rejected) }}) YIELD node, score
  WHERE NOT node:Rejected
  WITH node, score LIMIT toInteger($limit)
  RETURN collect({node: node {.id, .text, .stance, .date, .confidence, .attribution, .rule, .cue, .start, .end, .documentId, .review, .reviewedBy, .reviewedAt}, score: score}) AS statements
}
CALL (statements) {
  WITH statements WHERE size(statements) < toInteger($limit)
  WITH [hit IN statements | hit.node.id] AS literalIds
  CALL db.index.fulltext.queryNodes('topic_names', $query) YIELD node AS named, score
  WHERE NOT (named)-[:MERGED_INTO]->()
  MATCH (named)<-[:BROADER*0..]-(:Topic)<-[:ABOUT]-(s:Statement)
  WHERE NOT s:Rejected AND NOT s.id IN literalIds
  WITH s, named, score ORDER BY score DESC
  WITH s, collect(named)[0] AS via, max(score) AS score
  ORDER BY score DESC, s.date DESC, s.id
  LIMIT toInteger($limit)
  RETURN collect({
    node: s {.id, .text, .stance, .date, .confidence, .attribution, .rule, .cue, .start, .end, .documentId, .review, .reviewedBy, .reviewedAt},
    score: score, topic: properties(via)
  }) AS topicStatements
}
RETURN actors, topics, statements, topicStatements
