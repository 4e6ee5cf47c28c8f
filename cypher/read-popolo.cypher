// read-popolo: what a Popolo export holds: every person, office, organisation and group that was
// not merged away (with the ids of what it is PART_OF), and every tenure (HELD). Params: none.
CALL () {
  MATCH (a:Actor)
  WHERE (a:Person OR a:Office OR a:Organisation OR a:Group) AND NOT EXISTS { (a)-[:MERGED_INTO]->() }
  RETURN collect({actor: properties(a), partOf: [(a)-[:PART_OF]->(o:Actor) | o.id]}) AS actors
}
CALL () {
  MATCH (p:Person)-[held:HELD]->(o:Office)
  RETURN collect({person: properties(p), office: properties(o), held: properties(held)}) AS tenures
}
RETURN actors, tenures
