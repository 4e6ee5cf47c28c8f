// curated-fingerprint: records the fingerprint of a part of the curated data (e.g. the tenures)
// and returns the one recorded before (null the first time), so a start-up can tell whether it
// changed. Params: $part, $fingerprint.
MERGE (state:CuratedState {part: $part})
WITH state, state.fingerprint AS previous
SET state.fingerprint = $fingerprint
RETURN previous
