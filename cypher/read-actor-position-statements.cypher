// read-actor-position-statements: the statements behind actor positions, per (actor, topic) pair:
// spoken by the actor or resolved to it, about the topic. Params: $pairs ([{subject: actor id,
// about: topic id}]). One row per pair that has statements.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.subject})<-[:BY|RESOLVED_TO]-(s:Statement)-[:ABOUT]->(t:Topic {id: pair.about})
WHERE NOT s:Rejected
RETURN pair.subject AS subject, pair.about AS about, collect(DISTINCT s.id) AS statementIds
