// load-document-state: the documents that have this id or this source (unchanged, duplicate or
// earlier version). Params: $id (may be null), $source.
MATCH (d:Document)
WHERE d.id = $id OR d.source = $source
RETURN d.id AS id, d.source AS source, d.fileSha256 AS fileSha256
