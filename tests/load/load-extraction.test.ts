import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEARCH_TEXT_VERSION } from "../../src/search/index-text.js";
import type { Database, QueryTransaction } from "../../src/db/database.js";
import { BadDocumentError, ConfigurationError, DatabaseError } from "../../src/errors/app-error.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import type { LoadGateway } from "../../src/load/load-gateway.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { fictionalExtraction, statementStartingWith } from "../fixtures/extractions/fictional-extraction.js";
import { fictionalGazetteer } from "../fixtures/extractions/fictional-gazetteer.js";
import { graphFingerprint } from "./graph-fingerprint.js";

let db: Database;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await wipeDatabase(db);
  await loadCuratedData(db, fictionalGazetteer());
});

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read("count-graph");
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

async function roundTrip(): Promise<{ statements: number; withoutDocument: number; mismatched: number }> {
  const [row] = await db.read("load-check-round-trip");
  return { statements: Number(row?.statements), withoutDocument: Number(row?.withoutDocument), mismatched: Number(row?.mismatched) };
}

/** A gateway whose transactions fail right after the named query ran: a crash mid-document. */
function failingAfter(queryName: string): LoadGateway {
  return {
    readTransaction: (work, options) => db.readTransaction(work, options),
    writeTransaction: (work, options) =>
      db.writeTransaction((tx) => {
        const failing: QueryTransaction = {
          run: async (name, params) => {
            const rows = await tx.run(name, params);
            if (name === queryName) throw new Error(`injected failure after ${name}`);
            return rows;
          },
        };
        return work(failing);
      }, options),
  };
}

/** The gateway reports a failure inside the work as a DatabaseError that keeps the cause. */
async function expectInjectedFailure(loading: Promise<unknown>): Promise<void> {
  const failure = await loading.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(DatabaseError);
  expect(String((failure as Error).cause)).toMatch(/injected failure/);
}

