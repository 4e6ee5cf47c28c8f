/**
 * Starts ONE Neo4j for the whole test run (files run one at a time and isolate by wiping), or uses
 * the external one that NEO4J_URI names. The embedded store is a fresh temporary folder on a free
 * port, so two runs in two clones at once never share a store or a port.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { parseConfig } from "../../src/config/config.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";

export interface TestNeo4j {
  uri: string;
  user: string | null;
  password: string | null;
  database: string;
  /** Home of the embedded DBMS of this run; null when the tests use an external Neo4j. */
  embeddedHome: string | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Neo4j's own log lines start with a timestamp; show only the rest (Maven, build notes). */
const NEO4J_LOG_LINE = /^\d{4}-\d\d-\d\d[ T]/;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const settings = parseConfig(process.env).neo4j;
  if (settings.mode === "external") {
    project.provide("neo4j", {
      uri: settings.uri,
      user: settings.user ?? null,
      password: settings.password ?? null,
      database: settings.database,
      embeddedHome: null,
    });
    return async () => undefined;
  }

  const home = await mkdtemp(path.join(os.tmpdir(), "stance-graph-test-neo4j-"));
  const startedAt = Date.now();
  const server = await startEmbeddedNeo4j({
    dataDir: home,
    port: 0,
    startTimeoutMs: settings.startTimeoutMs,
    log: (line) => {
      if (!NEO4J_LOG_LINE.test(line)) process.stderr.write(`[neo4j] ${line}\n`);
    },
  }).catch(async (error: unknown) => {
    await rm(home, { recursive: true, force: true });
    throw error;
  });
  process.stderr.write(`[neo4j] embedded Neo4j for this test run at ${server.uri} (ready in ${Date.now() - startedAt} ms)\n`);
  project.provide("neo4j", { uri: server.uri, user: null, password: null, database: settings.database, embeddedHome: home });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
