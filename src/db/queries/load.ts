/** Queries that write Extractions and curated data (src/load). */
export const LOAD_QUERIES = [] as const;
