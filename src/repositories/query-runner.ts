/**
 * What repositories need from the database gateway: the named-query methods of `Database`.
 * An interface rather than the class so tests can wrap it (e.g. to count round trips).
 */
import type { Database } from "../db/database.js";

export type QueryRunner = Pick<Database, "read" | "write" | "readTransaction" | "writeTransaction">;

/** Options every repository call passes to the gateway. */
export interface RepositoryOptions {
  /** Transaction timeout for API reads and writes (config.api.queryTimeoutMs). */
  timeoutMs: number;
  /**
   * Aborts when the client of the request these repositories serve has gone: its transactions
   * still waiting for a slot are then dropped (repositories are made per request for this).
   */
  signal?: AbortSignal;
}
