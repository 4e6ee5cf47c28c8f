/**
 * The derived counts of the actor–topic network (`MonthCount`, `YearCount`, `COUNTED_IN`; see
 * cypher/README.md), kept by every write that changes a statement's BY, ABOUT, stance, date or
 * existence, in that write's own transaction: the loader (src/load) and the curation mutations
 * (src/repositories) call `refreshStanceCounts` with the statements they touched. A graph loaded
 * before the counts existed gets them at start-up (`backfillStanceCounts`, from openDatabase).
 */
import type { Database, QueryTransaction } from "./database.js";

export interface StanceCountsChange {
  /** Statements (existing ones) whose BY, ABOUT, stance or date may have changed, or that are new. */
  statementIds: readonly string[];
  /** MonthCount keys of statements deleted in this transaction (read before deleting them). */
  staleMonthKeys?: readonly string[];
}

/** Re-links the statements to their counts and recounts every count they touch. */
export async function refreshStanceCounts(tx: QueryTransaction, change: StanceCountsChange): Promise<void> {
  const staleMonthKeys = change.staleMonthKeys ?? [];
  if (change.statementIds.length === 0 && staleMonthKeys.length === 0) return;
  await tx.run("stance-counts-refresh", { statementIds: [...new Set(change.statementIds)], staleMonthKeys: [...new Set(staleMonthKeys)] });
}

/** Statements per backfill transaction. */
export const BACKFILL_BATCH = 5_000;

export interface BackfillResult {
  statements: number;
  batches: number;
}

/**
 * Counts the statements that have none (a graph loaded before the counts existed), in batches of
 * BACKFILL_BATCH statements per write transaction. On an up-to-date graph it is one read that
 * finds nothing.
 */
export async function backfillStanceCounts(db: Pick<Database, "read" | "writeTransaction">, options: { timeoutMs?: number } = {}): Promise<BackfillResult> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  let statements = 0;
  let batches = 0;
  let previous = new Set<string>();
  for (;;) {
    const ids = (await db.read("stance-counts-missing", { limit: BACKFILL_BATCH }, { timeoutMs })).map((row) => String(row.id));
    if (ids.length === 0) break;
    // A statement the refresh cannot count would be found again forever: stop instead.
    if (ids.every((id) => previous.has(id))) break;
    previous = new Set(ids);
    await db.writeTransaction((tx) => refreshStanceCounts(tx, { statementIds: ids }), { timeoutMs, operation: "stance-counts-backfill" });
    statements += ids.length;
    batches++;
  }
  return { statements, batches };
}
