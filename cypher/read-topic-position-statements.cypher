// read-topic-position-statements: the statements behind topic positions, per (topic, actor) pair:
// about the topic or a narrower one, spoken by the actor. Params: $pairs ([{subject: topic id,
// about: actor id}]). One row per pair that has statements.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.about})<-[:BY]-(s:Statement)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(:Topic {id: pair.subject})
WHERE NOT s:Rejected
RETURN pair.subject AS subject, pair.about AS about, collect(DISTINCT s.id) AS statementIds
