// read-statement-links: everything many statements link to, in one round trip.
// Params: $ids (statement ids).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id,
  [(s)-[:BY]->(a:Actor) | properties(a)] AS speakers,
  [(s)-[:RESOLVED_TO]->(p:Person) | properties(p)] AS persons,
  [(s)-[:ADDRESSED_TO]->(a:Actor) | properties(a)] AS addressees,
  [(s)-[:MENTIONS]->(a:Actor) | properties(a)] AS mentions,
  [(s)-[:ABOUT]->(t:Topic) | properties(t)] AS topics,
  [(s)-[:IN]->(i:AgendaItem) | properties(i)][0] AS agendaItem,
  [(s)-[:FROM]->(:Document)-[:RECORDS]->(m:Meeting) | properties(m)][0] AS meeting,
  [(s)-[:FROM]->(d:Document) | properties(d)][0] AS document,
  [(s)-[:REFERS_TO]->(e:Event) | properties(e)] AS events,
  [(s)-[:CORRECTED_BY]->(c:Correction) | properties(c)] AS corrections
