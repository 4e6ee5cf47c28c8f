// read-actor-positions: per actor and topic, the stances and statements (spoken or resolved to the
// actor). Params: $ids (actor ids). One row per actor, topic and stance.
UNWIND $ids AS id
MATCH (a:Actor {id: id})<-[:BY|RESOLVED_TO]-(s:Statement)-[:ABOUT]->(t:Topic)
WITH id, t, s ORDER BY s.date, s.documentId, s.start
WITH id, t, s.stance AS stance, collect(DISTINCT s.id) AS statementIds
RETURN id, properties(t) AS topic, stance, statementIds
