// mutate-create-topic: a topic an analyst names while correcting a statement, not in the
// gazetteer: isNew, not curated, optionally narrower than an existing topic (BROADER). The caller
// checked that the id is free and the broader topic exists. Params: $id, $label, $broaderId
// (null: none), $by, $searchText, $searchVersion.
CREATE (t:Topic {id: $id, label: $label, aliases: [], isNew: true, curated: false,
  searchText: $searchText, searchVersion: $searchVersion, createdBy: $by, createdAt: datetime()})
WITH t
CALL (t) {
  MATCH (b:Topic {id: $broaderId})
  MERGE (t)-[:BROADER]->(b)
}
RETURN properties(t) AS node
