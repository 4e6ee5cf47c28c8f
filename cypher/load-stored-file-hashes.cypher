// load-stored-file-hashes: the stored documents of the given sources with the sha256 of the file
// bytes they were read from, so an ingest run skips unchanged files with one lookup.
// Params: $sources.
MATCH (d:Document)
WHERE d.source IN $sources
RETURN d.id AS id, d.source AS source, d.fileSha256 AS fileSha256
