/**
 * Every query file in `cypher/` (without `.cypher`), except `schema.cypher`. The registry fails at
 * start-up when a name here has no file or a file has no name here. To add a query, write
 * `cypher/<name>.cypher` (first line a comment naming it and its parameters) and list its name in
 * the list of its area in `queries/`.
 */
import { API_QUERIES } from "./queries/api.js";
import { LOAD_QUERIES } from "./queries/load.js";
import { PLATFORM_QUERIES } from "./queries/platform.js";

export const QUERY_NAMES = [...PLATFORM_QUERIES, ...LOAD_QUERIES, ...API_QUERIES] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
