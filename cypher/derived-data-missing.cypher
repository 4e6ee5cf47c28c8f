// derived-data-missing: statements whose derived data is missing: no topicIds, or they belong in
// the actor–topic counts (a BY actor, an ABOUT topic, a stance) but are in none (no COUNTED_IN). A
// graph loaded before either existed (rejected statements belong in no count); the start-up backfill refreshes them in batches.
// Params: $limit.
MATCH (s:Statement)
WHERE s.topicIds IS NULL
  OR (NOT EXISTS { (s)-[:COUNTED_IN]->() } AND s.stance IS NOT NULL AND NOT s:Rejected
      AND EXISTS { (s)-[:BY]->(:Actor) } AND EXISTS { (s)-[:ABOUT]->(:Topic) })
RETURN s.id AS id
LIMIT toInteger($limit)
