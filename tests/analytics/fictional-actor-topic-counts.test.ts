/**
 * Without statement ids the actor–topic network is read from the counts the writes keep
 * (cypher/read-network-actor-topic-counts: YearCount for whole years, MonthCount for whole months,
 * the statements for partial months). It must equal the network aggregated from the statements
 * (cypher/read-network-actor-topic) for every kind of window (whole years, years and months,
 * partial months at both ends, inside one month, one day, open-ended, none, outside the data,
 * empty), duplicate handling and filter: checked on generated FICTIONAL synthetic meetings
 * (bench/corpus, deterministic) plus one undated meeting, in the real Neo4j.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import neo4j from "neo4j-driver";
import type { Database } from "../../src/db/database.js";
import { readGazetteer, extractText } from "../../src/ingest/index.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { createRepositories, type Repositories } from "../../src/repositories/repositories.js";
import type { AnalysisFilter } from "../../src/repositories/analysis.repository.js";
import type { Duplicates, Qualifier } from "../../src/analytics/networks.js";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { connectTestDatabase, connectTestDriver } from "../support/database.js";
import { wipe } from "../api/helpers/load-data.js";

let db: Database;
let repositories: Repositories;
let windows: Record<string, { from: string | null; to: string | null }>;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipe(db);
  const gazetteer = readGazetteer();
  await loadCuratedData(db, gazetteer);
  const meetings = generateCorpus({ meetings: 31, seed: 7 }, gazetteer);
  for (const meeting of meetings.slice(0, 30)) {
    await loadExtraction(db, extractText(meeting.text, meeting.fileName, gazetteer), { timeoutMs: 120_000 });
  }
  const last = meetings[30];
  if (last) {
    const extraction = extractText(last.text, last.fileName, gazetteer);
    const undated = { ...extraction, document: { ...extraction.document, date: null }, statements: extraction.statements.map((s) => ({ ...s, date: null })) };
    await loadExtraction(db, undated, { timeoutMs: 120_000 });
  }
  repositories = createRepositories(db, { timeoutMs: 60_000 });
  // Windows around a day that has statements, so the partial-month cases are not empty.
  const dates = meetings.slice(0, 30).map((meeting) => meeting.date).sort();
  const day = dates[Math.floor(dates.length / 2)] as string;
  const month = day.slice(0, 7);
  windows = {
    "no window": { from: null, to: null },
    "a whole year": { from: "2019-01-01", to: "2019-12-31" },
    "three whole years": { from: "2018-01-01", to: "2020-12-31" },
    "a year and months after it": { from: "2019-01-01", to: "2020-05-31" },
    "months and a year after them": { from: "2018-10-01", to: "2019-12-31" },
    "months inside one year": { from: "2020-02-01", to: "2020-11-30" },
    "partial months at both ends around whole years": { from: "2018-10-15", to: "2021-03-10" },
    "partial months at both ends within a year": { from: "2019-03-15", to: "2019-08-10" },
    "partial months at both ends of adjacent months": { from: `${month}-10`, to: nextMonthDay(month, 9) },
    "inside one month": { from: `${month}-01`, to: day === `${month}-01` ? `${month}-02` : day },
    "one day": { from: day, to: day },
    "from a date on": { from: "2021-06-15", to: null },
    "up to a date": { from: null, to: "2019-06-15" },
    "before the data": { from: "2000-01-01", to: "2005-12-31" },
    "after the data": { from: "2030-01-01", to: "2030-12-31" },
    "empty (from after to)": { from: "2020-01-01", to: "2019-01-01" },
  };
});
afterAll(async () => {
  await db?.close();
});

function nextMonthDay(month: string, day: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return `${next}-${String(day).padStart(2, "0")}`;
}

const noFilter: AnalysisFilter = { actorIds: null, includeMembers: false, topics: null, stances: null, from: null, to: null };
const filters: Record<string, AnalysisFilter> = {
  "no filter": noFilter,
  "an organisation with its members": { ...noFilter, actorIds: ["group:regioburgemeesters"], includeMembers: true },
  "a topic with its narrower topics": { ...noFilter, topics: ["ondermijning"] },
  "two stances": { ...noFilter, stances: ["support", "oppose"] },
};
const duplicates: Duplicates[] = ["statement", "document", "month", "year"];
const qualifiers: Qualifier[] = ["per-stance", "ignore"];

describe("actor–topic network from the kept counts = aggregated from the statements", () => {
  for (const [filterName, base] of Object.entries(filters)) {
    it(`${filterName}: every window and duplicate handling`, async () => {
      let nonEmpty = 0;
      for (const [windowName, window] of Object.entries(windows)) {
        const filter = { ...base, ...window };
        for (const duplicate of duplicates) {
          for (const qualifier of qualifiers) {
            const options = { qualifier, normalisation: "none" as const, duplicates: duplicate, topicLink: "statements" as const };
            const fromStatements = await repositories.analysis.network("actor-topic", filter, options, { statementIds: false, fromCounts: false });
            const fromCounts = await repositories.analysis.network("actor-topic", filter, options, { statementIds: false });
            expect(fromCounts, `${windowName} / ${duplicate} / ${qualifier}`).toEqual(fromStatements);
            if (fromStatements.edges.length > 0) nonEmpty++;
          }
        }
      }
      // Most windows hold data, so the comparisons compare something.
      expect(nonEmpty).toBeGreaterThan(Object.keys(windows).length * duplicates.length * qualifiers.length * 0.6);
    }, 180_000);
  }

  it("the windows exercise every part of the split on this corpus", async () => {
    const options = { qualifier: "ignore" as const, normalisation: "none" as const, duplicates: "statement" as const, topicLink: "statements" as const };
    for (const name of ["a whole year", "months inside one year", "one day", "inside one month", "no window"]) {
      const network = await repositories.analysis.network("actor-topic", { ...noFilter, ...windows[name] }, options, { statementIds: false });
      expect(network.edges.length, name).toBeGreaterThan(0);
    }
    const undatedOnly = await repositories.analysis.network("actor-topic", noFilter, options, { statementIds: false });
    const datedOnly = await repositories.analysis.network("actor-topic", { ...noFilter, from: "0001-01-01" }, options, { statementIds: false });
    const total = (n: { edges: { weight: number }[] }) => n.edges.reduce((sum, e) => sum + e.weight, 0);
    expect(total(undatedOnly), "the undated meeting counts without a window only").toBeGreaterThan(total(datedOnly));
  });
});

// The statement-level query read-actor-positions ran before it read the counts.
const POSITIONS_FROM_STATEMENTS = `
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})<-[:BY|RESOLVED_TO]-(s:Statement)-[:ABOUT]->(t:Topic)
  WITH id, t, s.stance AS stance, count(DISTINCT s) AS count
  RETURN id, t.id AS topic, stance, count`;

describe("actor positions from the kept counts = counted from the statements", () => {
  it("every actor (organisations, offices and groups from counts, persons from statements)", async () => {
    const target = inject("neo4j");
    const driver = connectTestDriver({ disableLosslessIntegers: true });
    try {
      const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
      const actors = await session.run("MATCH (a:Actor) WHERE NOT (a)-[:MERGED_INTO]->() RETURN a.id AS id, a:Person AS person ORDER BY id");
      const ids = actors.records.map((record) => String(record.get("id")));
      const expected = await session.run(POSITIONS_FROM_STATEMENTS, { ids });
      await session.close();
      const key = (id: string, topic: string, stance: string, count: number) => `${id} ${topic} ${stance} ${count}`;
      const want = expected.records.map((r) => key(String(r.get("id")), String(r.get("topic")), String(r.get("stance")), Number(r.get("count")))).sort();
      const got = (await repositories.analysis.actorPositions(ids)).flatMap((rows, index) => rows.map((row) => key(ids[index] as string, row.about.id, row.stance, row.count))).sort();
      expect(got).toEqual(want);
      // Both kinds of actor speak in this corpus, so both branches are compared.
      const speaking = new Set(want.map((line) => line.split(" ")[0] as string));
      const persons = actors.records.filter((r) => r.get("person") === true).map((r) => String(r.get("id")));
      expect(persons.some((id) => speaking.has(id)), "a person with positions").toBe(true);
      expect([...speaking].some((id) => !persons.includes(id)), "a non-person with positions").toBe(true);
      expect(want.length).toBeGreaterThan(50);
    } finally {
      await driver.close();
    }
  });
});
