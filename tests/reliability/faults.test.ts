/**
 * Faults against a PRIVATE embedded Neo4j (its own temporary store, auth on with the password
 * passed by environment): stopped while the API serves, then back on the same store and port;
 * killed (SIGKILL of the JVM) in the middle of an ingest of many fictional documents.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { Database } from "../../src/db/database.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";
import { extractBuffer, readGazetteer } from "../../src/ingest/index.js";
import { documentSourceOf } from "../../src/load/document-source.js";
import { ingestPaths } from "../../src/load/ingest-paths.js";
import { codesOf, startApi, type Api } from "../api/helpers/api-harness.js";
import { loadFictionalMeetings } from "../api/helpers/load-data.js";
import { writeFictionalCorpus } from "../fixtures/extractions/fictional-corpus.js";

/** As many as the issue asks for; small documents keep the test near 2 minutes on 2 cores. */
const DOCUMENTS = 200;
const PASSWORD = "fictional-faults-password";

let home: string;
let neo4j: EmbeddedNeo4j | undefined;
let port: number;
let db: Database;

async function start(): Promise<void> {
  neo4j = await startEmbeddedNeo4j({ dataDir: path.join(home, "neo4j"), port: port ?? 0, password: PASSWORD, startTimeoutMs: 300_000 });
  port = Number(new URL(neo4j.uri).port);
}

async function connect(): Promise<Database> {
  const database = await Database.connect({ uri: neo4j!.uri, user: "neo4j", password: PASSWORD, database: "neo4j" }, { maxConnectionPoolSize: 10, connectionTimeoutMs: 3_000 });
  await database.applySchema();
  return database;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, limitMs = 120_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "stance-graph-faults-"));
  await start();
  db = await connect();
}, 360_000);
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
}, 120_000);

describe("a private embedded Neo4j", () => {
  it("gets its password by environment, never on the command line, and refuses a wrong one", async () => {
    const cmdline = readFileSync(`/proc/${neo4j!.pid}/cmdline`, "utf8");
    expect(cmdline).toContain("--bolt-port");
    expect(cmdline).not.toContain(PASSWORD);
    await expect(Database.connect({ uri: neo4j!.uri, user: "neo4j", password: "wrong-password-fictional", database: "neo4j" })).rejects.toThrow();
  });
});

describe("Neo4j stopped while the API serves", () => {
  let api: Api;
  afterAll(async () => api?.close());

  it("requests fail fast with SERVICE_UNAVAILABLE, the process stays up, and it serves again when Neo4j is back", async () => {
    await loadFictionalMeetings(db);
    api = await startApi({ database: db });
    const query = `{ topics { id } statements(first: 5) { totalCount } }`;
    const before = await api.data(query);
    expect(before.statements.totalCount).toBeGreaterThan(0);

    await neo4j!.stop();
    const took: number[] = [];
    for (let i = 0; i < 2; i++) {
      const started = Date.now();
      const down = await api.gql(query);
      took.push(Date.now() - started);
      expect(codesOf(down)).toContain("SERVICE_UNAVAILABLE");
      expect(down.body.data ?? null).toBeNull();
    }
    // Not asserted (no timed tests): how long a request takes to fail while Neo4j is down.
    console.log(`with Neo4j down, requests failed with SERVICE_UNAVAILABLE after ${took.join(" ms, ")} ms`);
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(503);

    await start(); // same store, same port
    const again = await until("the API to serve again", async () => {
      const result = await api.gql(query);
      return result.body.errors?.length ? undefined : result.body.data;
    });
    expect(again).toEqual(before);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 360_000);
});

describe("Neo4j killed (SIGKILL) in the middle of an ingest", () => {
  it(`leaves each of ${DOCUMENTS} documents complete or absent; a re-run completes them without duplicates`, async () => {
    await db.write("wipe-graph", {}, { timeoutMs: 120_000 });
    const folder = path.join(home, "corpus");
    const files = await writeFictionalCorpus(folder, { documents: DOCUMENTS, sections: 2, sentencesPerSection: 3, seed: 11 });
    const gazetteer = readGazetteer();
    const expected = new Map<string, number>();
    for (const file of files) {
      const source = documentSourceOf(file);
      expected.set(source, (await extractBuffer(new Uint8Array(await readFile(file)), source, gazetteer)).statements.length);
    }

    // The ingest runs as `kg ingest` in a child process; Neo4j's JVM is killed once 10 documents are in.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli/kg.ts"), "ingest", folder], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: neo4j!.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: "neo4j" },
      detached: true,
      stdio: ["ignore", "ignore", "ignore"],
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const loaded = await until("10 documents loaded", async () => {
      const [row] = await db.read("load-graph-totals");
      const documents = Number(row?.documents ?? 0);
      return documents >= 10 ? documents : undefined;
    }, 300_000);
    process.kill(neo4j!.pid, "SIGKILL");
    // The ingester now fails (or retries) every remaining document; it is not what is tested here.
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);

    await neo4j!.stop(); // reaps the killed JVM
    await start();
    await db.close();
    db = await until("Neo4j after the kill", () => connect());

    const counts = async () => new Map((await db.read("load-check-document-counts")).map((row) => [String(row.source), Number(row.statements)]));
    const afterKill = await counts();
    expect(afterKill.size).toBeGreaterThanOrEqual(loaded);
    console.log(`Neo4j killed with ${loaded} of ${DOCUMENTS} documents in`);
    expect(afterKill.size).toBeLessThan(DOCUMENTS);
    for (const [source, statements] of afterKill) expect(statements, source).toBe(expected.get(source));
    const [roundTrip] = await db.read("load-check-round-trip");
    expect(roundTrip).toMatchObject({ withoutDocument: 0, mismatched: 0 });

    const second = await ingestPaths(db, [folder], { gazetteer });
    expect(second.documents.filter((d) => d.status === "failed")).toEqual([]);
    expect(second.totals.unchanged).toBe(afterKill.size);
    const complete = await counts();
    expect(complete).toEqual(expected);
    const rows = await db.read("load-check-document-counts");
    expect(rows).toHaveLength(DOCUMENTS); // one Document per source: no duplicates
    const [after] = await db.read("load-check-round-trip");
    expect(after).toMatchObject({ withoutDocument: 0, mismatched: 0 });
    expect(Number(after!.statements)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    console.log(`${afterKill.size} complete after restart, none partial; re-run loaded ${second.totals.loaded}, ${second.totals.unchanged} unchanged`);
  }, 600_000);
});
