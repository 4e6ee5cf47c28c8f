/**
 * The statement operations: how many statements match and how they spread over time
 * (`statements{totalCount}` with `first: 0` and `timeline`, one request), a page of them
 * (`statements`, newest first, by cursor) and a page of given ids (`statement(id)` per id, one
 * request). The arguments come from model/statement-query.ts.
 */
import { graphql } from "./client.js";
import { STATEMENT_FIELDS, toStatement, type RawStatement } from "./operations.js";
import { isStance, type Stance } from "../model/stance.js";
import type { ApiStatementFilter, TimelineArguments } from "../model/statement-query.js";
import type { StatementCounts, StatementPage } from "../model/types.js";

export const STATEMENT_COUNTS = /* GraphQL */ `
  query ExplorerStatementCounts(
    $filter: StatementFilter, $actors: [ID!], $includeMembers: Boolean! = false, $topics: [String!],
    $from: LocalDate, $to: LocalDate, $period: Period!
  ) {
    statements(filter: $filter, first: 0) { totalCount }
    timeline(actors: $actors, includeMembers: $includeMembers, topics: $topics, from: $from, to: $to, period: $period) {
      period stances { stance count }
    }
  }
`;

export const STATEMENTS = /* GraphQL */ `
  query ExplorerStatements($filter: StatementFilter, $first: Int!, $after: String) {
    statements(filter: $filter, first: $first, after: $after, order: DESC) {
      edges { node { ${STATEMENT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

/** `statement(id)` once per id, aliased `s0`, `s1`, …: the API has no list-by-ids query. */
export function statementsByIdsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(", ");
  const fields = Array.from({ length: count }, (_, i) => `s${i}: statement(id: $id${i}) { ${STATEMENT_FIELDS} }`).join("\n");
  return `query ExplorerStatementsById(${variables}) {\n${fields}\n}`;
}

interface RawCounts {
  statements: { totalCount: number };
  timeline: { period: string; stances: { stance: string; count: number }[] }[];
}

export async function loadStatementCounts(filter: ApiStatementFilter, timeline: TimelineArguments): Promise<StatementCounts> {
  const data = await graphql<RawCounts>("ExplorerStatementCounts", STATEMENT_COUNTS, { filter, ...timeline });
  return {
    totalCount: data.statements.totalCount,
    buckets: data.timeline.map((bucket) => {
      const counts: Partial<Record<Stance, number>> = {};
      for (const { stance, count } of bucket.stances) {
        const known = stance.toLowerCase();
        if (isStance(known)) counts[known] = count;
      }
      return { period: bucket.period, counts };
    }),
  };
}

interface RawPage {
  statements: { edges: { node: RawStatement }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

export async function loadStatementPage(filter: ApiStatementFilter, first: number, after: string | null): Promise<StatementPage> {
  const data = await graphql<RawPage>("ExplorerStatements", STATEMENTS, { filter, first, after });
  const { edges, pageInfo, totalCount } = data.statements;
  return { statements: edges.map((edge) => toStatement(edge.node)), totalCount, next: pageInfo.hasNextPage ? pageInfo.endCursor : null };
}

/** The ids from index `start` on, `first` of them; `next` is the index after them. */
export async function loadStatementsById(ids: string[], first: number, start: number): Promise<StatementPage> {
  const slice = ids.slice(start, start + first);
  const end = start + slice.length;
  if (slice.length === 0) return { statements: [], totalCount: ids.length, next: null };
  const variables = Object.fromEntries(slice.map((id, i) => [`id${i}`, id]));
  const data = await graphql<Record<string, RawStatement | null>>("ExplorerStatementsById", statementsByIdsQuery(slice.length), variables);
  const statements = slice.flatMap((_, i) => {
    const raw = data[`s${i}`];
    return raw ? [toStatement(raw)] : [];
  });
  return { statements, totalCount: ids.length, next: end < ids.length ? String(end) : null };
}
