/**
 * The FICTIONAL API fixture several test files share: a connection to the run's Neo4j, the
 * fictional meetings of tests/fixtures/api/fictional-meetings.ts loaded once for the file (the
 * graph is wiped first), and the real HTTP server over it. One place for the order of start and
 * shutdown, so the files cannot drift apart. `useTestApi` is the same without the meetings.
 */
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../../src/db/database.js";
import { startApi, type Api } from "../api/helpers/api-harness.js";
import { loadFictionalMeetings } from "../api/helpers/load-data.js";
import { connectTestDatabase } from "./database.js";

export interface FictionalApi {
  db: Database;
  api: Api;
}

export interface FictionalApiOptions {
  /** Extra server configuration (environment variables), e.g. a higher mutation rate limit. */
  env?: Record<string, string>;
}

interface TestApiOptions extends FictionalApiOptions {
  /** Puts data in the graph before the server starts. */
  load?: (db: Database) => Promise<void>;
}

/**
 * Registers the file's beforeAll/afterAll and hands the started database and API to `onStarted`,
 * which assigns them to the file's own variables: the tests keep reading plain `db` and `api`.
 */
export function useFictionalApi(onStarted: (started: FictionalApi) => void, options: FictionalApiOptions = {}): void {
  useTestApi(onStarted, { ...options, load: loadFictionalMeetings });
}

/** The same without loading anything: for files that put their own (fictional) data in per test. */
export function useTestApi(onStarted: (started: FictionalApi) => void, options: TestApiOptions = {}): void {
  let db: Database | undefined;
  let api: Api | undefined;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await options.load?.(db);
    api = await startApi({ database: db, ...(options.env ? { env: options.env } : {}) });
    onStarted({ db, api });
  });
  // The server first, so no request is in flight on a closed connection.
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });
}
