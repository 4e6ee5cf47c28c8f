/** Groups position rows (subject, stance, statement ids) into per-subject stance counts. */
import type { Stance } from "../../ingest/extraction.js";
import type { PositionRow } from "../../repositories/analysis.repository.js";
import type { StatementRecord } from "../../repositories/records.js";
import type { GraphQLContext } from "../context.js";
import { presentStatement } from "../present.js";

export interface Grouped<T> {
  about: T;
  stances: { stance: Stance; count: number }[];
  total: number;
  /** Loaded only when a query selects `statements` (a thenable GraphQL awaits): most queries ask for counts only. */
  statements: PromiseLike<ReturnType<typeof presentStatement>[]>;
}

/**
 * Counts come with the rows; the statements of a position are read only when a query selects
 * them, through the request's loaders (ids per position, then the statements), so all positions
 * of a request share those round trips.
 */
export async function groupPositions<T>(
  rows: PositionRow<T>[],
  statementIdsOf: (about: string) => Promise<string[]>,
  ctx: GraphQLContext,
): Promise<Grouped<T>[]> {
  const groups = new Map<string, { about: T; stances: Map<Stance, number>; total: number }>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? { about: row.about, stances: new Map<Stance, number>(), total: 0 };
    group.stances.set(row.stance, (group.stances.get(row.stance) ?? 0) + row.count);
    // A statement has one stance, so the counts per stance add up to the distinct statements.
    group.total += row.count;
    groups.set(row.key, group);
  }
  // Most statements first; ties by key, so the order does not depend on the database's.
  const ordered = [...groups].sort(([keyA, a], [keyB, b]) => b.total - a.total || keyA.localeCompare(keyB));
  return ordered.map(([key, group]) => ({
    about: group.about,
    stances: [...group.stances].map(([stance, count]) => ({ stance, count })).sort((a, b) => b.count - a.count || a.stance.localeCompare(b.stance)),
    total: group.total,
    statements: lazy(async () => {
      const ids = await statementIdsOf(key);
      const statements = (await ctx.loaders.statement.loadMany(ids)).filter((s): s is StatementRecord => s !== null && !(s instanceof Error));
      statements.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.documentId.localeCompare(b.documentId) || a.start - b.start);
      return statements.map(presentStatement);
    }),
  }));
}

/** A thenable that starts `load` on the first `then` (GraphQL awaits a field value only when the field is selected). */
function lazy<T>(load: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= load()).then(onFulfilled, onRejected),
  };
}
