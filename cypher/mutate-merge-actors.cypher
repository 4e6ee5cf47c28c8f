// mutate-merge-actors: move every relationship of the merged actor to the kept one, add its names
// to the kept actor's aliases and search text, and leave it as a stub (MERGED_INTO) so its id keeps
// resolving. Params: $keepId, $mergeId, $by. Returns the kept actor and the ids of the statements
// whose BY moved (their actor–topic counts are refreshed in the same transaction).
MATCH (keep:Actor {id: $keepId}), (gone:Actor {id: $mergeId})
CALL { WITH keep, gone MATCH (s)-[r:BY]->(gone) MERGE (s)-[:BY]->(keep) DELETE r RETURN collect(s.id) AS statementIds }
CALL { WITH keep, gone MATCH (s)-[r:RESOLVED_TO]->(gone) MERGE (s)-[:RESOLVED_TO]->(keep) DELETE r }
CALL { WITH keep, gone MATCH (s)-[r:ADDRESSED_TO]->(gone) MERGE (s)-[:ADDRESSED_TO]->(keep) DELETE r }
CALL { WITH keep, gone MATCH (s)-[r:MENTIONS]->(gone) MERGE (s)-[:MENTIONS]->(keep) DELETE r }
CALL { WITH keep, gone MATCH (gone)-[r:PART_OF]->(o) WHERE o <> keep MERGE (keep)-[:PART_OF]->(o) DELETE r }
CALL { WITH keep, gone MATCH (x)-[r:PART_OF]->(gone) WHERE x <> keep MERGE (x)-[:PART_OF]->(keep) DELETE r }
CALL { WITH keep, gone MATCH (gone)-[r:PART_OF]-(keep) DELETE r }
CALL { WITH keep, gone MATCH (gone)-[r:HELD]->(o) CREATE (keep)-[n:HELD]->(o) SET n = properties(r) DELETE r }
CALL { WITH keep, gone MATCH (p)-[r:HELD]->(gone) CREATE (p)-[n:HELD]->(keep) SET n = properties(r) DELETE r }
CALL { WITH keep, gone MATCH (x)-[r:MERGED_INTO]->(gone) MERGE (x)-[:MERGED_INTO]->(keep) DELETE r }
MERGE (gone)-[:MERGED_INTO {by: $by, at: datetime()}]->(keep)
SET keep.aliases = reduce(out = coalesce(keep.aliases, []), name IN [gone.name] + coalesce(gone.aliases, []) |
      CASE WHEN name IN out OR name = keep.name THEN out ELSE out + name END),
    keep.searchText = coalesce(keep.searchText, '') + '\n' + coalesce(gone.searchText, ''),
    gone.mergedAt = datetime()
RETURN properties(keep) AS actor, statementIds
