/**
 * Office holders over time, end to end: fictional minutes dated the day before, on and after a
 * handover are ingested with the real gazetteer (as `npm start` does) and asked about over HTTP;
 * a person's positions, timeline and position changes span the offices they held; days without a
 * sourced holder resolve to no one; and when the tenures change, the next load of the curated data
 * re-resolves the stored statements in one transaction, reports how many moved, and keeps the
 * analysts' corrections.
 *
 * Every document here is fictional (file names and text say so): the sentences are invented and
 * were never said by anyone; they only test to whom the office resolves on the date.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { readGazetteer, type Gazetteer } from "../../src/ingest/index.js";
import { ingestPaths } from "../../src/load/ingest-paths.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { connectTestDatabase } from "../support/database.js";
import { startApi, withKey, type Api } from "./helpers/api-harness.js";
import { wipe } from "./helpers/load-data.js";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** A fictional LOVP-style note dated `date` (ISO) with the given sentences under one heading. */
function fictionalNote(date: string, sentences: string[]): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return [
    `Fictieve bestuurlijke terugkoppeling LOVP ${day} ${MONTHS[month - 1]} ${year}`,
    "",
    "Dit document is fictief en alleen bedoeld als testfixture; de uitspraken zijn verzonnen.",
    "",
    "Cybercrime",
    "",
    sentences.join(" "),
    "",
  ].join("\n");
}

const DOCUMENTS: Record<string, string[]> = {
  "2016-02-15": ["De korpschef vraagt aandacht voor de fictieve aanpak van cybercrime."],
  "2018-12-03": ["De NCTV vraagt aandacht voor de fictieve aanpak van cybercrime."],
  "2020-03-31": ["De korpschef steunt de fictieve aanpak van cybercrime."],
  "2020-04-01": ["De korpschef steunt de fictieve aanpak van cybercrime.", "De korpschef vraagt aandacht voor de fictieve meldkamer."],
  "2020-05-01": ["De korpschef maakt zich zorgen over de fictieve aanpak van cybercrime."],
  "2020-06-30": ["De burgemeester van Utrecht steunt de fictieve aanpak van cybercrime.", "De burgemeester van Den Haag steunt de fictieve aanpak van cybercrime."],
  "2020-07-01": ["De burgemeester van Den Haag maakt zich zorgen over de fictieve aanpak van cybercrime.", "De burgemeester van Utrecht steunt de fictieve aanpak van cybercrime."],
};

let db: Database;
let api: Api;
let dir: string | undefined;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipe(db);
  dir = mkdtempSync(path.join(tmpdir(), "fictional-handover-"));
  for (const [date, sentences] of Object.entries(DOCUMENTS)) writeFileSync(path.join(dir, `fictional-lovp-${date}.txt`), fictionalNote(date, sentences));
  const report = await ingestPaths(db, [dir]);
  expect(report.documents.filter((document) => document.status !== "loaded")).toEqual([]);
  api = await startApi({ database: db });
}, 300_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Row {
  id: string;
  date: string;
  text: string;
  speakers: { id: string }[];
  persons: { id: string }[];
}

async function statementsBy(office: string): Promise<Row[]> {
  const data = await api.data(`query($office: ID!) { statements(filter: { offices: [$office] }, first: 100) { edges { node { id date text speakers { id } persons { id } } } } }`, { office });
  return data.statements.edges.map((edge: { node: Row }) => edge.node);
}

const personsByDate = (rows: Row[]) => rows.map((row) => [row.date, row.persons.map((person) => person.id)]);

