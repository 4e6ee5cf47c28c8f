/**
 * Data derived from the statements, kept by every write that changes a statement's BY, ABOUT,
 * stance, date or existence, in that write's own transaction (see cypher/README.md): the counts of
 * the actor–topic network (`MonthCount`, `YearCount`, `COUNTED_IN`) and each statement's
 * `topicIds`. The loader (src/load) and the curation mutations (src/repositories) call
 * `refreshDerivedData` with the statements they touched. A graph loaded before either existed gets
 * them at start-up (`backfillDerivedData`, from openDatabase).
 */
import type { Database, QueryTransaction } from "./database.js";

export interface DerivedDataChange {
  /** Statements (existing ones) whose BY, ABOUT, stance or date may have changed, or that are new. */
  statementIds: readonly string[];
  /** MonthCount keys of statements deleted in this transaction (read before deleting them). */
  staleMonthKeys?: readonly string[];
}

/**
 * Sets the statements' topicIds, re-links them to their counts and recounts every count they
 * touch. Both queries are sent at once (the driver pipelines them on the transaction).
 */
export async function refreshDerivedData(tx: QueryTransaction, change: DerivedDataChange): Promise<void> {
  const staleMonthKeys = change.staleMonthKeys ?? [];
  if (change.statementIds.length === 0 && staleMonthKeys.length === 0) return;
  const statementIds = [...new Set(change.statementIds)];
  await Promise.all([
    statementIds.length ? tx.run("statement-topic-ids-refresh", { statementIds }) : Promise.resolve([]),
    tx.run("stance-counts-refresh", { statementIds, staleMonthKeys: [...new Set(staleMonthKeys)] }),
  ]);
}

/**
 * The derived data of a new document's statements (all new, none counted yet: see
 * cypher/stance-counts-add.cypher): counts move by increments, nothing is recounted, so loading
 * keeps its pace as the graph grows.
 */
export async function addDerivedData(tx: QueryTransaction, newStatementIds: readonly string[]): Promise<void> {
  if (newStatementIds.length === 0) return;
  const statementIds = [...new Set(newStatementIds)];
  await Promise.all([tx.run("statement-topic-ids-refresh", { statementIds }), tx.run("stance-counts-add", { statementIds })]);
}

/** Statements per backfill transaction. */
export const BACKFILL_BATCH = 5_000;

export interface BackfillResult {
  statements: number;
  batches: number;
}

/**
 * Refreshes the statements that lack their derived data (a graph loaded before it existed), in
 * batches of BACKFILL_BATCH statements per write transaction. On an up-to-date graph it is one
 * read that finds nothing.
 */
export async function backfillDerivedData(db: Pick<Database, "read" | "writeTransaction">, options: { timeoutMs?: number } = {}): Promise<BackfillResult> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  let statements = 0;
  let batches = 0;
  let previous = new Set<string>();
  for (;;) {
    const ids = (await db.read("derived-data-missing", { limit: BACKFILL_BATCH }, { timeoutMs })).map((row) => String(row.id));
    if (ids.length === 0) break;
    // A statement the refresh cannot count would be found again forever: stop instead.
    if (ids.every((id) => previous.has(id))) break;
    previous = new Set(ids);
    await db.writeTransaction((tx) => refreshDerivedData(tx, { statementIds: ids }), { timeoutMs, operation: "derived-data-backfill" });
    statements += ids.length;
    batches++;
  }
  return { statements, batches };
}
