// search-text-update: writes the searchText (and the searchVersion that wrote it) of statements,
// actors and topics indexed again at start-up. Params: $rows [{kind: 'statement' | 'actor' |
// 'topic', id, searchText, searchVersion}].
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.kind = 'statement'
  MATCH (n:Statement {id: row.id})
  SET n.searchText = row.searchText, n.searchVersion = row.searchVersion
}
CALL (row) {
  WITH row WHERE row.kind = 'actor'
  MATCH (n:Actor {id: row.id})
  SET n.searchText = row.searchText, n.searchVersion = row.searchVersion
}
CALL (row) {
  WITH row WHERE row.kind = 'topic'
  MATCH (n:Topic {id: row.id})
  SET n.searchText = row.searchText, n.searchVersion = row.searchVersion
}
RETURN count(*) AS updated
