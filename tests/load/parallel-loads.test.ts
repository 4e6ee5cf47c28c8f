/**
 * Parallel loads (two `kg ingest` runs, the API's ingester next to a CLI run, the benchmark growing
 * its graph) share actors, topics and counts. With the driver's retries switched off, a deadlock
 * between two loads surfaces as an error instead of being retried away: none may happen, and every
 * statement must be counted once. FICTIONAL meetings from the benchmark's generator (bench/corpus,
 * deterministic): their actors and topics recur across meetings as in the real genre. Before the
 * loads took their locks in one order (cypher/load-lock.cypher, stance-counts-refresh), 7–15 of
 * these 150 loads failed with Neo.TransientError.Transaction.DeadlockDetected.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../src/db/database.js";
import type { Extraction } from "../../src/ingest/extraction.js";
import { extractText, readGazetteer } from "../../src/ingest/index.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { expectCountsMatchStatements } from "./stance-counts-check.js";

const MEETINGS = 150;
const PARALLEL_LOADS = 8;

let setup: Database;
let withoutRetries: Database;
let extractions: Extraction[];

beforeAll(async () => {
  setup = await connectTestDatabase();
  withoutRetries = await Database.connect(setup.target, { writeRetryMs: 0, maxConnectionPoolSize: PARALLEL_LOADS + 2 });
  await wipeDatabase(setup);
  const gazetteer = readGazetteer();
  await loadCuratedData(setup, gazetteer);
  extractions = generateCorpus({ meetings: MEETINGS, seed: 5 }, gazetteer).map((meeting) => extractText(meeting.text, meeting.fileName, gazetteer));
}, 120_000);
afterAll(async () => {
  await withoutRetries?.close();
  await setup?.close();
});

async function loadInParallel(documents: readonly Extraction[]): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < documents.length) {
      const extraction = documents[next++]!;
      try {
        await loadExtraction(withoutRetries, extraction, { timeoutMs: 60_000 });
      } catch (error) {
        failures.push(`${extraction.document.source}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_LOADS }, worker));
  return failures;
}

describe("parallel loads", () => {
  it("never deadlock on shared actors, topics and counts, and count every statement once", async () => {
    const failures = await loadInParallel(extractions);
    expect(failures, "loads that failed").toEqual([]);
    const [totals] = await setup.read("load-graph-totals");
    expect(Number(totals?.documents)).toBe(MEETINGS);
    expect(Number(totals?.statements)).toBe(extractions.reduce((sum, extraction) => sum + extraction.statements.length, 0));
    await expectCountsMatchStatements(setup, "after parallel loads");
  }, 240_000);
});
