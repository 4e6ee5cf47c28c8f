/**
 * Ingests files and folders: curated data first, then each document extracted and loaded in its
 * own transaction, so one bad document never stops the others and a killed run leaves every
 * document whole or absent (the next run completes the rest). Used by `kg ingest` and, for
 * seeds/documents, by `npm start`.
 *
 * Unchanged files are skipped before extraction: the Document keeps the sha256 of the bytes it
 * was read from, so a second start-up costs one indexed lookup per file.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError, BadDocumentError } from "../errors/app-error.js";
import type { Extraction } from "../ingest/extraction.js";
import type { Gazetteer } from "../ingest/gazetteer/gazetteer.js";
import { extractBuffer, readGazetteer } from "../ingest/index.js";
import { documentSourceOf } from "./document-source.js";
import { findDocumentFiles } from "./find-document-files.js";
import { summaryLine, totalsOf, type DocumentResult, type GraphTotals, type IngestReport } from "./ingest-report.js";
import { loadCuratedData, type CuratedCounts } from "./load-curated-data.js";
import { loadExtraction } from "./load-extraction.js";
import type { LoadGateway } from "./load-gateway.js";

/** A large minutes PDF can hold thousands of statements; give its one transaction room. */
const DOCUMENT_TIMEOUT_MS = 120_000;

export interface IngestProgress {
  /** Documents finished so far (this one included) and in total. */
  done: number;
  total: number;
  document: DocumentResult;
}

export interface IngestOptions {
  /** Extract and report, write nothing (the database may then be null). */
  dryRun?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** Curated data to match and load; when absent read from gazetteerDir, else <seedsDir>/gazetteer, else seeds/gazetteer. */
  gazetteer?: Gazetteer;
  gazetteerDir?: string;
  seedsDir?: string;
}

export async function ingestPaths(db: LoadGateway | null, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  const startedAt = Date.now();
  const dryRun = options.dryRun ?? false;
  if (!dryRun && db === null) throw new Error("ingestPaths needs a database unless dryRun is set");
  const { files, missing } = await findDocumentFiles(paths);
  const gazetteerDir = options.gazetteerDir ?? (options.seedsDir ? path.join(options.seedsDir, "gazetteer") : undefined);
  const gazetteer = options.gazetteer ?? readGazetteer(gazetteerDir);
  const curated: CuratedCounts | undefined = dryRun || !db ? undefined : await loadCuratedData(db, gazetteer);

  const documents: DocumentResult[] = missing.map((given) => ({
    path: given,
    source: given,
    status: "failed",
    statements: 0,
    actorsCreated: 0,
    topicsCreated: 0,
    reason: "no such file or folder",
    durationMs: 0,
  }));
  const total = documents.length + files.length;
  documents.forEach((document, index) => options.onProgress?.({ done: index + 1, total, document }));

  // Reading and extracting the next file overlaps with loading the current one.
  const stored = dryRun || !db ? null : await storedFiles(db, files);
  let next = files[0] === undefined ? undefined : prepare(files[0], gazetteer, stored);
  for (let index = 0; index < files.length; index++) {
    const prepared = await next;
    const following = files[index + 1];
    next = following === undefined ? undefined : prepare(following, gazetteer, stored);
    const document = await finish(db, prepared!, dryRun);
    documents.push(document);
    options.onProgress?.({ done: documents.length, total, document });
  }

  const graph = dryRun || !db ? undefined : await graphTotals(db);
  const totals = totalsOf(documents);
  return {
    dryRun,
    documents,
    totals,
    summary: summaryLine(dryRun, totals),
    ...(curated ? { curated } : {}),
    ...(graph ? { graph } : {}),
    durationMs: Date.now() - startedAt,
  };
}

interface Prepared {
  path: string;
  source: string;
  startedAt: number;
  fileSha256?: string;
  extraction?: Extraction;
  /** Set when the file is known unchanged without extracting it. */
  unchangedId?: string;
  error?: unknown;
}

