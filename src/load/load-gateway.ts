import type { Database } from "../db/database.js";

/**
 * The part of the Database gateway loading needs. Narrow on purpose: tests hand in a wrapper
 * that injects a failure into one named query to prove a document rolls back whole.
 */
export type LoadGateway = Pick<Database, "readTransaction" | "writeTransaction">;
