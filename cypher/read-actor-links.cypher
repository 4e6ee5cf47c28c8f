// read-actor-links: organisations, parts, members and tenures of many actors, in one round trip.
// Params: $ids (actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  [(a)-[:PART_OF]->(o:Organisation) | properties(o)] AS partOf,
  [(a)<-[:PART_OF]-(p:Actor) WHERE NOT (p)-[:MERGED_INTO]->() | properties(p)] AS parts,
  COLLECT { MATCH (a)<-[:PART_OF*1..]-(m:Actor) WHERE NOT (m)-[:MERGED_INTO]->() RETURN DISTINCT properties(m) } AS members,
  [(a)-[h:HELD]->(o:Office) | {person: properties(a), office: properties(o), held: properties(h)}]
    + [(a)<-[h:HELD]-(p:Person) | {person: properties(p), office: properties(a), held: properties(h)}] AS tenures
