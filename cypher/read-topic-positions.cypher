// read-topic-positions: per topic (with its narrower topics) and actor as spoken, the number of
// statements per stance. Params: $ids (topic ids). One row per topic, actor and stance. The
// statements themselves are read only when a query asks for them (read-topic-position-statements).
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:BROADER*0..]-(:Topic)<-[:ABOUT]-(s:Statement)-[:BY]->(a:Actor)
WHERE NOT s:Rejected
WITH id, a, s.stance AS stance, count(DISTINCT s) AS count
RETURN id, properties(a) AS actor, stance, count
