/** Queries the platform itself needs (health, tests, reset). */
export const PLATFORM_QUERIES = ["dbms-components", "count-graph", "wipe-graph"] as const;
