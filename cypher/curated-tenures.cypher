// curated-tenures: who held which office when, keyed on the gazetteer's person, office and start
// date (`key`, kept on the relationship). An id an analyst merged away (mergeActors) names a stub
// with MERGED_INTO: the tenure goes to the survivor at the end of that chain, as mergeActors moved
// it. Params: $rows [{key, personId, officeId, from, to, acting, status, role, source, evidence,
// sourceTo, evidenceTo, note}].
UNWIND $rows AS row
MATCH (:Actor {id: row.personId})-[:MERGED_INTO*0..]->(p:Actor)
WHERE p:Person AND NOT EXISTS { (p)-[:MERGED_INTO]->() }
MATCH (:Actor {id: row.officeId})-[:MERGED_INTO*0..]->(o:Actor)
WHERE o:Office AND NOT EXISTS { (o)-[:MERGED_INTO]->() }
MERGE (p)-[held:HELD {key: row.key}]->(o)
SET held.from = date(row.from), held.to = date(row.to), held.acting = row.acting, held.status = row.status,
  held.role = row.role, held.source = row.source, held.evidence = row.evidence, held.sourceTo = row.sourceTo,
  held.evidenceTo = row.evidenceTo, held.note = row.note
RETURN count(*) AS tenures
