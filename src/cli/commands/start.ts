/**
 * `kg start` (what `npm start` runs): open Neo4j (the embedded one unless NEO4J_URI is set),
 * ingest `seeds/documents/` (unchanged documents are skipped), then serve the GraphQL API and the
 * explorer until Ctrl-C, which stops the server and the embedded Neo4j cleanly.
 */
import path from "node:path";
import { parseConfig } from "../../config/config.js";
import { openDatabase } from "../../db/open-database.js";
import { ingestPaths } from "../../load/ingest-paths.js";
import { reResolvedLine } from "../../load/ingest-report.js";
import { startServer } from "../../server/server.js";

const log = (line: string) => process.stderr.write(`${line}\n`);

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    log(`kg start takes no arguments (got ${args.join(" ")}); configure it with environment variables (see README)`);
    return 2;
  }
  const config = parseConfig();
  const opened = await openDatabase(config, { log });
  log(`Neo4j: ${opened.description}`);
  let server: { url: string; close(): Promise<void> } | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping`);
    await server?.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  try {
    const seeds = path.join(config.seedsDir, "documents");
    const report = await ingestPaths(opened.database, [seeds], { seedsDir: config.seedsDir });
    log(`seeds: ${report.summary}`);
    if (report.curated?.reResolved?.statements) log(`gazetteer: ${reResolvedLine(report.curated.reResolved)}`);
    server = await startServer({ config, database: opened.database, log });
    log(`GraphQL API: ${server.url}/graphql   explorer: ${server.url}/`);
  } catch (error) {
    await server?.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  }
  // Keep running until a signal arrives.
  return new Promise<number>(() => undefined);
}
