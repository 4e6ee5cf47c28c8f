// read-statements-by-id: statements by id (for positions, changes and hits). Params: $ids.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, properties(s) AS statement
