/**
 * Writes one Extraction into the graph in ONE write transaction: the document is fully present
 * or absent, whatever fails (a bad row, a database error, a killed process). The driver's managed
 * transaction retries transient errors; anything else rolls the document back and is thrown.
 *
 * Decided inside the transaction, so two loaders never race on the same source:
 * - same id (same normalised text) already loaded  -> "unchanged", nothing written;
 * - same source, other id (an edited version)      -> old version removed, new one loaded: "replaced";
 * - otherwise                                      -> "loaded".
 * The derived data (actor–topic counts, statement topicIds: src/db/derived-data.ts) is refreshed
 * last, in the same transaction, for the new statements (after corrections are re-applied) and the
 * counts of removed ones.
 */
import type { Extraction } from "../ingest/extraction.js";
import { toExtractionRows, type ExtractionRows } from "./extraction-rows.js";
import type { LoadGateway } from "./load-gateway.js";
import type { LoadCounts, LoadOutcome, ReplacementCounts } from "./load-outcome.js";
import type { QueryTransaction, Row } from "../db/database.js";
import { addDerivedData, refreshDerivedData } from "../db/derived-data.js";
import { validateExtraction } from "./validate-extraction.js";

/**
 * Statement properties an analyst's Correction may change and a re-ingest sets again. Corrections
 * of `actors` and `topics` (relationships) are re-applied by load-reattach-corrections itself.
 */
export const CORRECTABLE_STATEMENT_FIELDS = ["stance", "attribution"] as const;

/** A removed orphan can leave its own organisation unused; a few rounds clear such chains. */
const MAX_ORPHAN_ROUNDS = 5;

export interface LoadOptions {
  /** sha256 of the file's bytes: lets the next run skip an unchanged file without extracting it. */
  fileSha256?: string;
  /** Transaction timeout for this document (large documents need more than the default). */
  timeoutMs?: number;
}

interface StoredDocument {
  id: string;
  source: string;
  fileSha256: string | null;
}

export async function loadExtraction(db: LoadGateway, extraction: Extraction, options: LoadOptions = {}): Promise<LoadOutcome> {
  validateExtraction(extraction);
  const rows = toExtractionRows(extraction, options.fileSha256 ?? null);
  const { id, source } = rows.document;
  return db.writeTransaction(
    async (tx) => {
      const stored = (await tx.run("load-document-state", { id, source })) as unknown as StoredDocument[];
      const sameText = stored.find((document) => document.id === id);
      const earlierVersions = stored.filter((document) => document.source === source && document.id !== id).map((document) => document.id);

      if (earlierVersions.length === 0 && sameText) {
        if (sameText.source === source && options.fileSha256 && sameText.fileSha256 !== options.fileSha256) {
          await tx.run("load-document-file-hash", { id, fileSha256: options.fileSha256 });
        }
        return sameText.source === source
          ? { kind: "unchanged", documentId: id, source }
          : { kind: "unchanged", documentId: id, source, duplicateOf: sameText.source };
      }

      const removal = earlierVersions.length > 0 ? await removeEarlierVersions(tx, earlierVersions, rows) : undefined;
      // The same text may already be loaded from another source; then only the removal happens.
      // A plain load locks and refreshes the derived data in writeDocument's pipeline; a replacement
      // locked before deleting the old version and refreshes after re-applying the corrections.
      const counts = sameText ? emptyCounts() : await writeDocument(tx, rows, removal !== undefined);
      if (!removal) return { kind: "loaded", documentId: id, source, ...counts };
      const replacement = await finishReplacement(tx, removal, id, earlierVersions);
      await refreshDerivedData(tx, { statementIds: sameText ? [] : statementIdsOf(rows), staleMonthKeys: removal.monthKeys });
      return { kind: "replaced", documentId: id, source, ...counts, ...replacement };
    },
    { operation: "load-extraction", ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) },
  );
}

/**
 * The queries are sent without waiting for each other: the driver pipelines them on the
 * transaction's connection and the server runs them in the order sent, so each still sees what
 * the previous ones wrote, but the document costs one round trip instead of one per query.
 * A replacement (`replacing`) has taken its locks already and refreshes the derived data itself.
 */
