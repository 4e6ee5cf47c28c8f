/**
 * The actor–topic counts (MonthCount per actor, topic, stance and month; YearCount per year) are
 * derived data that every write keeps in its own transaction. After each kind of write (loading,
 * replacing a document with an edited version, an analyst's stance / actors / topics correction,
 * a correction re-applied on re-ingest, merging actors and topics, re-ingesting after a merge)
 * they must equal a recount from scratch; and the start-up backfill must recreate deleted counts
 * identically. FICTIONAL data: generated synthetic meetings (bench/corpus, deterministic) and one
 * of them without a date.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Row } from "../../src/db/database.js";
import type { Extraction } from "../../src/ingest/extraction.js";
import { extractText, readGazetteer } from "../../src/ingest/index.js";
import type { Gazetteer } from "../../src/ingest/gazetteer/gazetteer.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { backfillDerivedData } from "../../src/db/derived-data.js";
import { createRepositories, type Repositories } from "../../src/repositories/repositories.js";
import { generateCorpus, type SyntheticMeeting } from "../../bench/corpus/generate.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { expectCountsMatchStatements, storedCounts } from "./stance-counts-check.js";

let db: Database;
let repositories: Repositories;
let gazetteer: Gazetteer;
let meetings: SyntheticMeeting[];

beforeAll(async () => {
  db = await connectTestDatabase();
  repositories = createRepositories(db, { timeoutMs: 60_000 });
  gazetteer = readGazetteer();
  meetings = generateCorpus({ meetings: 14, seed: 11 }, gazetteer);
});
afterAll(async () => {
  await db?.close();
});

const extract = (meeting: SyntheticMeeting): Extraction => extractText(meeting.text, meeting.fileName, gazetteer);

/** The same source with other text (its last lines dropped, one added): loading it replaces the stored version. */
function edited(meeting: SyntheticMeeting, round: number): Extraction {
  const lines = meeting.text.trimEnd().split("\n");
  const text = `${lines.slice(0, Math.max(3, lines.length - 2 - round)).join("\n")}\nFictieve toevoeging ${round}.\n`;
  return extractText(text, meeting.fileName, gazetteer);
}

/** A meeting whose document and statements have no date: its statements are counted as 'undated'. */
function undated(meeting: SyntheticMeeting): Extraction {
  const extraction = extract(meeting);
  return { ...extraction, document: { ...extraction.document, date: null }, statements: extraction.statements.map((s) => ({ ...s, date: null })) };
}

const load = async (extraction: Extraction) => loadExtraction(db, extraction, { timeoutMs: 120_000 });
const statements = async (): Promise<Row[]> => db.read("load-check-statements");
const counted = (row: Row) => (row.byIds as string[]).length > 0 && (row.topicIds as string[]).length > 0;

async function kindsOf(ids: string[]): Promise<Map<string, string | null>> {
  const rows = await db.read("read-ids-exist", { ids });
  return new Map(rows.map((row) => [String(row.id), row.kind === null ? null : String(row.kind)]));
}

