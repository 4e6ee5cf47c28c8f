/**
 * Bad input (docs/bad-input.md): each generated input either extracts correctly or fails with a
 * BadDocumentError naming the file and the reason; loading them all through ingestPaths into the
 * test Neo4j leaves no Document for the failed ones and consistent counts.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { BadDocumentError } from "../../src/errors/app-error.js";
import { extractBuffer, readGazetteer, type Extraction } from "../../src/ingest/index.js";
import { documentSourceOf } from "../../src/load/document-source.js";
import { ingestPaths } from "../../src/load/ingest-paths.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { BAD_INPUTS } from "./bad-inputs.js";

let db: Database;
let folder: string;
const gazetteer = readGazetteer();
/** name -> extraction statements, or the error */
const outcomes = new Map<string, Extraction | unknown>();

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeDatabase(db);
  folder = await mkdtemp(path.join(os.tmpdir(), "stance-graph-bad-input-"));
});
afterAll(async () => {
  await db?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("bad input", () => {
  it(`has at least 25 kinds (${BAD_INPUTS.length})`, () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((c) => [c.what, c] as const))("%s: extracts correctly or is a clear BadDocumentError", async (_what, c) => {
    const bytes = await c.bytes();
    await writeFile(path.join(folder, c.name), bytes);
    let result: Extraction | undefined;
    let error: unknown;
    try {
      result = await extractBuffer(bytes, c.name, gazetteer);
    } catch (caught) {
      error = caught;
    }
    outcomes.set(c.name, result ?? error);
    if (c.expect.extracted) {
      expect(error, String(error)).toBeUndefined();
      const x = result!;
      expect(x.statements.length).toBeGreaterThanOrEqual(c.expect.minStatements ?? 1);
      for (const s of x.statements) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
      if (c.expect.check) expect(x.document.text).toContain(c.expect.check);
    } else {
      expect(error).toBeInstanceOf(BadDocumentError);
      const bad = error as BadDocumentError;
      expect(bad.source).toBe(c.name);
      expect(bad.message).toContain(c.name);
      expect(bad.reason).toMatch(c.expect.reason);
    }
  }, 60_000);

  it("ingestPaths loads the good ones and leaves nothing of the failed ones", async () => {
    const report = await ingestPaths(db, [folder]);
    const byName = new Map(report.documents.map((d) => [path.basename(d.path), d]));
    expect(byName.size).toBe(BAD_INPUTS.length);
    const rows = await db.read("load-check-document-counts");
    const stored = new Map(rows.map((row) => [String(row.source), Number(row.statements)]));
    let expectedStatements = 0;
    for (const c of BAD_INPUTS) {
      const document = byName.get(c.name)!;
      const source = documentSourceOf(path.join(folder, c.name));
      const outcome = outcomes.get(c.name);
      if (c.expect.extracted) {
        expect(document.status, `${c.name}: ${document.reason}`).toBe("loaded");
        expect(stored.get(source), c.name).toBe((outcome as Extraction).statements.length);
        expectedStatements += (outcome as Extraction).statements.length;
      } else {
        expect(document.status, c.name).toBe("failed");
        expect(document.reason, c.name).toMatch(c.expect.reason);
        expect(stored.has(source), `${c.name} left a Document`).toBe(false);
      }
    }
    expect(stored.size).toBe(BAD_INPUTS.filter((c) => c.expect.extracted).length);
    expect(report.graph?.documents).toBe(stored.size);
    expect(report.graph?.statements).toBe(expectedStatements);
    const [roundTrip] = await db.read("load-check-round-trip");
    expect(Number(roundTrip!.withoutDocument)).toBe(0);
  }, 120_000);
});
