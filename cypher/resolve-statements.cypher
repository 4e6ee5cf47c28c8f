// resolve-statements: sets each statement's RESOLVED_TO from its BY links and the tenures (HELD) in
// the graph, the one place that rule is written in Cypher (src/ingest/actors/resolve-person.ts is
// the same rule for Extractions and Office.holderOn): the persons the statement is BY, plus for
// each office it is BY the one person who answers for that office on the statement's date. A
// tenure answers when it covers the date (from <= date <= to; no `to` = still held) and is not
// 'unconfirmed'; when an acting tenure answers, only acting ones do (a waarnemer answers for the
// days he overlaps a formal holder); the office resolves only when exactly one person answers: no
// one on a day no sourced tenure covers (never the nearest holder), no one when co-holders could
// be meant. An undated statement resolves no office. BY is never touched, so analysts'
// corrections of the speakers stay as they are. Params: $statementIds. Returns how many statements
// were looked at and how many of them now resolve to other persons than before (moved).
UNWIND $statementIds AS statementId
MATCH (s:Statement {id: statementId})
WITH s, COLLECT { MATCH (s)-[:RESOLVED_TO]->(p:Person) RETURN p.id } AS before
CALL (s) {
  MATCH (s)-[:BY]->(p:Person)
  RETURN collect(DISTINCT p) AS spoken
}
CALL (s) {
  MATCH (s)-[:BY]->(o:Office)<-[held:HELD]-(p:Person)
  WHERE s.date IS NOT NULL AND held.from <= s.date AND (held.to IS NULL OR s.date <= held.to)
    AND coalesce(held.status, 'confirmed') <> 'unconfirmed'
  WITH o, collect({person: p, acting: coalesce(held.acting, false)}) AS covering
  WITH o, [c IN covering WHERE c.acting OR NONE(x IN covering WHERE x.acting) | c.person] AS answering
  WITH o, reduce(persons = [], p IN answering | CASE WHEN p IN persons THEN persons ELSE persons + p END) AS persons
  RETURN collect(CASE WHEN size(persons) = 1 THEN persons[0] END) AS holders
}
WITH s, before, spoken + [p IN holders WHERE NOT p IN spoken] AS after
CALL (s, after) {
  MATCH (s)-[stale:RESOLVED_TO]->(p)
  WHERE NOT p IN after
  DELETE stale
}
CALL (s, after) {
  UNWIND after AS p
  MERGE (s)-[:RESOLVED_TO]->(p)
}
WITH before, [p IN after | p.id] AS afterIds
RETURN count(*) AS statements,
  sum(CASE WHEN size(before) = size(afterIds) AND all(id IN before WHERE id IN afterIds) THEN 0 ELSE 1 END) AS moved
