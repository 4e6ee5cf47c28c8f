/** Queries the platform itself needs (health, tests, reset, the derived data every write keeps). */
export const PLATFORM_QUERIES = ["dbms-components", "count-graph", "wipe-graph", "stance-counts-refresh", "stance-counts-add", "statement-topic-ids-refresh", "derived-data-missing", "search-text-outdated", "search-text-update"] as const;
