/** Queries that the repositories behind the GraphQL API run (src/repositories). */
export const API_QUERIES = [] as const;
