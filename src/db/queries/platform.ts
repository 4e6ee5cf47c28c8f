/** Queries the platform itself needs (health, tests, reset, the derived stance counts every write keeps). */
export const PLATFORM_QUERIES = ["dbms-components", "count-graph", "wipe-graph", "stance-counts-refresh", "stance-counts-missing"] as const;
