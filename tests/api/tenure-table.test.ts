/**
 * The whole tenure table of seeds/gazetteer, loaded as on a fresh clone and asked over HTTP:
 * `Office.holderOn` on the first and last day of every sourced (confirmed or month-only) tenure,
 * and the Popolo export (the `exportPopolo` query and `kg export --popolo`) checked against the
 * Popolo field names and against every tenure of the gazetteer.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportToFiles, parseExportArguments } from "../../src/cli/commands/export.js";
import type { Database } from "../../src/db/database.js";
import type { PopoloDocument } from "../../src/export/popolo.js";
import { readGazetteer, type Gazetteer, type Tenure } from "../../src/ingest/index.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { connectTestDatabase } from "../support/database.js";
import { startApi, type Api } from "./helpers/api-harness.js";
import { wipe } from "./helpers/load-data.js";

let db: Database;
let api: Api;
let gazetteer: Gazetteer;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipe(db);
  gazetteer = readGazetteer();
  await loadCuratedData(db, gazetteer);
  api = await startApi({ database: db });
}, 300_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const TODAY = new Date().toISOString().slice(0, 10);
const sourced = (tenure: Tenure) => tenure.status !== "unconfirmed";
const covers = (tenure: Tenure, day: string) => tenure.from <= day && (tenure.to === undefined || day <= tenure.to);

/**
 * Who the gazetteer says answers on a day a tenure covers: the tenure's own person, unless another
 * sourced acting tenure of the office covers the day too (the acting holder answers then), or the
 * office is shared with another sourced holder that day (no one can be named).
 */
function expectedHolder(tenure: Tenure, day: string): string | null {
  const others = gazetteer.tenures.filter((other) => other !== tenure && other.officeId === tenure.officeId && sourced(other) && covers(other, day));
  const acting = others.filter((other) => other.acting && other.personId !== tenure.personId);
  if (!tenure.acting && acting.length === 1) return acting[0]!.personId;
  if (others.some((other) => other.personId !== tenure.personId && other.acting === tenure.acting)) return null;
  return tenure.personId;
}

describe("Office.holderOn over the whole tenure table", () => {
  it("answers right on the first and last day of every sourced tenure", async () => {
    const checks = gazetteer.tenures.filter(sourced).flatMap((tenure) =>
      [tenure.from, tenure.to ?? TODAY].filter((day) => day <= TODAY).map((day) => ({ tenure, day, expected: expectedHolder(tenure, day) })),
    );
    expect(checks.length).toBeGreaterThan(90);
    // One request: an alias per check.
    const fields = checks.map((check, i) => `c${i}: actor(id: "${check.tenure.officeId}") { ... on Office { holderOn(date: "${check.day}") { id } } }`);
    const data = await api.data(`{ ${fields.join("\n")} }`);
    const wrong = checks
      .map((check, i) => ({ office: check.tenure.officeId, day: check.day, expected: check.expected, got: data[`c${i}`]?.holderOn?.id ?? null }))
      .filter((answer) => answer.got !== answer.expected);
    expect(wrong).toEqual([]);
    // The walk is not trivial: acting holders answer on overlap days, co-holders leave it open.
    expect(checks.some((check) => check.expected !== check.tenure.personId)).toBe(true);
  });

  it("says who was korpschef on the days the README names", async () => {
    const data = await api.data(`{ actor(id: "office:korpschef") { ... on Office {
      a: holderOn(date: "2019-09-16") { id } b: holderOn(date: "2021-06-01") { id } c: holderOn(date: "2024-07-01") { id } } } }`);
    expect(data.actor).toEqual({ a: { id: "person:erik-akerboom" }, b: { id: "person:henk-van-essen" }, c: { id: "person:janny-knol" } });
  });
});

/** Popolo's field names (popoloproject.com/specs) of the four kinds this export writes. */
const POPOLO_FIELDS = {
  person: ["id", "name", "other_names", "identifiers", "family_name", "given_name", "email", "gender", "birth_date", "death_date", "image", "summary", "biography", "links", "contact_details", "sources", "memberships"],
  organization: ["id", "name", "other_names", "identifiers", "classification", "parent_id", "area_id", "founding_date", "dissolution_date", "image", "contact_details", "links", "sources"],
  post: ["id", "label", "other_label", "role", "organization_id", "area_id", "start_date", "end_date", "contact_details", "links", "sources"],
  membership: ["id", "label", "role", "person_id", "organization_id", "post_id", "on_behalf_of_id", "area_id", "start_date", "end_date", "contact_details", "links", "sources"],
  link: ["url", "note"],
  otherName: ["name", "family_name", "given_name", "note", "start_date", "end_date"],
};

