// mutate-merge-topics: move every relationship of the merged topic to the kept one (statements,
// broader and narrower links, without creating a self-loop), add its label and aliases to the
// kept topic's aliases and search text, and leave it as a stub (MERGED_INTO) so its id keeps
// resolving. Params: $keepId, $mergeId, $by. Returns the kept topic and the ids of the statements
// whose ABOUT moved (their actor–topic counts are refreshed in the same transaction).
MATCH (keep:Topic {id: $keepId}), (gone:Topic {id: $mergeId})
CALL { WITH keep, gone MATCH (s)-[r:ABOUT]->(gone) MERGE (s)-[:ABOUT]->(keep) DELETE r RETURN collect(s.id) AS statementIds }
CALL { WITH keep, gone MATCH (gone)-[r:BROADER]->(b) WHERE b <> keep MERGE (keep)-[:BROADER]->(b) DELETE r }
CALL { WITH keep, gone MATCH (n)-[r:BROADER]->(gone) WHERE n <> keep MERGE (n)-[:BROADER]->(keep) DELETE r }
CALL { WITH keep, gone MATCH (gone)-[r:BROADER]-(keep) DELETE r }
CALL { WITH keep, gone MATCH (x)-[r:MERGED_INTO]->(gone) MERGE (x)-[:MERGED_INTO]->(keep) DELETE r }
MERGE (gone)-[:MERGED_INTO {by: $by, at: datetime()}]->(keep)
SET keep.aliases = reduce(out = coalesce(keep.aliases, []), name IN [gone.label] + coalesce(gone.aliases, []) |
      CASE WHEN name IN out OR name = keep.label THEN out ELSE out + name END),
    keep.searchText = coalesce(keep.searchText, '') + '\n' + coalesce(gone.searchText, ''),
    gone.mergedAt = datetime()
RETURN properties(keep) AS topic, statementIds
