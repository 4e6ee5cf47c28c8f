// statement-topic-ids-refresh: sets Statement.topicIds, the sorted ids of the topics the statement
// is ABOUT (derived data, like the counts: see cypher/README.md), in the caller's write
// transaction. Params: $statementIds (statements whose ABOUT links may have changed, or new ones).
// Why: read-statements filters a date window's statements by topic; reading one property is a
// fraction of the cost of walking each statement's relationships to find its ABOUT links.
UNWIND $statementIds AS id
MATCH (s:Statement {id: id})
SET s.topicIds = COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id }
