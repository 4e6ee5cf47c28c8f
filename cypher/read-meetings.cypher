// read-meetings: meetings, optionally of one body and in a date window, oldest first.
// Params: $body, $from, $to (each nullable), $limit.
MATCH (m:Meeting)
WHERE ($body IS NULL OR toLower(m.body) = toLower($body))
  AND ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
RETURN properties(m) AS meeting
ORDER BY m.date, m.id
LIMIT toInteger($limit)
