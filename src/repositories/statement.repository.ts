/** Statements: filtered pages, lookups by id and the links of many statements at once. */
import type { Stance } from "../ingest/extraction.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type { ReviewState, StatementLinks, StatementRecord } from "./records.js";
import {
  asList,
  asProps,
  toActor,
  toAgendaItem,
  toCorrection,
  toDocument,
  toEvent,
  toMeeting,
  toStatement,
  toTopic,
} from "./record-mappers.js";
import { toSearchQuery } from "../search/search-query.js";
import { topicKeys } from "./search-query.js";

/**
 * A statement filter as the repository takes it: null (or an empty list) means "no filter". The
 * query receives "" and [] instead of null (and sentinel dates plus a `dated` flag for the window),
 * so its parameter types never change (one plan).
 */
export interface StatementQuery {
  actorIds: string[] | null;
  includeMembers: boolean;
  personIds: string[] | null;
  officeIds: string[] | null;
  topics: string[] | null;
  stances: Stance[] | null;
  from: string | null;
  to: string | null;
  meetingId: string | null;
  documentId: string | null;
  search: string | null;
  /** Only statements in these review states; null: every state but rejected. */
  reviewStates: ReviewState[] | null;
  /** Only statements whose extraction confidence is at least this (0..1). */
  minConfidence: number | null;
  /** Lowest (or, descending, highest) confidence first instead of by date. */
  byConfidence: boolean;
  descending: boolean;
  /** Sort key of the last statement already seen (decoded from a cursor). */
  after: string | null;
  /** Page size; the repository fetches one more to tell whether a next page exists. */
  limit: number;
}

export interface StatementPage {
  totalCount: number;
  /** Up to limit + 1 rows: the extra one only signals a next page. */
  rows: { key: string; statement: StatementRecord }[];
}

export class StatementRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  async page(query: StatementQuery): Promise<StatementPage> {
    let searchQuery: string | null = null;
    if (query.search !== null) {
      searchQuery = toSearchQuery(query.search)?.lucene ?? null;
      // Text with nothing searchable in it matches nothing rather than everything.
      if (searchQuery === null) return { totalCount: 0, rows: [] };
    }
    const [row] = await this.db.read(
      "read-statements",
      {
        actorIds: query.actorIds ?? [],
        includeMembers: query.includeMembers,
        personIds: query.personIds ?? [],
        officeIds: query.officeIds ?? [],
        topicKeys: topicKeys(query.topics ?? []),
        stances: query.stances ?? [],
        // Always a date (sentinels for a missing bound), so the window is an index range.
        dated: query.from !== null || query.to !== null,
        from: query.from ?? "0001-01-01",
        to: query.to ?? "9999-12-31",
        meetingId: query.meetingId ?? "",
        documentId: query.documentId ?? "",
        searchQuery: searchQuery ?? "",
        reviewStates: query.reviewStates ?? [],
        // Always a float (0: no bound), so the parameter's type never changes.
        minConfidence: query.minConfidence ?? 0.0,
        byConfidence: query.byConfidence,
        descending: query.descending,
        after: query.after ?? "",
        limit: query.limit,
      },
      this.options,
    );
    const rows = asList(row?.rows).map((r) => ({ key: String(r.key), statement: toStatement(asProps(r.statement)) }));
    return { totalCount: Number(row?.totalCount ?? 0), rows };
  }

  /** Statements by id, in the order asked; missing ones are null. */
  async byIds(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    const rows = await this.db.read("read-statements-by-id", { ids: [...ids] }, this.options);
    const found = new Map(rows.map((row) => [String(row.id), toStatement(asProps(row.statement))]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Links of many statements in one round trip, in the order asked. */
  async links(ids: readonly string[]): Promise<StatementLinks[]> {
    const rows = await this.db.read("read-statement-links", { ids: [...ids] }, this.options);
    const found = new Map<string, StatementLinks>();
    for (const row of rows) {
      const id = String(row.id);
      found.set(id, {
        statementId: id,
        speakers: asList(row.speakers).map(toActor),
        persons: asList(row.persons).map(toActor),
        addressees: asList(row.addressees).map(toActor),
        mentions: asList(row.mentions).map(toActor),
        topics: asList(row.topics).map(toTopic),
        agendaItem: row.agendaItem ? toAgendaItem(asProps(row.agendaItem)) : null,
        meeting: row.meeting ? toMeeting(asProps(row.meeting)) : null,
        document: row.document ? toDocument(asProps(row.document)) : null,
        events: asList(row.events).map(toEvent),
        corrections: asList(row.corrections).map(toCorrection).sort((a, b) => a.at.localeCompare(b.at)),
      });
    }
    return ids.map(
      (id) =>
        found.get(id) ?? {
          statementId: id,
          speakers: [],
          persons: [],
          addressees: [],
          mentions: [],
          topics: [],
          agendaItem: null,
          meeting: null,
          document: null,
          events: [],
          corrections: [],
        },
    );
  }
}