describe("handover on the day", () => {
  it("the korpschef the day before, on and after the handover to the acting and then the appointed korpschef", async () => {
    expect(personsByDate(await statementsBy("office:korpschef"))).toEqual([
      ["2016-02-15", []], // only an unconfirmed candidate: no person
      ["2020-03-31", ["person:erik-akerboom"]],
      ["2020-04-01", ["person:henk-van-essen"]],
      ["2020-04-01", ["person:henk-van-essen"]],
      ["2020-05-01", ["person:henk-van-essen"]],
    ]);
  });

  it("the mayors of Utrecht and Den Haag on 30 June and 1 July 2020, when Van Zanen moved", async () => {
    expect(personsByDate(await statementsBy("office:burgemeester-utrecht"))).toEqual([
      ["2020-06-30", ["person:jan-van-zanen"]],
      ["2020-07-01", ["person:peter-den-oudsten"]],
    ]);
    expect(personsByDate(await statementsBy("office:burgemeester-den-haag"))).toEqual([
      ["2020-06-30", ["person:johan-remkes"]],
      ["2020-07-01", ["person:jan-van-zanen"]],
    ]);
  });

  it("unknown is an answer: persons empty and holderOn null, never the nearest holder", async () => {
    expect(personsByDate(await statementsBy("office:nctv"))).toEqual([["2018-12-03", []]]);
    const data = await api.data(`{
      nctv: actor(id: "office:nctv") { ... on Office { before: holderOn(date: "2018-11-14") { id } gap: holderOn(date: "2018-12-03") { id } tenureOn(date: "2018-12-03") { from } } }
      korpschef: actor(id: "office:korpschef") { ... on Office {
        unconfirmed: holderOn(date: "2016-02-15") { id }
        acting: tenureOn(date: "2020-04-01") { person { id } acting status from to source }
        holders { person { id } from to acting status }
      } }
    }`);
    expect(data.nctv).toEqual({ before: { id: "person:dick-schoof" }, gap: null, tenureOn: null });
    expect(data.korpschef.unconfirmed).toBeNull();
    expect(data.korpschef.acting).toEqual({
      person: { id: "person:henk-van-essen" },
      acting: true,
      status: "CONFIRMED",
      from: "2020-04-01",
      to: "2020-04-30",
      source: "https://nieuws.nl/algemeen/20200131/nieuwe-aivd-baas-akerboom-altijd-verbonden-met-politie/",
    });
    expect(data.korpschef.holders).toContainEqual({ person: { id: "person:ruud-bik" }, from: "2016-02-01", to: "2016-02-29", acting: true, status: "UNCONFIRMED" });
  });

  it("a person's offices, positions, timeline and position changes span the offices and dates they held", async () => {
    const data = await api.data(`{
      actor(id: "person:jan-van-zanen") { ... on Person {
        offices { office { id } from to }
        positions { topic { id } total stances { stance count } statements { date speakers { id } } }
      } }
      timeline(actors: ["person:jan-van-zanen"], period: MONTH) { period total }
      positionChanges(actors: ["person:jan-van-zanen"]) { actor { id } topic { id } fromStance toStance before { date speakers { id } } after { date speakers { id } } }
    }`);
    expect(data.actor.offices).toEqual([
      { office: { id: "office:burgemeester-utrecht" }, from: "2014-01-01", to: "2020-06-30" },
      { office: { id: "office:burgemeester-den-haag" }, from: "2020-07-01", to: null },
    ]);
    const cybercrime = data.actor.positions.find((position: { topic: { id: string } }) => position.topic.id === "topic:cybercrime");
    expect(cybercrime.total).toBe(2);
    expect(cybercrime.statements).toEqual([
      { date: "2020-06-30", speakers: [{ id: "office:burgemeester-utrecht" }] },
      { date: "2020-07-01", speakers: [{ id: "office:burgemeester-den-haag" }] },
    ]);
    expect(data.timeline.filter((bucket: { total: number }) => bucket.total > 0)).toEqual([
      { period: "2020-06", total: 1 },
      { period: "2020-07", total: 1 },
    ]);
    expect(data.positionChanges).toContainEqual({
      actor: { id: "person:jan-van-zanen" },
      topic: { id: "topic:cybercrime" },
      fromStance: "SUPPORT",
      toStance: "CONCERN",
      before: { date: "2020-06-30", speakers: [{ id: "office:burgemeester-utrecht" }] },
      after: { date: "2020-07-01", speakers: [{ id: "office:burgemeester-den-haag" }] },
    });
    // Van Essen: acting from 1 April, appointed from 1 May 2020; his positions hold both.
    const essen = await api.data(`{ statements(filter: { persons: ["person:henk-van-essen"] }) { totalCount } }`);
    expect(essen.statements.totalCount).toBe(3);
  });
});

describe("statements follow the tenures", () => {
  /** The real gazetteer with Akerboom's last day moved to 2020-04-01 and Van Essen's acting start to 2020-04-02 (a test-only edit). */
  function withCorrectedHandover(): Gazetteer {
    const gazetteer = readGazetteer();
    const tenures = gazetteer.tenures.map((tenure) => {
      if (tenure.personId === "person:erik-akerboom" && tenure.officeId === "office:korpschef") return { ...tenure, to: "2020-04-01" };
      if (tenure.personId === "person:henk-van-essen" && tenure.acting) return { ...tenure, from: "2020-04-02" };
      return tenure;
    });
    return { ...gazetteer, tenures };
  }

  it("re-resolves on the next load when a date changes, reports how many moved, keeps corrections, and does nothing when nothing changed", async () => {
    const onHandoverDay = (await statementsBy("office:korpschef")).filter((row) => row.date === "2020-04-01");
    expect(onHandoverDay).toHaveLength(2);
    // An analyst says one of them was not the korpschef's but the minister's.
    const [corrected, plain] = onHandoverDay as [Row, Row];
    await api.data(`mutation($id: ID!) { correctStatement(id: $id, actorIds: ["office:minister-jenv"], by: "fictieve analist") { id } }`, { id: corrected.id }, withKey);

    const changed = await loadCuratedData(db, withCorrectedHandover());
    expect(changed.reResolved?.moved).toBe(1);
    expect(changed.reResolved?.statements).toBeGreaterThanOrEqual(9);
    const check = async (id: string) => (await api.data(`query($id: ID!) { statement(id: $id) { speakers { id } persons { id } corrections { field newValue } } }`, { id })).statement;
    expect(await check(plain.id)).toMatchObject({ speakers: [{ id: "office:korpschef" }], persons: [{ id: "person:erik-akerboom" }] });
    // The correction stays as it was: spoken by the minister, resolved to the minister of that day.
    expect(await check(corrected.id)).toEqual({
      speakers: [{ id: "office:minister-jenv" }],
      persons: [{ id: "person:ferd-grapperhaus" }],
      corrections: [{ field: "actors", newValue: "office:minister-jenv" }],
    });
    const holder = await api.data(`{ actor(id: "office:korpschef") { ... on Office { holderOn(date: "2020-04-01") { id } } } }`);
    expect(holder.actor.holderOn).toEqual({ id: "person:erik-akerboom" });

    // The same tenures again: nothing to re-resolve.
    expect((await loadCuratedData(db, withCorrectedHandover())).reResolved).toBeUndefined();
    // Back to the sourced tenures: the statement moves back, the correction still stays.
    const restored = await loadCuratedData(db, readGazetteer());
    expect(restored.reResolved?.moved).toBe(1);
    expect(await check(plain.id)).toMatchObject({ persons: [{ id: "person:henk-van-essen" }] });
    expect((await check(corrected.id)).speakers).toEqual([{ id: "office:minister-jenv" }]);
  });
});
