// search-text-outdated: statements, actors and topics whose searchText was written by another
// version of the search terms (src/search/index-text.ts) or by none (a graph from before
// searchVersion): what start-up indexes again (src/db/search-backfill.ts). Params: $version,
// $limit (rows per label).
CALL () {
  MATCH (s:Statement) WHERE s.searchVersion IS NULL OR s.searchVersion <> $version
  RETURN 'statement' AS kind, s.id AS id, s.text AS text, [] AS aliases
  LIMIT toInteger($limit)
  UNION ALL
  MATCH (a:Actor) WHERE a.searchVersion IS NULL OR a.searchVersion <> $version
  RETURN 'actor' AS kind, a.id AS id, coalesce(a.name, a.id) AS text, coalesce(a.aliases, []) AS aliases
  LIMIT toInteger($limit)
  UNION ALL
  MATCH (t:Topic) WHERE t.searchVersion IS NULL OR t.searchVersion <> $version
  RETURN 'topic' AS kind, t.id AS id, coalesce(t.label, t.id) AS text, coalesce(t.aliases, []) AS aliases
  LIMIT toInteger($limit)
}
RETURN kind, id, text, aliases
