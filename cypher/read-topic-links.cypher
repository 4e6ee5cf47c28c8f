// read-topic-links: broader and narrower topics of many topics, in one round trip.
// Params: $ids (topic ids).
UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN id,
  [(t)-[:BROADER]->(b:Topic) | properties(b)] AS broader,
  [(t)<-[:BROADER]-(n:Topic) WHERE NOT (n)-[:MERGED_INTO]->() | properties(n)] AS narrower
