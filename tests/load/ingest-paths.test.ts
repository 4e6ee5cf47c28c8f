/**
 * Ingest of real files through the real extraction: the seed, a folder with a corrupt file, and
 * unchanged documents skipped. Fictional documents are generated into temp folders at run time.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import type { Database, QueryTransaction } from "../../src/db/database.js";
import { extractFile, readGazetteer } from "../../src/ingest/index.js";
import { ingestPaths } from "../../src/load/ingest-paths.js";
import type { LoadGateway } from "../../src/load/load-gateway.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { writeFictionalCorpus } from "../fixtures/extractions/fictional-corpus.js";
import { graphFingerprint } from "./graph-fingerprint.js";

const SEED_DOCUMENTS = path.join(projectRoot, "seeds", "documents");

let db: Database;
let temp: string;

beforeAll(async () => {
  db = await connectTestDatabase();
  temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-ingest-"));
});
afterAll(async () => {
  await db?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});
beforeEach(async () => {
  await wipeDatabase(db);
});

async function documentCounts(): Promise<Map<string, number>> {
  const rows = await db.read("load-check-document-counts");
  return new Map(rows.map((row) => [String(row.source), Number(row.statements)]));
}

describe("ingestPaths", () => {
  it("loads the seed with the statement counts of its extraction, then skips it as unchanged", async () => {
    const report = await ingestPaths(db, [SEED_DOCUMENTS]);
    expect(report.totals).toMatchObject({ failed: 0, loaded: report.documents.length });
    expect(report.documents.length).toBeGreaterThan(0);

    const gazetteer = readGazetteer();
    const stored = await documentCounts();
    for (const document of report.documents) {
      const extraction = await extractFile(document.path, gazetteer);
      expect(document.statements, document.source).toBe(extraction.statements.length);
      expect(stored.get(document.source), document.source).toBe(extraction.statements.length);
    }
    const [roundTrip] = await db.read("load-check-round-trip");
    expect(roundTrip).toMatchObject({ withoutDocument: 0, mismatched: 0 });

    const before = await graphFingerprint(db);
    const again = await ingestPaths(db, [SEED_DOCUMENTS]);
    expect(again.totals).toMatchObject({ unchanged: report.documents.length, loaded: 0, failed: 0, statements: 0 });
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it("loads the good documents of a folder and reports the corrupt one", async () => {
    const folder = path.join(temp, "with-corrupt");
    await writeFictionalCorpus(folder, { documents: 3, seed: 7 });
    await writeFile(path.join(folder, "corrupt-fictional.txt"), Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x01]));
    const report = await ingestPaths(db, [folder, path.join(temp, "does-not-exist")]);
    expect(report.totals).toMatchObject({ loaded: 3, failed: 2 });
    const failed = report.documents.filter((document) => document.status === "failed");
    expect(failed.map((document) => path.basename(document.source)).sort()).toEqual(["corrupt-fictional.txt", "does-not-exist"]);
    for (const document of failed) expect(document.reason).toBeTruthy();
    expect((await documentCounts()).size).toBe(3);
  });

  it("rolls back and reports a document the database fails on, and loads the others", async () => {
    const folder = path.join(temp, "database-failure");
    const files = await writeFictionalCorpus(folder, { documents: 3, seed: 21 });
    const doomed = path.basename(files[1]!);
    // Fails the statements of one document, after its document node and sections were written.
    const gateway: LoadGateway = {
      readTransaction: (work, options) => db.readTransaction(work, options),
      writeTransaction: (work, options) =>
        db.writeTransaction((tx) => {
          const failing: QueryTransaction = {
            run: async (name, params) => {
              const rows = await tx.run(name, params);
              const document = (params as { rows?: { documentId?: string }[] } | undefined)?.rows?.[0]?.documentId;
              if (name === "load-statements" && document && failingDocumentIds.has(document)) throw new Error("injected database failure");
              return rows;
            },
          };
          return work(failing);
        }, options),
    };
    const failingDocumentIds = new Set<string>();
    const dryRun = await ingestPaths(null, [folder], { dryRun: true });
    for (const document of dryRun.documents) if (document.source.endsWith(doomed)) failingDocumentIds.add(document.documentId!);

    const report = await ingestPaths(gateway, [folder]);
    expect(report.totals).toMatchObject({ loaded: 2, failed: 1 });
    const failed = report.documents.find((document) => document.status === "failed");
    expect(failed?.source.endsWith(doomed)).toBe(true);
    expect(failed?.reason).toMatch(/injected database failure/);
    const stored = await documentCounts();
    expect([...stored.keys()].some((source) => source.endsWith(doomed))).toBe(false);
    expect(stored.size).toBe(2);
  });

  it("loads PDF minutes found in a folder next to text ones", async () => {
    const folder = path.join(temp, "with-pdf");
    await writeFictionalCorpus(folder, { documents: 1, seed: 9 });
    await writeFile(path.join(folder, "fictional-minutes.pdf"), await fictionalPdf());
    const report = await ingestPaths(db, [folder]);
    expect(report.totals).toMatchObject({ loaded: 2, failed: 0 });
    const pdf = report.documents.find((document) => document.source.endsWith(".pdf"));
    expect(pdf?.statements).toBeGreaterThan(0);
    const [roundTrip] = await db.read("load-check-round-trip");
    expect(roundTrip).toMatchObject({ withoutDocument: 0, mismatched: 0 });
  });

  it("replaces a document whose file was edited", async () => {
    const folder = path.join(temp, "edited");
    const [file] = await writeFictionalCorpus(folder, { documents: 1, seed: 11 });
    await ingestPaths(db, [folder]);
    await writeFictionalCorpus(folder, { documents: 1, seed: 12 });
    const report = await ingestPaths(db, [file!]);
    expect(report.totals).toMatchObject({ replaced: 1, failed: 0 });
    expect((await documentCounts()).size).toBe(1);
  });

  it("writes nothing in a dry run", async () => {
    const before = await graphFingerprint(db);
    const report = await ingestPaths(null, [SEED_DOCUMENTS], { dryRun: true });
    expect(report.totals.extracted).toBe(report.documents.length);
    expect(report.totals.statements).toBeGreaterThan(0);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

/** A one-page fictional minutes PDF with a text layer, made at test time. */
async function fictionalPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = [
    "Fictieve bestuurlijke terugkoppeling LOVP 12 maart 2020 (fictief document)",
    "",
    "Meldkamers",
    "De korpschef gaf aan dat de wachttijden bij de meldkamers zijn opgelopen.",
    "De burgemeesters vroegen om een nieuwe planning voor het najaar.",
  ];
  lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 16, size: 11, font }));
  return doc.save();
}
