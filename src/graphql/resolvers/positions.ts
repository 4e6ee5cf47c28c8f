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

/** Statements are loaded through the request's loader, so all groups share one round trip. */
export async function groupPositions<T>(rows: PositionRow<T>[], ctx: GraphQLContext): Promise<Grouped<T>[]> {
  const groups = new Map<string, { about: T; stances: Map<Stance, number>; ids: string[] }>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? { about: row.about, stances: new Map<Stance, number>(), ids: [] as string[] };
    group.stances.set(row.stance, (group.stances.get(row.stance) ?? 0) + row.statementIds.length);
    group.ids.push(...row.statementIds);
    groups.set(row.key, group);
  }
  const result = [...groups.values()].map((group) => {
    const ids = [...new Set(group.ids)];
    return {
      about: group.about,
      stances: [...group.stances].map(([stance, count]) => ({ stance, count })).sort((a, b) => b.count - a.count || a.stance.localeCompare(b.stance)),
      total: ids.length,
      statements: lazy(async () => {
        const statements = (await ctx.loaders.statement.loadMany(ids)).filter((s): s is StatementRecord => s !== null && !(s instanceof Error));
        statements.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.start - b.start);
        return statements.map(presentStatement);
      }),
    };
  });
  return result.sort((a, b) => b.total - a.total);
}

/** A thenable that starts `load` on the first `then` (GraphQL awaits a field value only when the field is selected). */
function lazy<T>(load: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= load()).then(onFulfilled, onRejected),
  };
}
