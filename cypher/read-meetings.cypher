// read-meetings: meetings, optionally of one body and in a date window, oldest first.
// Params: $body, $from, $to (an empty list or string means no filter), $limit.
MATCH (m:Meeting)
WHERE ($body = '' OR toLower(m.body) = toLower($body))
  AND ($from = '' OR toString(m.date) >= $from)
  AND ($to = '' OR toString(m.date) <= $to)
RETURN properties(m) AS meeting
ORDER BY m.date, m.id
LIMIT toInteger($limit)
