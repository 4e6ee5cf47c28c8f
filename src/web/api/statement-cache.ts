/**
 * One request per distinct statement question: the counts and timeline of a scope, and each page
 * of a list. Going back to an earlier filter, window or selection, or reopening a list, asks the
 * API nothing. A failed request is forgotten, so trying again asks again.
 */
import type { ApiStatementFilter, StatementScope } from "../model/statement-query.js";
import { scopeKey } from "../model/statement-query.js";
import type { StatementCounts, StatementPage } from "../model/types.js";
import { remember } from "./remember.js";
import { loadStatementCounts, loadStatementPage, loadStatementsById } from "./statement-operations.js";

/** Where a list of statements comes from: a statements filter, or the ids a network link carries. */
export type StatementSource = { filter: ApiStatementFilter } | { ids: string[] };

const NO_COUNTS: StatementCounts = { totalCount: 0, buckets: [] };

export class StatementCache {
  private readonly counts = new Map<string, Promise<StatementCounts>>();
  private readonly pages = new Map<string, Promise<StatementPage>>();

  /** Nothing is asked for a scope whose dates leave no day (the API would refuse the range). */
  countsOf(scope: StatementScope): Promise<StatementCounts> {
    if (scope.empty) return Promise.resolve(NO_COUNTS);
    return remember(this.counts, scopeKey([scope.filter, scope.timeline]), () => loadStatementCounts(scope.filter, scope.timeline));
  }

  private caches(): Map<string, unknown>[] {
    return [this.counts, this.pages];
  }

  /** A page of `first` statements starting at `after` (null: the first page). */
  page(source: StatementSource, first: number, after: string | null): Promise<StatementPage> {
    return remember(this.pages, scopeKey([source, first, after]), () =>
      "ids" in source ? loadStatementsById(source.ids, first, after === null ? 0 : Number(after)) : loadStatementPage(source.filter, first, after),
    );
  }

  /** Forgets every answer: after an analyst's change the same question has a new answer. */
  clear(): void {
    for (const cache of this.caches()) cache.clear();
  }
}
