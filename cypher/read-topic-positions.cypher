// read-topic-positions: per topic (with its narrower topics) and actor as spoken, the stances and
// statements. Params: $ids (topic ids). One row per topic, actor and stance.
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:BROADER*0..]-(:Topic)<-[:ABOUT]-(s:Statement)-[:BY]->(a:Actor)
WITH id, a, s ORDER BY s.date, s.documentId, s.start
WITH id, a, s.stance AS stance, collect(DISTINCT s.id) AS statementIds
RETURN id, properties(a) AS actor, stance, statementIds
