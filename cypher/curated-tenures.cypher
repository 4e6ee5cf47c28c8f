// curated-tenures: who held which office when, keyed on person, office and start date.
// Params: $rows [{personId, officeId, from, to, source}].
UNWIND $rows AS row
MATCH (p:Actor {id: row.personId})
WHERE p:Person
MATCH (o:Actor {id: row.officeId})
WHERE o:Office
MERGE (p)-[held:HELD {from: date(row.from)}]->(o)
SET held.to = date(row.to), held.source = row.source
RETURN count(*) AS tenures
