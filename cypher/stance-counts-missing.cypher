// stance-counts-missing: statements that belong in the actor–topic counts (a BY actor, an ABOUT
// topic, a stance) but are in none (no COUNTED_IN): a graph loaded before the counts existed.
// The start-up backfill refreshes them in batches. Params: $limit.
MATCH (s:Statement)
WHERE NOT EXISTS { (s)-[:COUNTED_IN]->() } AND s.stance IS NOT NULL
  AND EXISTS { (s)-[:BY]->(:Actor) } AND EXISTS { (s)-[:ABOUT]->(:Topic) }
RETURN s.id AS id
LIMIT toInteger($limit)
