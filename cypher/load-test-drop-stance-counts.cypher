// load-test-drop-stance-counts: deletes every MonthCount and YearCount (and so every COUNTED_IN),
// leaving a graph as it was before the counts existed, so tests can prove the start-up backfill
// recreates them. For tests only. No parameters.
MATCH (n)
WHERE n:MonthCount OR n:YearCount
DETACH DELETE n
RETURN count(n) AS deleted
