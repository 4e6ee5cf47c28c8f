import path from "node:path";
import type { Config } from "../config/config.js";
import { projectRoot } from "../config/project-root.js";
import { Database } from "./database.js";
import { startEmbeddedNeo4j } from "./embedded-neo4j.js";
import { loadQueryRegistry } from "./query-registry.js";
import { backfillDerivedData } from "./derived-data.js";
import { backfillSearchText } from "./search-backfill.js";

export interface OpenDatabaseOptions {
  /** Receives Maven and Neo4j log lines of the embedded mode; never written to stdout by us. */
  log?: (line: string) => void;
}

export interface OpenedDatabase {
  database: Database;
  /** Where the data lives, for start-up logs ("embedded Neo4j in .data/neo4j at bolt://…"). */
  description: string;
  /** The embedded Neo4j's process id (for benchmarks that account its CPU); absent with NEO4J_URI. */
  serverPid?: number;
  close(): Promise<void>;
}

/**
 * Connects to the Neo4j the configuration names, starting the embedded one first when NEO4J_URI is
 * not set, applies cypher/schema.cypher and counts the statements a graph from before the
 * actor–topic counts has without them (a no-op read on an up-to-date graph). close() releases
 * everything it started.
 */
export async function openDatabase(config: Config, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const settings = config.neo4j;
  if (settings.mode === "external") {
    const database = await Database.connect({
      uri: settings.uri,
      user: settings.user,
      password: settings.password,
      database: settings.database,
    }, { maxConcurrentTransactions: settings.maxConcurrentQueries });
    return withSchema(database, `Neo4j at ${settings.uri}`, () => database.close());
  }

  // A broken cypher/ folder should fail in milliseconds, not after a JVM start.
  loadQueryRegistry(path.join(projectRoot, "cypher"));
  const server = await startEmbeddedNeo4j({
    dataDir: settings.dataDir,
    port: settings.port,
    password: settings.password,
    startTimeoutMs: settings.startTimeoutMs,
    ...(options.log ? { log: options.log } : {}),
  });
  const description = `embedded Neo4j in ${settings.dataDir} at ${server.uri}`;
  let database: Database;
  try {
    database = await Database.connect({
      uri: server.uri,
      // With auth off the server ignores credentials; with a password, user neo4j has it.
      user: settings.password ? "neo4j" : undefined,
      password: settings.password,
      database: settings.database,
      description,
    }, { maxConcurrentTransactions: settings.maxConcurrentQueries });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const opened = await withSchema(database, description, async () => {
    try {
      await database.close();
    } finally {
      await server.stop();
    }
  });
  return server.pid > 0 ? { ...opened, serverPid: server.pid } : opened;
}

async function withSchema(database: Database, description: string, close: () => Promise<void>): Promise<OpenedDatabase> {
  try {
    await database.applySchema();
    await backfillDerivedData(database);
    await backfillSearchText(database);
  } catch (error) {
    await close();
    throw error;
  }
  return { database, description, close };
}
