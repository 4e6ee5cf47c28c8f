// read-actor-positions: per actor and topic, the number of statements per stance (spoken by the
// actor or resolved to it). Params: $ids (actor ids). One row per actor, topic and stance. The
// statements themselves are read only when a query asks for them (read-actor-position-statements).
UNWIND $ids AS id
MATCH (a:Actor {id: id})<-[:BY|RESOLVED_TO]-(s:Statement)-[:ABOUT]->(t:Topic)
WITH id, t, s.stance AS stance, count(DISTINCT s) AS count
RETURN id, properties(t) AS topic, stance, count
