// read-actor-positions: per actor and topic, the number of statements per stance (spoken by the
// actor or resolved to it). Params: $ids (actor ids). One row per actor and topic: id, topic,
// stances [{stance, count}]. The statements themselves are read only when a query asks for them
// (read-actor-position-statements).
// Only persons have statements RESOLVED_TO them, so any other actor's statements are exactly its
// BY links, which the writes keep counted per (actor, topic, stance) and year in YearCount (undated
// ones in the 'undated' MonthCount; cypher/stance-counts-refresh.cypher): such an actor's positions
// are read from its counts, a few hundred rows however many statements it made. A person's also
// include statements resolved to it through offices it held, which the counts do not key: those are
// read from the statements (count(DISTINCT s): a statement both spoken by and resolved to the
// person counts once).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  WITH a WHERE NOT a:Person
  MATCH (c:YearCount) WHERE c.actorId = a.id
  RETURN c.topicId AS topicId, c.stance AS stance, c.statements AS statements
  UNION ALL
  WITH a WHERE NOT a:Person
  MATCH (c:MonthCount) WHERE c.month = 'undated' AND c.actorId = a.id
  RETURN c.topicId AS topicId, c.stance AS stance, c.statements AS statements
  UNION ALL
  WITH a WHERE a:Person
  MATCH (a)<-[:BY|RESOLVED_TO]-(s:Statement)-[:ABOUT]->(t:Topic)
  WHERE NOT s:Rejected
  WITH t.id AS topicId, s.stance AS stance, count(DISTINCT s) AS statements
  RETURN topicId, stance, statements
}
WITH id, topicId, stance, sum(statements) AS count
// One row per topic, its stance counts collected, and the topic without its search terms: the
// rows per stance repeated each topic's properties (searchText the longest) up to six times.
WITH id, topicId, collect({stance: stance, count: count}) AS stances
MATCH (t:Topic {id: topicId})
RETURN id, t {.id, .label, .aliases, .description, .curated, .isNew} AS topic, stances