describe("loadExtraction", () => {
  it("loads a fictional extraction with every node and relationship", async () => {
    const curated = await counts();
    // Curated: 6 actors + 3 topics + the CuratedState of the tenures; PART_OF x2, HELD x2, BROADER x2.
    expect(curated).toEqual({ nodes: 10, relationships: 6 });

    const outcome = await loadExtraction(db, fictionalExtraction());
    expect(outcome).toMatchObject({ kind: "loaded", statements: 4, sections: 2, events: 1, actorsCreated: 1, topicsCreated: 1 });

    // + document, meeting, 2 agenda items, 1 event, 4 statements, 1 new actor, 1 new topic.
    // + RECORDS 1, HAS_SECTION 2, HAS_ITEM 2, item ABOUT 2, HAS_EVENT 1, FROM 4, IN 4, BY 3,
    //   RESOLVED_TO 1, ADDRESSED_TO 1, MENTIONS 1, statement ABOUT 4, REFERS_TO 1, new BROADER 1.
    // + the derived actor–topic counts: 3 statements have an actor and a topic, each its own
    //   (actor, topic, stance, month): 3 MonthCount + 3 YearCount nodes, COUNTED_IN x3.
    expect(await counts()).toEqual({ nodes: 10 + 11 + 6, relationships: 6 + 28 + 3 });
    expect(await roundTrip()).toEqual({ statements: 4, withoutDocument: 0, mismatched: 0 });
  });

  it("stores statements as the office spoken AND the person holding it, with their search terms", async () => {
    await loadExtraction(db, fictionalExtraction());
    const statements = await db.read("load-check-statements");
    const bodycams = statements.find((row) => String(row.text).startsWith("De fictieve burgemeester"));
    expect(bodycams).toMatchObject({ byIds: ["office:fictieve-burgemeester"], resolvedToIds: ["person:bram-bedacht"], date: "2024-03-14" });
    const nodes = await db.read("load-check-nodes");
    const cafe = nodes.find((row) => String((row.properties as { text?: string }).text ?? "").startsWith("Het café"));
    // Folded, stemmed, compounds followed by their parts (src/search), and the version that wrote them.
    expect(cafe?.properties).toMatchObject({
      searchText: "het cafeoverleg cafe overleg over jeugdoverlast jeugd overlast word geevalueerd op 2 april",
      searchVersion: SEARCH_TEXT_VERSION,
    });
    expect((cafe?.properties as { documentId: string }).documentId).toBe(fictionalExtraction().document.id);
  });

  it("loading the same document again changes nothing at all", async () => {
    const extraction = fictionalExtraction();
    await loadExtraction(db, extraction);
    const before = await graphFingerprint(db);
    const outcome = await loadExtraction(db, extraction);
    expect(outcome).toEqual({ kind: "unchanged", documentId: extraction.document.id, source: extraction.document.source });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("treats the same text from another source as a duplicate and writes nothing", async () => {
    const extraction = fictionalExtraction();
    await loadExtraction(db, extraction);
    const before = await graphFingerprint(db);
    const copy = { ...extraction, document: { ...extraction.document, source: "fictional/copy-fictional.txt" } };
    expect(await loadExtraction(db, copy)).toMatchObject({ kind: "unchanged", duplicateOf: extraction.document.source });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("replaces an edited version: old statements go, shared entities stay, unused discovered ones go", async () => {
    const first = fictionalExtraction({ version: 1 });
    const second = fictionalExtraction({ version: 2 });
    await loadExtraction(db, first);
    const outcome = await loadExtraction(db, second);
    expect(outcome).toMatchObject({
      kind: "replaced",
      documentId: second.document.id,
      replacedDocumentIds: [first.document.id],
      statementsRemoved: 4,
      statements: 4,
      actorsCreated: 1,
      orphansRemoved: 2,
    });
    const documents = await db.read("load-check-document-counts");
    expect(documents).toEqual([{ id: second.document.id, source: second.document.source, statements: 4, sections: 2, events: 1 }]);
    const statements = await db.read("load-check-statements");
    expect(new Set(statements.map((row) => row.documentId))).toEqual(new Set([second.document.id]));
    const nodes = await db.read("load-check-nodes");
    const ids = new Set(nodes.map((row) => (row.properties as { id: string }).id));
    expect(ids.has("org:verzonnen-vakbond")).toBe(false);
    expect(ids.has("topic:fictieve-privacy")).toBe(false);
    expect(ids.has("org:bedachte-bond")).toBe(true);
    for (const curated of fictionalGazetteer().actors) expect(ids.has(curated.id)).toBe(true);
    expect(ids.has("meeting:Denkbeeldig Overleg:2024-03-14")).toBe(true);
    expect(await roundTrip()).toEqual({ statements: 4, withoutDocument: 0, mismatched: 0 });

    // Loading the first version back replaces again and restores the same graph shape.
    await loadExtraction(db, first);
    expect(await counts()).toEqual({ nodes: 21 + 6, relationships: 34 + 3 }); // + the counts, as in the first test
  });

  it("keeps a discovered actor and topic that another document still uses", async () => {
    await loadExtraction(db, fictionalExtraction({ version: 1 }));
    const other = fictionalExtraction({ version: 1, source: "fictional/ander-overleg-fictional.txt", titleSuffix: " (ander overleg)" });
    await loadExtraction(db, other);
    const outcome = await loadExtraction(db, fictionalExtraction({ version: 2 }));
    expect(outcome).toMatchObject({ kind: "replaced", orphansRemoved: 0 });
    const ids = new Set((await db.read("load-check-nodes")).map((row) => (row.properties as { id: string }).id));
    expect(ids.has("org:verzonnen-vakbond")).toBe(true);
    expect(ids.has("topic:fictieve-privacy")).toBe(true);
    const documents = await db.read("load-check-document-counts");
    expect(documents.map((row) => row.statements)).toEqual([4, 4]);
  });

  it("keeps analysts' corrections across a re-ingest and applies them again", async () => {
    const first = fictionalExtraction({ version: 1 });
    await loadExtraction(db, first);
    const raad = statementStartingWith(first, "De fictieve raad");
    const vakbond = statementStartingWith(first, "De Verzonnen Vakbond");
    await db.write("load-test-correct-statement", { id: "correction:1", statementId: raad.id, field: "stance", newValue: "oppose", by: "fictional analyst", at: "2024-05-01T10:00:00Z" });
    await db.write("load-test-correct-statement", { id: "correction:2", statementId: vakbond.id, field: "stance", newValue: "inform", by: "fictional analyst", at: "2024-05-01T10:01:00Z" });

    const cafe = statementStartingWith(first, "Het café");
    await db.write("load-test-correct-statement", { id: "correction:3", statementId: cafe.id, field: "actors", newValue: "office:fictieve-burgemeester", by: "fictional analyst", at: "2024-05-01T10:02:00Z" });
    await db.write("load-test-correct-statement", { id: "correction:4", statementId: cafe.id, field: "topics", newValue: "topic:fictieve-bodycams,topic:fictieve-veiligheid", by: "fictional analyst", at: "2024-05-01T10:03:00Z" });

    const second = fictionalExtraction({ version: 2 });
    const outcome = await loadExtraction(db, second);
    expect(outcome).toMatchObject({ kind: "replaced", correctionsReapplied: 3, correctionsDetached: 1 });

    const statements = await db.read("load-check-statements");
    const newRaad = statements.find((row) => row.text === raad.text);
    expect(newRaad).toMatchObject({ id: statementStartingWith(second, "De fictieve raad").id, stance: "oppose", correctionIds: ["correction:1"] });
    const newCafe = statements.find((row) => row.text === cafe.text);
    expect(newCafe).toMatchObject({ byIds: ["office:fictieve-burgemeester"], resolvedToIds: ["person:bram-bedacht"] });
    expect([...(newCafe?.topicIds as string[])].sort()).toEqual(["topic:fictieve-bodycams", "topic:fictieve-veiligheid"]);
    const corrections = (await db.read("load-check-nodes")).filter((row) => (row.labels as string[]).includes("Correction"));
    expect(corrections.map((row) => row.properties).sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)))).toMatchObject([
      { id: "correction:1", statementId: newRaad?.id, newValue: "oppose" },
      // The dropped statement's correction is kept, pointing at the id it was made on.
      { id: "correction:2", statementId: vakbond.id, newValue: "inform" },
      { id: "correction:3", statementId: newCafe?.id },
      { id: "correction:4", statementId: newCafe?.id },
    ]);
  });

  it("rolls a document back whole when a query fails mid-document", async () => {
    const before = await graphFingerprint(db);
    await expectInjectedFailure(loadExtraction(failingAfter("load-statements"), fictionalExtraction()));
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("rolls a replacement back whole, keeping the old version", async () => {
    await loadExtraction(db, fictionalExtraction({ version: 1 }));
    const before = await graphFingerprint(db);
    await expectInjectedFailure(loadExtraction(failingAfter("load-remove-orphans"), fictionalExtraction({ version: 2 })));
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("rolls back when the database refuses a value mid-document", async () => {
    const before = await graphFingerprint(db);
    const extraction = fictionalExtraction();
    // Well-formed for the contract, impossible for Cypher's date(): fails in load-events, after
    // the document, actors, topics and sections were written in the same transaction.
    extraction.events[0]!.date = "2024-02-30";
    const failure = await loadExtraction(db, extraction).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseError);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("refuses an inconsistent extraction before writing anything", async () => {
    const extraction = fictionalExtraction();
    extraction.statements[0]!.text = "Een fictieve tekst die niet in het document staat.";
    extraction.statements[1]!.actorIds = ["org:bestaat-niet"];
    await expect(loadExtraction(db, extraction)).rejects.toBeInstanceOf(BadDocumentError);
    expect(await counts()).toEqual({ nodes: 10, relationships: 6 });
  });

  it("resolves an office to the person whose tenure covers the statement date", async () => {
    const cases = [
      { date: "2022-06-01", expected: "person:anna-verzonnen" },
      { date: "2023-12-31", expected: "person:anna-verzonnen" },
      { date: "2024-01-01", expected: "person:bram-bedacht" },
    ];
    for (const { date } of cases) {
      await loadExtraction(db, fictionalExtraction({ date, source: `fictional/tenure-${date}-fictional.txt`, withoutPersonIds: true }));
    }
    const statements = await db.read("load-check-statements");
    for (const { date, expected } of cases) {
      const spoken = statements.find((row) => row.date === date && (row.byIds as string[]).includes("office:fictieve-burgemeester"));
      expect(spoken?.resolvedToIds, date).toEqual([expected]);
    }
    expect(await roundTrip()).toMatchObject({ withoutDocument: 0, mismatched: 0 });
  });
});

describe("loadCuratedData", () => {
  it("is idempotent", async () => {
    const before = await graphFingerprint(db);
    await loadCuratedData(db, fictionalGazetteer());
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("gives curated actors their kind label and does not let extraction overwrite them", async () => {
    await loadExtraction(db, fictionalExtraction());
    const nodes = await db.read("load-check-nodes");
    const office = nodes.find((row) => (row.properties as { id: string }).id === "office:fictieve-burgemeester");
    expect([...(office?.labels as string[])].sort()).toEqual(["Actor", "Office"]);
    expect(office?.properties).toMatchObject({ curated: true, isNew: false, description: "A fictional office.", name: "Fictieve burgemeester van Verzonnenstad" });
    const discovered = nodes.find((row) => (row.properties as { id: string }).id === "org:verzonnen-vakbond");
    expect([...(discovered?.labels as string[])].sort()).toEqual(["Actor", "Organisation"]);
    expect(discovered?.properties).toMatchObject({ curated: false, isNew: true });
  });

  it("refuses a gazetteer with dangling references before writing", async () => {
    const before = await graphFingerprint(db);
    const gazetteer = fictionalGazetteer();
    gazetteer.tenures.push({ personId: "person:niemand", officeId: "office:fictieve-burgemeester", from: "2025-01-01", source: "fictional" });
    await expect(loadCuratedData(db, gazetteer)).rejects.toBeInstanceOf(ConfigurationError);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("follows changes of the gazetteer: a removed tenure goes, a discovered actor becomes curated", async () => {
    await loadExtraction(db, fictionalExtraction());
    const gazetteer = fictionalGazetteer();
    gazetteer.tenures = gazetteer.tenures.slice(0, 1);
    gazetteer.actors.push({ id: "org:verzonnen-vakbond", kind: "organisation", name: "Verzonnen Vakbond", aliases: ["de vakbond"], partOf: "org:fictief-korps" });
    const result = await loadCuratedData(db, gazetteer);
    expect(result.tenuresRemoved).toBe(1);
    const nodes = await db.read("load-check-nodes");
    const vakbond = nodes.find((row) => (row.properties as { id: string }).id === "org:verzonnen-vakbond");
    expect(vakbond?.properties).toMatchObject({ curated: true, isNew: false });
  });
});