function expectPopolo(document: PopoloDocument): void {
  expect(Object.keys(document).sort()).toEqual(["memberships", "organizations", "persons", "posts"]);
  const fieldsOf = (items: object[], allowed: string[], kind: string) => {
    for (const item of items) for (const key of Object.keys(item)) expect(allowed, `${kind} field ${key}`).toContain(key);
  };
  fieldsOf(document.persons, POPOLO_FIELDS.person, "person");
  fieldsOf(document.organizations, POPOLO_FIELDS.organization, "organization");
  fieldsOf(document.posts, POPOLO_FIELDS.post, "post");
  fieldsOf(document.memberships, POPOLO_FIELDS.membership, "membership");
  const all = [...document.persons, ...document.organizations, ...document.posts, ...document.memberships];
  fieldsOf(all.flatMap((item) => ("sources" in item ? (item.sources ?? []) : [])), POPOLO_FIELDS.link, "link");
  fieldsOf(all.flatMap((item) => ("other_names" in item ? (item.other_names ?? []) : [])), POPOLO_FIELDS.otherName, "other name");
  for (const link of all.flatMap((item) => ("sources" in item ? (item.sources ?? []) : []))) expect(link.url).toMatch(/^https?:\/\/\S+$/);
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  for (const item of [...document.posts, ...document.memberships]) {
    if (item.start_date !== undefined) expect(item.start_date).toMatch(isoDate);
    if (item.end_date !== undefined) expect(item.end_date).toMatch(isoDate);
  }
  // Every reference names an object of the document.
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const persons = ids(document.persons);
  const organizations = ids(document.organizations);
  const posts = ids(document.posts);
  for (const organization of document.organizations) if (organization.parent_id) expect(organizations.has(organization.parent_id), organization.id).toBe(true);
  for (const post of document.posts) if (post.organization_id) expect(organizations.has(post.organization_id), post.id).toBe(true);
  for (const membership of document.memberships) {
    expect(persons.has(membership.person_id), membership.id).toBe(true);
    expect(posts.has(membership.post_id), membership.id).toBe(true);
    if (membership.organization_id) expect(organizations.has(membership.organization_id), membership.id).toBe(true);
  }
  expect(new Set(document.memberships.map((membership) => membership.id)).size).toBe(document.memberships.length);
}

function expectEveryTenure(document: PopoloDocument): void {
  const memberships = document.memberships.map((m) => [m.person_id, m.post_id, m.start_date ?? null, m.end_date ?? null]);
  const tenures = gazetteer.tenures.map((t) => [t.personId, t.officeId, t.from, t.to ?? null]);
  expect(memberships.sort()).toEqual(tenures.sort());
}

describe("Popolo export", () => {
  it("exportPopolo writes persons, organizations, posts and memberships with Popolo's field names and every tenure", async () => {
    const data = await api.data(`{ exportPopolo { filename mediaType content } }`);
    expect(data.exportPopolo.filename).toBe("popolo.json");
    expect(data.exportPopolo.mediaType).toBe("application/json; charset=utf-8");
    const document = JSON.parse(data.exportPopolo.content) as PopoloDocument;
    expectPopolo(document);
    expectEveryTenure(document);
    const korpschef = document.posts.find((post) => post.id === "office:korpschef");
    expect(korpschef).toMatchObject({ label: "korpschef", organization_id: "org:politie", start_date: "2013-01-01" });
    expect(document.organizations.find((organization) => organization.id === "org:landelijke-eenheid")?.parent_id).toBe("org:politie");
    const acting = document.memberships.find((membership) => membership.person_id === "person:henk-van-essen" && membership.start_date === "2020-04-01");
    expect(acting).toMatchObject({ post_id: "office:korpschef", organization_id: "org:politie", end_date: "2020-04-30", label: "korpschef, acting" });
    expect(acting?.sources?.[0]).toMatchObject({ url: "https://nieuws.nl/algemeen/20200131/nieuwe-aivd-baas-akerboom-altijd-verbonden-met-politie/", note: expect.stringMatching(/^status: confirmed/) });
    const bik = document.memberships.find((membership) => membership.person_id === "person:ruud-bik");
    expect(bik?.label).toBe("korpschef, acting (unconfirmed)");
    expect(document.persons.find((person) => person.id === "person:dilan-yesilgoz")?.other_names).toContainEqual({ name: "Yesilgoz" });
  });

  it("kg export --popolo --out FILE writes the same document", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "popolo-"));
    try {
      const out = path.join(dir, "fictional-run-popolo.json");
      expect(await exportToFiles(db, parseExportArguments(["--popolo", "--out", out]), 60_000)).toEqual([out]);
      const document = JSON.parse(readFileSync(out, "utf8")) as PopoloDocument;
      expectPopolo(document);
      expectEveryTenure(document);
      expect(() => parseExportArguments(["--popolo", "--out", out, "--format", "gexf"])).toThrow(/--popolo takes only --out FILE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
