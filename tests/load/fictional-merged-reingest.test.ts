/**
 * Re-ingesting a changed document after analysts merged actors or topics (FICTIONAL data from
 * tests/fixtures/extractions). A merge leaves the merged-away node as a stub with MERGED_INTO;
 * the document still names the old id, and the loader must link its new statements (and
 * PART_OF, BROADER, agenda items, re-applied corrections) to the surviving node, never to the
 * stub, so the API's filters on the kept id find them. Merges go through the GraphQL API, as an
 * analyst would make them.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Database, Row } from "../../src/db/database.js";
import type { Extraction } from "../../src/ingest/extraction.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { wipeDatabase } from "../support/database.js";
import { useTestApi } from "../support/fictional-api.js";
import { withKey, type Api } from "../api/helpers/api-harness.js";
import { fictionalExtraction, statementStartingWith } from "../fixtures/extractions/fictional-extraction.js";
import { fictionalGazetteer } from "../fixtures/extractions/fictional-gazetteer.js";
import { graphFingerprint } from "./graph-fingerprint.js";

let db: Database;
let api: Api;

useTestApi((started) => {
  ({ db, api } = started);
});
beforeEach(async () => {
  await wipeDatabase(db);
  await loadCuratedData(db, fictionalGazetteer());
});

/** The same source with other text: loading it replaces the stored version. */
function editedVersion(version: 1 | 2): Extraction {
  return fictionalExtraction({ version, titleSuffix: " (fictional edit after a merge)" });
}

async function mergeActors(keepId: string, mergeId: string): Promise<void> {
  await api.data(`mutation($keepId: ID!, $mergeId: ID!) { mergeActors(keepId: $keepId, mergeId: $mergeId) { id } }`, { keepId, mergeId }, withKey);
}

async function mergeTopics(keepId: string, mergeId: string): Promise<void> {
  await api.data(`mutation($keepId: ID!, $mergeId: ID!) { mergeTopics(keepId: $keepId, mergeId: $mergeId) { id } }`, { keepId, mergeId }, withKey);
}

/** Every relationship touching a node, as "from TYPE to". */
async function relationshipsOf(id: string): Promise<string[]> {
  const relationships = await db.read("load-check-relationships");
  return relationships
    .filter((row) => row.from === id || row.to === id)
    .map((row) => `${String(row.from)} ${String(row.type)} ${String(row.to)}`)
    .sort();
}

/** A stub keeps its MERGED_INTO to the survivor and nothing else: no statement, item or taxonomy link. */
async function expectStub(stubId: string, survivorId: string): Promise<void> {
  expect(await relationshipsOf(stubId), stubId).toEqual([`${stubId} MERGED_INTO ${survivorId}`]);
}

async function statementWithText(text: string): Promise<Row> {
  const statement = (await db.read("load-check-statements")).find((row) => row.text === text);
  if (!statement) throw new Error(`no statement with text ${text}`);
  return statement;
}

async function relationshipTargets(fromId: string, type: string): Promise<string[]> {
  const relationships = await db.read("load-check-relationships");
  return relationships
    .filter((row) => row.from === fromId && row.type === type)
    .map((row) => String(row.to))
    .sort();
}

const STATEMENTS = `query($filter: StatementFilter) { statements(filter: $filter, first: 50) { totalCount edges { node { id text } } } }`;

async function statementTexts(filter: Record<string, unknown>): Promise<string[]> {
  const data = await api.data(STATEMENTS, { filter });
  return (data.statements.edges as { node: { text: string } }[]).map((edge) => edge.node.text).sort();
}