async function writeDocument(tx: QueryTransaction, rows: ExtractionRows, replacing: boolean): Promise<LoadCounts> {
  const none: Promise<Row[]> = Promise.resolve([]);
  const locks = !replacing && rows.actorLockIds.length + rows.topicLockIds.length > 0;
  // New actors and topics first, then the locks (see cypher/load-lock.cypher), then every link.
  const [, actors, topics] = await Promise.all([
    tx.run("load-document", { document: rows.document }),
    rows.actors.length ? tx.run("load-actors", { rows: rows.actors }) : none,
    rows.topics.length ? tx.run("load-topics", { rows: rows.topics }) : none,
    locks ? tx.run("load-lock", { actorIds: rows.actorLockIds, topicIds: rows.topicLockIds, monthKeys: [] }) : none,
    rows.actorPartOf.length ? tx.run("load-actor-part-of", { rows: rows.actorPartOf }) : none,
    rows.topicBroader.length ? tx.run("load-topic-broader", { rows: rows.topicBroader }) : none,
    rows.sections.length ? tx.run("load-sections", { rows: rows.sections }) : none,
    rows.events.length ? tx.run("load-events", { rows: rows.events }) : none,
    rows.statements.length ? tx.run("load-statements", { rows: rows.statements }) : none,
    rows.statements.length ? tx.run("resolve-statements", { statementIds: statementIdsOf(rows) }) : none,
    // The document is new (load-document-state found no document with its id): its statements only add to the counts.
    replacing ? none : addDerivedData(tx, statementIdsOf(rows)),
  ]);
  return {
    statements: rows.statements.length,
    sections: rows.sections.length,
    events: rows.events.length,
    actorsCreated: Number(first(actors)?.created ?? 0),
    topicsCreated: Number(first(topics)?.created ?? 0),
  };
}

function statementIdsOf(rows: ExtractionRows): string[] {
  return rows.statements.map((statement) => String(statement.id));
}

interface Removal {
  actorIds: string[];
  /** MonthCounts the removed statements were counted in. */
  monthKeys: string[];
  topicIds: string[];
  meetingIds: string[];
  corrections: Row[];
  statementsRemoved: number;
}

/**
 * Deleting the old version unlinks its statements from actors, topics and counts: it first locks
 * those and the new version's (load-lock), in the one order every load uses.
 */
async function removeEarlierVersions(tx: QueryTransaction, documentIds: string[], rows: ExtractionRows): Promise<Removal> {
  const used = first(await tx.run("load-collect-replaced", { documentIds }));
  const actorIds = (used?.actorIds as string[] | undefined) ?? [];
  const topicIds = (used?.topicIds as string[] | undefined) ?? [];
  const monthKeys = (used?.monthKeys as string[] | undefined) ?? [];
  await tx.run("load-lock", { actorIds: [...actorIds, ...rows.actorLockIds], topicIds: [...topicIds, ...rows.topicLockIds], monthKeys });
  const removed = first(await tx.run("load-delete-documents", { documentIds }));
  return {
    actorIds,
    monthKeys,
    topicIds,
    meetingIds: (used?.meetingIds as string[] | undefined) ?? [],
    corrections: (used?.corrections as Row[] | undefined) ?? [],
    statementsRemoved: Number(removed?.statementsRemoved ?? 0),
  };
}

/** Runs after the new version is written, so entities it still uses are not taken for orphans. */
async function finishReplacement(tx: QueryTransaction, removal: Removal, documentId: string, replacedDocumentIds: string[]): Promise<ReplacementCounts> {
  let correctionsReapplied = 0;
  let correctionsDetached = 0;
  if (removal.corrections.length) {
    const result = first(
      await tx.run("load-reattach-corrections", { corrections: removal.corrections, documentId, fields: [...CORRECTABLE_STATEMENT_FIELDS] }),
    );
    correctionsReapplied = Number(result?.reattached ?? 0);
    correctionsDetached = Number(result?.detached ?? 0);
    const corrected = (result?.targetIds as string[] | undefined) ?? [];
    if (corrected.length) await tx.run("resolve-statements", { statementIds: corrected });
  }
  let orphansRemoved = 0;
  for (let round = 0; round < MAX_ORPHAN_ROUNDS; round++) {
    const result = first(
      await tx.run("load-remove-orphans", { actorIds: removal.actorIds, topicIds: removal.topicIds, meetingIds: round === 0 ? removal.meetingIds : [] }),
    );
    const removedNow = Number(result?.actors ?? 0) + Number(result?.topics ?? 0);
    orphansRemoved += removedNow;
    if (removedNow === 0) break;
  }
  return { replacedDocumentIds, statementsRemoved: removal.statementsRemoved, orphansRemoved, correctionsReapplied, correctionsDetached };
}

function emptyCounts(): LoadCounts {
  return { statements: 0, sections: 0, events: 0, actorsCreated: 0, topicsCreated: 0 };
}

function first(rows: Row[]): Row | undefined {
  return rows[0];
}
