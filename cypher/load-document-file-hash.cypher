// load-document-file-hash: records the sha256 of the file bytes of an unchanged document, so the
// next run can skip it without extracting. Params: $id, $fileSha256.
MATCH (d:Document {id: $id})
SET d.fileSha256 = $fileSha256