describe("re-ingest after mergeActors", () => {
  it("links BY, MENTIONS and RESOLVED_TO of the changed version to the kept actors, none to the stubs", async () => {
    const first = fictionalExtraction({ version: 1 });
    await loadExtraction(db, first);
    await mergeActors("org:fictief-korps", "org:verzonnen-vakbond");
    await mergeActors("org:fictief-korps", "org:fictieve-gemeente");
    await mergeActors("person:anna-verzonnen", "person:bram-bedacht");

    const edited = editedVersion(1);
    const outcome = await loadExtraction(db, edited);
    expect(outcome).toMatchObject({ kind: "replaced", documentId: edited.document.id, statements: 4, orphansRemoved: 0 });

    const vakbond = statementStartingWith(edited, "De Verzonnen Vakbond");
    expect(await statementWithText(vakbond.text)).toMatchObject({ id: vakbond.id, documentId: edited.document.id, byIds: ["org:fictief-korps"] });
    // The extraction resolved the office to Bram (merged into Anna); the tenures, moved by the merge, say Anna too.
    const bodycams = statementStartingWith(edited, "De fictieve burgemeester");
    expect(await statementWithText(bodycams.text)).toMatchObject({ byIds: ["office:fictieve-burgemeester"], resolvedToIds: ["person:anna-verzonnen"] });
    expect(await relationshipTargets(statementStartingWith(edited, "Het café").id, "MENTIONS")).toEqual(["org:fictief-korps"]);

    await expectStub("org:verzonnen-vakbond", "org:fictief-korps");
    await expectStub("org:fictieve-gemeente", "org:fictief-korps");
    await expectStub("person:bram-bedacht", "person:anna-verzonnen");

    // The API finds the new statement by the kept id, and by the merged id (which resolves to it).
    expect(await statementTexts({ actors: ["org:fictief-korps"], document: edited.document.id })).toEqual([vakbond.text]);
    expect(await statementTexts({ actors: ["org:verzonnen-vakbond"], document: edited.document.id })).toEqual([vakbond.text]);
    expect(await statementTexts({ persons: ["person:anna-verzonnen"], document: edited.document.id })).toEqual([bodycams.text]);
  });

  it("links PART_OF of a discovered actor to the kept organisation, not to the stub", async () => {
    await loadExtraction(db, fictionalExtraction({ version: 2 }));
    expect(await relationshipTargets("org:bedachte-bond", "PART_OF")).toEqual(["org:fictief-korps"]);
    await mergeActors("org:fictieve-gemeente", "org:fictief-korps");

    const edited = editedVersion(2);
    expect(await loadExtraction(db, edited)).toMatchObject({ kind: "replaced", statements: 4 });
    expect(await relationshipTargets("org:bedachte-bond", "PART_OF")).toEqual(["org:fictieve-gemeente"]);
    await expectStub("org:fictief-korps", "org:fictieve-gemeente");
    const bond = statementStartingWith(edited, "De Bedachte Bond");
    expect(await statementTexts({ actors: ["org:bedachte-bond"], document: edited.document.id })).toEqual([bond.text]);
  });

  it("follows a MERGED_INTO chain of any depth to the actor that survives", async () => {
    await loadExtraction(db, fictionalExtraction({ version: 1 }));
    // The mutation re-points earlier stubs at the kept node, so it never leaves a chain; older
    // data or a future merge path might, and the loader must not depend on it being flat.
    await mergeActors("org:fictieve-gemeente", "org:verzonnen-vakbond");
    await mergeActors("org:fictief-korps", "org:fictieve-gemeente");
    expect(await relationshipsOf("org:verzonnen-vakbond")).toEqual(["org:verzonnen-vakbond MERGED_INTO org:fictief-korps"]);
    // Rebuild the chain vakbond -> gemeente -> korps by hand (test-only query).
    await db.write("load-test-merged-into", { fromId: "org:verzonnen-vakbond", toId: "org:fictieve-gemeente" });
    const chainStart = await relationshipsOf("org:verzonnen-vakbond");
    expect(chainStart).toContain("org:verzonnen-vakbond MERGED_INTO org:fictieve-gemeente");

    const edited = editedVersion(1);
    await loadExtraction(db, edited);
    const vakbond = statementStartingWith(edited, "De Verzonnen Vakbond");
    expect(await statementWithText(vakbond.text)).toMatchObject({ byIds: ["org:fictief-korps"] });
    expect(await relationshipTargets(statementStartingWith(edited, "Het café").id, "MENTIONS")).toEqual(["org:fictief-korps"]);
    // Neither link in the chain got anything but its MERGED_INTO edges.
    expect(await relationshipsOf("org:verzonnen-vakbond")).toEqual(chainStart);
    expect((await relationshipsOf("org:fictieve-gemeente")).filter((line) => !line.includes(" MERGED_INTO "))).toEqual([]);
  });

  it("re-applies a correction made before the merge to the kept actor; an unchanged re-ingest changes nothing", async () => {
    const first = fictionalExtraction({ version: 1 });
    await loadExtraction(db, first);
    const raad = statementStartingWith(first, "De fictieve raad");
    await db.write("load-test-correct-statement", { id: "correction:fictional-1", statementId: raad.id, field: "actors", newValue: "org:verzonnen-vakbond", by: "fictional analyst", at: "2024-05-01T10:00:00Z" });
    await db.write("load-test-correct-statement", { id: "correction:fictional-2", statementId: raad.id, field: "stance", newValue: "oppose", by: "fictional analyst", at: "2024-05-01T10:01:00Z" });
    await mergeActors("org:fictief-korps", "org:verzonnen-vakbond");

    const edited = editedVersion(1);
    expect(await loadExtraction(db, edited)).toMatchObject({ kind: "replaced", correctionsReapplied: 2, correctionsDetached: 0 });
    expect(await statementWithText(raad.text)).toMatchObject({
      id: statementStartingWith(edited, "De fictieve raad").id,
      stance: "oppose",
      byIds: ["org:fictief-korps"],
      correctionIds: expect.arrayContaining(["correction:fictional-1", "correction:fictional-2"]),
    });
    await expectStub("org:verzonnen-vakbond", "org:fictief-korps");

    const before = await graphFingerprint(db);
    expect(await loadExtraction(db, edited)).toEqual({ kind: "unchanged", documentId: edited.document.id, source: edited.document.source });
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe("re-ingest after mergeTopics", () => {
  it("links statement ABOUT, agenda item ABOUT and BROADER to the kept topics, none to the stubs", async () => {
    await loadExtraction(db, fictionalExtraction({ version: 1 }));
    await mergeTopics("topic:fictieve-jeugdoverlast", "topic:fictieve-privacy");
    await mergeTopics("topic:fictieve-veiligheid", "topic:fictieve-bodycams");

    const edited = editedVersion(1);
    expect(await loadExtraction(db, edited)).toMatchObject({ kind: "replaced", statements: 4, orphansRemoved: 0 });
    const vakbond = statementStartingWith(edited, "De Verzonnen Vakbond");
    expect(await statementWithText(vakbond.text)).toMatchObject({ id: vakbond.id, topicIds: ["topic:fictieve-jeugdoverlast"] });
    const bodycams = statementStartingWith(edited, "De fictieve burgemeester");
    expect(await statementWithText(bodycams.text)).toMatchObject({ topicIds: ["topic:fictieve-veiligheid"] });
    expect(await relationshipTargets(`${edited.document.id}:s0`, "ABOUT")).toEqual(["topic:fictieve-veiligheid"]);

    await expectStub("topic:fictieve-privacy", "topic:fictieve-jeugdoverlast");
    await expectStub("topic:fictieve-bodycams", "topic:fictieve-veiligheid");

    const jeugdoverlast = edited.statements.filter((statement) => statement.topicIds.some((id) => id === "topic:fictieve-jeugdoverlast" || id === "topic:fictieve-privacy"));
    expect(await statementTexts({ topics: ["topic:fictieve-jeugdoverlast"], document: edited.document.id })).toEqual(jeugdoverlast.map((statement) => statement.text).sort());
    expect(await statementTexts({ topics: ["topic:fictieve-jeugdoverlast"], document: edited.document.id })).toContain(vakbond.text);
  });

  it("keeps BROADER of a discovered topic off the stub and free of self-loops", async () => {
    await loadExtraction(db, fictionalExtraction({ version: 1 }));
    // privacy (discovered) is narrower than veiligheid; merging veiligheid into privacy makes the
    // document's "privacy BROADER veiligheid" name one surviving topic at both ends.
    await mergeTopics("topic:fictieve-privacy", "topic:fictieve-veiligheid");
    const edited = editedVersion(1);
    expect(await loadExtraction(db, edited)).toMatchObject({ kind: "replaced" });
    expect(await relationshipTargets("topic:fictieve-privacy", "BROADER")).toEqual([]);
    await expectStub("topic:fictieve-veiligheid", "topic:fictieve-privacy");
  });

  it("follows a MERGED_INTO chain of any depth, and re-applies a topic correction made before the merge", async () => {
    const first = fictionalExtraction({ version: 1 });
    await loadExtraction(db, first);
    const cafe = statementStartingWith(first, "Het café");
    await db.write("load-test-correct-statement", { id: "correction:fictional-3", statementId: cafe.id, field: "topics", newValue: "topic:fictieve-privacy", by: "fictional analyst", at: "2024-05-01T10:00:00Z" });
    await mergeTopics("topic:fictieve-bodycams", "topic:fictieve-privacy");
    await mergeTopics("topic:fictieve-jeugdoverlast", "topic:fictieve-bodycams");
    await db.write("load-test-merged-into", { fromId: "topic:fictieve-privacy", toId: "topic:fictieve-bodycams" });

    const edited = editedVersion(1);
    expect(await loadExtraction(db, edited)).toMatchObject({ kind: "replaced", correctionsReapplied: 1 });
    const vakbond = statementStartingWith(edited, "De Verzonnen Vakbond");
    expect(await statementWithText(vakbond.text)).toMatchObject({ topicIds: ["topic:fictieve-jeugdoverlast"] });
    expect(await statementWithText(cafe.text)).toMatchObject({ topicIds: ["topic:fictieve-jeugdoverlast"], correctionIds: ["correction:fictional-3"] });
    expect((await relationshipsOf("topic:fictieve-privacy")).filter((line) => !line.includes(" MERGED_INTO "))).toEqual([]);
    expect((await relationshipsOf("topic:fictieve-bodycams")).filter((line) => !line.includes(" MERGED_INTO "))).toEqual([]);
  });
});
