/**
 * A `kg ingest` killed with SIGKILL mid-run leaves every document whole or absent, and the next
 * run completes the rest. Runs the real CLI as a child process against the test database.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import type { Database } from "../../src/db/database.js";
import { extractBuffer, readGazetteer } from "../../src/ingest/index.js";
import { documentSourceOf } from "../../src/load/document-source.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { writeFictionalCorpus } from "../fixtures/extractions/fictional-corpus.js";
import { readFile } from "node:fs/promises";

const DOCUMENTS = 30;

let db: Database;
let temp: string;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeDatabase(db);
  temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-kill-"));
});
afterAll(async () => {
  await db?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

function ingestEnv(): NodeJS.ProcessEnv {
  const target = inject("neo4j");
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.uri, NEO4J_DATABASE: target.database };
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  if (target.user && target.password) Object.assign(env, { NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  return env;
}

/** One node process (no npx wrapper in between), in its own process group so the kill reaches all of it. */
function startIngest(folder: string) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli/kg.ts"), "ingest", folder], {
    cwd: projectRoot,
    env: ingestEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function storedCounts(): Promise<Map<string, number>> {
  const rows = await db.read("load-check-document-counts");
  return new Map(rows.map((row) => [String(row.source), Number(row.statements)]));
}

describe("kg ingest killed mid-run", () => {
  it("leaves each document complete or absent, and the next run completes the rest", async () => {
    const folder = path.join(temp, "corpus");
    const files = await writeFictionalCorpus(folder, { documents: DOCUMENTS, sections: 4, sentencesPerSection: 6, seed: 3 });
    const gazetteer = readGazetteer();
    const expected = new Map<string, number>();
    for (const file of files) {
      const source = documentSourceOf(file);
      const extraction = await extractBuffer(new Uint8Array(await readFile(file)), source, gazetteer);
      expect(extraction.statements.length, source).toBeGreaterThan(0);
      expect(extraction.document.text).toContain("fictief document");
      expected.set(source, extraction.statements.length);
    }

    const first = startIngest(folder);
    // Kill as soon as a few documents are in: the run is then certainly mid-way.
    const deadline = Date.now() + 120_000;
    let loadedBeforeKill = 0;
    while (Date.now() < deadline) {
      loadedBeforeKill = (await storedCounts()).size;
      if (loadedBeforeKill >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    process.kill(-first.child.pid!, "SIGKILL");
    await first.exited;
    expect(loadedBeforeKill, first.output()).toBeGreaterThanOrEqual(3);

    const afterKill = await storedCounts();
    expect(afterKill.size).toBeLessThan(DOCUMENTS);
    for (const [source, statements] of afterKill) expect(statements, source).toBe(expected.get(source));
    const [roundTrip] = await db.read("load-check-round-trip");
    expect(roundTrip).toMatchObject({ withoutDocument: 0, mismatched: 0 });

    const second = startIngest(folder);
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toMatch(new RegExp(`unchanged ${afterKill.size}\\b`));
    const complete = await storedCounts();
    expect(complete).toEqual(expected);
  }, 240_000);
});
