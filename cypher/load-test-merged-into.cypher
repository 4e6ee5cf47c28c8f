// load-test-merged-into: links one actor or topic to another with MERGED_INTO and nothing else, so
// loading tests can build merge chains deeper than the merge mutations leave (they re-point
// earlier stubs at the kept node) and prove the loader follows any depth. For tests only.
// Params: $fromId, $toId.
MATCH (gone {id: $fromId}), (keep {id: $toId})
WHERE (gone:Actor AND keep:Actor) OR (gone:Topic AND keep:Topic)
MERGE (gone)-[:MERGED_INTO {by: 'fictional test', at: datetime()}]->(keep)
RETURN count(*) AS linked
