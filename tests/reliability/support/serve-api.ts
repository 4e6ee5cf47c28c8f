/** Child process for tests/reliability/api-kill.test.ts: the API over NEO4J_URI on a free loopback port. */
import { parseConfig } from "../../../src/config/config.js";
import { Database } from "../../../src/db/database.js";
import { startServer } from "../../../src/server/server.js";

const config = parseConfig({ ...process.env, HOST: "127.0.0.1", PORT: "0" });
if (config.neo4j.mode !== "external") throw new Error("serve-api needs NEO4J_URI");
const db = await Database.connect(config.neo4j, { maxConcurrentTransactions: config.neo4j.maxConcurrentQueries });
const server = await startServer({ config, database: db, ingester: null, log: () => undefined });
process.stdout.write(`LISTENING ${server.url}\n`);
