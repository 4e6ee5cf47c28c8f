// load-test-drop-derived-data: deletes every MonthCount and YearCount (and so every COUNTED_IN)
// and every statement's topicIds, leaving a graph as it was before they existed, so tests can prove
// the start-up backfill recreates them. For tests only. No parameters.
CALL () {
  MATCH (s:Statement)
  REMOVE s.topicIds
}
MATCH (n)
WHERE n:MonthCount OR n:YearCount
DETACH DELETE n
RETURN count(n) AS deleted