async function prepare(file: string, gazetteer: Gazetteer, stored: StoredFiles | null): Promise<Prepared> {
  const startedAt = Date.now();
  const source = documentSourceOf(file);
  try {
    const bytes = await readFile(file);
    const fileSha256 = createHash("sha256").update(bytes).digest("hex");
    const same = stored?.get(source);
    if (same && same.fileSha256 === fileSha256) return { path: file, source, startedAt, fileSha256, unchangedId: same.id };
    const extraction = await extractBuffer(new Uint8Array(bytes), source, gazetteer);
    return { path: file, source, startedAt, fileSha256, extraction };
  } catch (error) {
    return { path: file, source, startedAt, error };
  }
}

/** source -> the stored document read from it; one indexed lookup for the whole run. */
type StoredFiles = ReadonlyMap<string, { id: string; fileSha256: string | null }>;

async function storedFiles(db: LoadGateway, files: readonly string[]): Promise<StoredFiles> {
  const sources = files.map(documentSourceOf);
  const rows = await db.readTransaction((tx) => tx.run("load-stored-file-hashes", { sources }), { operation: "load-stored-file-hashes" });
  return new Map(rows.map((row) => [String(row.source), { id: String(row.id), fileSha256: (row.fileSha256 as string | null) ?? null }]));
}

async function finish(db: LoadGateway | null, prepared: Prepared, dryRun: boolean): Promise<DocumentResult> {
  const base = { path: prepared.path, source: prepared.source, statements: 0, actorsCreated: 0, topicsCreated: 0 };
  const done = (result: Omit<DocumentResult, "durationMs">): DocumentResult => ({ ...result, durationMs: Date.now() - prepared.startedAt });
  if (prepared.error !== undefined) return done({ ...base, status: "failed", reason: reasonOf(prepared.error) });
  if (prepared.unchangedId) return done({ ...base, status: "unchanged", documentId: prepared.unchangedId });
  const extraction = prepared.extraction!;
  if (dryRun || !db) {
    return done({
      ...base,
      status: "extracted",
      documentId: extraction.document.id,
      statements: extraction.statements.length,
      actorsCreated: extraction.actors.filter((actor) => actor.isNew).length,
      topicsCreated: extraction.topics.filter((topic) => topic.isNew).length,
    });
  }
  try {
    const outcome = await loadExtraction(db, extraction, { fileSha256: prepared.fileSha256!, timeoutMs: DOCUMENT_TIMEOUT_MS });
    if (outcome.kind === "unchanged") {
      return done({ ...base, status: "unchanged", documentId: outcome.documentId, outcome, ...(outcome.duplicateOf ? { reason: `same text as ${outcome.duplicateOf}` } : {}) });
    }
    return done({
      ...base,
      status: outcome.kind,
      documentId: outcome.documentId,
      statements: outcome.statements,
      actorsCreated: outcome.actorsCreated,
      topicsCreated: outcome.topicsCreated,
      outcome,
    });
  } catch (error) {
    return done({ ...base, status: "failed", documentId: extraction.document.id, reason: reasonOf(error) });
  }
}

async function graphTotals(db: LoadGateway): Promise<GraphTotals> {
  const [row] = await db.readTransaction((tx) => tx.run("load-graph-totals"), { operation: "load-graph-totals" });
  return { documents: Number(row?.documents ?? 0), statements: Number(row?.statements ?? 0), actors: Number(row?.actors ?? 0), topics: Number(row?.topics ?? 0) };
}

/** One line for the report: expected failures by their message, others with the cause's message. */
function reasonOf(error: unknown): string {
  // The report already names the source; BadDocumentError's message repeats it.
  if (error instanceof BadDocumentError) return firstLine(error.reason);
  if (error instanceof AppError) {
    const cause = error.cause instanceof Error && !(error.cause instanceof AppError) ? ` (${firstLine(error.cause.message)})` : "";
    return `${firstLine(error.message)}${cause}`;
  }
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