describe("actor–topic counts equal a recount from the statements after every write", () => {
  it("load, replace, correct, re-apply a correction, merge, re-ingest after a merge", async () => {
    await wipeDatabase(db);
    await loadCuratedData(db, gazetteer);
    for (const meeting of meetings.slice(0, 12)) await load(extract(meeting));
    await load(undated(meetings[12] as SyntheticMeeting));
    await expectCountsMatchStatements(db, "after loading");

    expect((await load(edited(meetings[0] as SyntheticMeeting, 1))).kind).toBe("replaced");
    await expectCountsMatchStatements(db, "after replacing a document");
    expect((await load(edited(meetings[12] as SyntheticMeeting, 1))).kind).toBe("replaced");
    await expectCountsMatchStatements(db, "after replacing the undated document with a dated version");

    const rows = (await statements()).filter(counted);
    const corrected = meetings[7] as SyntheticMeeting;
    const correctedId = extract(corrected).document.id;
    const first = rows.find((row) => row.documentId === correctedId);
    const [second, third] = rows.filter((row) => row !== first);
    if (!first || !second || !third) throw new Error("too few statements");
    await repositories.curation.correctStatement({ id: first.id as string, stance: first.stance === "oppose" ? "support" : "oppose", actorIds: null, topicIds: null, by: "test" });
    await expectCountsMatchStatements(db, "after correcting a stance");
    const otherActor = rows.flatMap((row) => row.byIds as string[]).find((id) => !(second.byIds as string[]).includes(id)) as string;
    await repositories.curation.correctStatement({ id: second.id as string, stance: null, actorIds: [otherActor], topicIds: null, by: "test" });
    await expectCountsMatchStatements(db, "after correcting actors");
    const topics = [...new Set(rows.flatMap((row) => row.topicIds as string[]))].slice(0, 2);
    await repositories.curation.correctStatement({ id: third.id as string, stance: "concern", actorIds: null, topicIds: topics, by: "test" });
    await expectCountsMatchStatements(db, "after correcting topics and stance");
    await repositories.curation.correctStatement({ id: third.id as string, stance: null, actorIds: [], topicIds: null, by: "test" });
    await expectCountsMatchStatements(db, "after removing a statement's actors");

    // A corrected statement of a document that is then replaced: the correction is re-applied to the new version.
    const outcome = await load(edited(corrected, 2));
    expect(outcome.kind).toBe("replaced");
    expect("correctionsReapplied" in outcome ? outcome.correctionsReapplied : 0).toBeGreaterThan(0);
    await expectCountsMatchStatements(db, "after re-applying a correction on re-ingest");

    // Merges: two actors of one kind, two topics, each with statements.
    const current = (await statements()).filter(counted);
    const actorIds = [...new Set(current.flatMap((row) => row.byIds as string[]))];
    const kinds = await kindsOf(actorIds);
    const keep = actorIds.find((id) => actorIds.some((other) => other !== id && kinds.get(other) === kinds.get(id)));
    const gone = actorIds.find((id) => id !== keep && kinds.get(id) === kinds.get(keep as string));
    if (!keep || !gone) throw new Error("no two actors of one kind");
    await repositories.curation.mergeActors(keep, gone, "test");
    await expectCountsMatchStatements(db, "after merging actors");
    const topicIds = [...new Set(current.flatMap((row) => row.topicIds as string[]))];
    await repositories.curation.mergeTopics(topicIds[0] as string, topicIds[1] as string, "test");
    await expectCountsMatchStatements(db, "after merging topics");

    // Re-ingest after the merges: the documents still name the merged-away ids.
    for (const [index, meeting] of meetings.slice(1, 6).entries()) await load(edited(meeting, 3 + index));
    await load(extract(meetings[13] as SyntheticMeeting));
    await expectCountsMatchStatements(db, "after re-ingesting after the merges");
  }, 300_000);

  it("concurrent loads (three at a time, shared counts) leave the same counts as a recount", async () => {
    await wipeDatabase(db);
    await loadCuratedData(db, gazetteer);
    const extractions = generateCorpus({ meetings: 24, seed: 5 }, gazetteer).map(extract);
    let next = 0;
    const worker = async () => {
      while (next < extractions.length) await load(extractions[next++] as Extraction);
    };
    await Promise.all([worker(), worker(), worker()]);
    await expectCountsMatchStatements(db, "after concurrent loads");
  }, 300_000);

  it("new documents of one month and one year add to the counts they share (a load adds, it does not recount)", async () => {
    await wipeDatabase(db);
    await loadCuratedData(db, gazetteer);
    // Copies of meetings re-dated into two months of one year: the same actors, topics and stances
    // meet in counts that already exist (month, then year), and some only in the year.
    const dated = (meeting: SyntheticMeeting, copy: number, date: string): Extraction => {
      const extraction = extractText(`${meeting.text}\nFictieve kopie ${copy}.\n`, `copy-${copy}-${meeting.fileName}`, gazetteer);
      return { ...extraction, document: { ...extraction.document, date }, statements: extraction.statements.map((s) => ({ ...s, date })) };
    };
    const base = meetings.slice(0, 3);
    const copies = [
      ...base.map((m, i) => dated(m, i, "2022-03-07")),
      ...base.map((m, i) => dated(m, 10 + i, "2022-03-21")),
      ...base.map((m, i) => dated(m, 20 + i, "2022-09-12")),
      undated(base[0]!),
    ];
    for (const extraction of copies) expect((await load(extraction)).kind).toBe("loaded");
    const counts = await expectCountsMatchStatements(db, "after new documents sharing counts");
    expect(counts.months.some((m) => Number(m.documents) > 1), "some month count holds several documents").toBe(true);
    expect(counts.years.some((y) => Number(y.months) > 1), "some year count spans several months").toBe(true);
  }, 300_000);

  it("the start-up backfill recreates deleted counts and topicIds identically, and is a no-op on an up-to-date graph", async () => {
    const before = await expectCountsMatchStatements(db, "before dropping the counts");
    const [dropped] = await db.write("load-test-drop-derived-data");
    expect(Number(dropped?.deleted)).toBeGreaterThan(0);
    expect((await storedCounts(db)).months).toEqual([]);
    const filled = await backfillDerivedData(db);
    // Every statement had lost its topicIds, so every one was refreshed.
    const [totals] = await db.read("load-graph-totals");
    expect(filled.statements).toBe(Number(totals?.statements));
    const after = await expectCountsMatchStatements(db, "after the backfill");
    expect(after).toEqual(before);
    expect(await backfillDerivedData(db)).toEqual({ statements: 0, batches: 0 });
  }, 120_000);
});
