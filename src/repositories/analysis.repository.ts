/**
 * Aggregates computed in Cypher: positions per topic or actor, timelines, position changes and
 * networks. Each method is one round trip, whatever the size of the result.
 */
import type { Stance } from "../ingest/extraction.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type { ActorRecord, StatementRecord, TopicRecord } from "./records.js";
import { asProps, toActor, toStatement, toTopic } from "./record-mappers.js";
import { topicKeys } from "./search-query.js";
import { splitWindow, wholeGraphWindow } from "./count-window.js";
import { actorTopicNetwork, type ActorTopicGroup } from "../analytics/actor-topic-network.js";
import {
  checkOptions,
  computeNetwork,
  computeWindows,
  type AnalyticNetwork,
  type NetworkKind,
  type NetworkOptions,
  type NetworkWindow,
  type Period,
  type StatementRow,
} from "../analytics/networks.js";

/** Which statements an aggregate is computed from; null or an empty list means "no filter". */
export interface AnalysisFilter {
  actorIds: string[] | null;
  includeMembers: boolean;
  topics: string[] | null;
  stances: Stance[] | null;
  from: string | null;
  to: string | null;
}

/** What a network request needs beyond weights and measures. */
export interface NetworkDetail {
  /**
   * The statement ids behind edges, and the node statement counts made from them. Without them
   * an actor–topic network leaves edges' `statementIds` empty and nodes' `statementCount` 0.
   */
  statementIds: boolean;
  /**
   * Actor–topic only: without statement ids the network is read from the counts the writes keep
   * (YearCount/MonthCount) unless this is false, which aggregates the statements instead (the
   * equality tests compare both).
   */
  fromCounts?: boolean;
}

export type PeriodUnit = "month" | "quarter" | "year";

export interface PositionRow<T> {
  key: string;
  about: T;
  stance: Stance;
  count: number;
}

/** Whose positions: an actor's (per topic) or a topic's (per actor). */
export type PositionSubject = "actor" | "topic";

export interface TimelineRow {
  start: string;
  stance: Stance;
  count: number;
}

export interface PositionChangeRecord {
  actor: ActorRecord;
  topic: TopicRecord;
  before: StatementRecord;
  after: StatementRecord;
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export class AnalysisRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  /**
   * "" and [] rather than null: constant parameter types keep one cached plan per query. The window
   * is always a Date range (sentinels for a missing bound) with `dated` saying whether one was given,
   * so the queries can read it from the statement_date index.
   */
  private params(filter: AnalysisFilter) {
    return {
      actorIds: filter.actorIds ?? [],
      includeMembers: filter.includeMembers,
      topicKeys: topicKeys(filter.topics ?? []),
      stances: filter.stances ?? [],
      dated: filter.from !== null || filter.to !== null,
      from: filter.from ?? "0001-01-01",
      to: filter.to ?? "9999-12-31",
    };
  }

  /** Per actor id: rows of (topic, stance, number of statements). */
  async actorPositions(actorIds: readonly string[]): Promise<PositionRow<TopicRecord>[][]> {
    const rows = await this.db.read("read-actor-positions", { ids: [...actorIds] }, this.options);
    const perTopic = groupBy(actorIds, rows, (row) => {
      const about = toTopic(asProps(row.topic));
      return (row.stances as { stance: string; count: number }[]).map((counted) => ({
        key: about.id,
        about,
        stance: counted.stance as Stance,
        count: Number(counted.count),
      }));
    });
    return perTopic.map((topics) => topics.flat());
  }

  /**
   * The statement ids behind positions, per (subject, about) pair: an actor's on a topic, or a
   * topic's (narrower topics included) by an actor; in the order of `pairs`.
   */
  async positionStatementIds(subject: PositionSubject, pairs: readonly { subject: string; about: string }[]): Promise<string[][]> {
    const query = subject === "actor" ? "read-actor-position-statements" : "read-topic-position-statements";
    const rows = await this.db.read(query, { pairs: pairs.map((pair) => ({ subject: pair.subject, about: pair.about })) }, this.options);
    const found = new Map(rows.map((row) => [`${String(row.subject)}\u0000${String(row.about)}`, ids(row.statementIds)]));
    return pairs.map((pair) => found.get(`${pair.subject}\u0000${pair.about}`) ?? []);
  }

  /** Per topic id (narrower topics included): rows of (actor as spoken, stance, number of statements). */
  async topicPositions(topicIds: readonly string[]): Promise<PositionRow<ActorRecord>[][]> {
    const rows = await this.db.read("read-topic-positions", { ids: [...topicIds] }, this.options);
    return groupBy(topicIds, rows, (row) => ({
      key: String(asProps(row.actor).id),
      about: toActor(asProps(row.actor)),
      stance: String(row.stance) as Stance,
      count: Number(row.count),
    }));
  }

  async timeline(filter: AnalysisFilter, period: PeriodUnit): Promise<TimelineRow[]> {
    const rows = await this.db.read("read-timeline", { ...this.params(filter), period }, this.options);
    return rows.map((row) => ({ start: String(row.start), stance: String(row.stance) as Stance, count: Number(row.count) }));
  }

  async positionChanges(filter: AnalysisFilter): Promise<PositionChangeRecord[]> {
    const rows = await this.db.read("read-position-changes", this.params(filter), this.options);
    return rows.map((row) => ({
      actor: toActor(asProps(row.actor)),
      topic: toTopic(asProps(row.topic)),
      before: toStatement(asProps(row.before)),
      after: toStatement(asProps(row.after)),
    }));
  }

  /** Statement-level rows (statement, actor as spoken, topic) behind a network of this kind: one round trip. */
  async statementRows(filter: AnalysisFilter, kind: NetworkKind = "actor-topic"): Promise<StatementRow[]> {
    return this.networkRows(filter, kind, true);
  }

  /** Without details, text, offsets, persons and the document are left empty (networks do not use them). */
  private async networkRows(filter: AnalysisFilter, kind: NetworkKind, details: boolean): Promise<StatementRow[]> {
    const params = { ...this.params(filter), ...scopeOf(kind), details };
    const rows = await this.db.read("read-network-statements", params, this.options);
    return rows.map(toStatementRow);
  }

  /**
   * A network with measures (src/analytics), from one query. The actor–topic network is aggregated
   * per (actor, topic, stance) in the database: from the kept per-year and per-month counts when
   * no statement ids are wanted (whole years and months of the window; the statements of partial
   * months), else from the statements; the other kinds need the statement rows.
   */
  async network(kind: NetworkKind, filter: AnalysisFilter, options: NetworkOptions, detail: NetworkDetail = { statementIds: true }): Promise<AnalyticNetwork> {
    if (kind === "actor-topic") {
      checkOptions(kind, options);
      const params = this.params(filter);
      const rows =
        !detail.statementIds && detail.fromCounts !== false
          ? await this.db.read("read-network-actor-topic-counts", {
              actorIds: params.actorIds,
              includeMembers: params.includeMembers,
              topicKeys: params.topicKeys,
              stances: params.stances,
              duplicates: options.duplicates,
              ...(params.dated ? splitWindow(params.from, params.to) : wholeGraphWindow()),
            }, this.options)
          : await this.db.read("read-network-actor-topic", { ...params, duplicates: options.duplicates, withStatementIds: detail.statementIds }, this.options);
      return actorTopicNetwork(rows.map(toActorTopicGroup), options);
    }
    return computeNetwork(await this.networkRows(filter, kind, false), kind, options);
  }

  /** One network per moving time window, from one query. */
  async networkWindows(kind: NetworkKind, filter: AnalysisFilter, options: NetworkOptions, window: Period, step: Period): Promise<NetworkWindow[]> {
    return computeWindows(await this.networkRows(filter, kind, false), kind, options, window, step, filter.from, filter.to);
  }

}

/** Which rows an actor–actor / topic–topic network needs beyond those passing the filter. */
function scopeOf(kind: NetworkKind): { keepOtherActors: boolean; keepOtherTopics: boolean } {
  return { keepOtherActors: kind === "congruence" || kind === "conflict" || kind === "subtract", keepOtherTopics: kind === "topics" };
}

function toActorTopicGroup(row: Record<string, unknown>): ActorTopicGroup {
  const actor = toActor({ id: row.actorId, name: row.actorLabel, kind: row.actorKind });
  return {
    actor: { id: actor.id, label: actor.name, kind: actor.kind },
    topic: { id: String(row.topicId), label: String(row.topicLabel) },
    stance: String(row.stance) as Stance,
    count: Number(row.count),
    statementIds: ids(row.statementIds),
    firstDate: row.firstDate === null || row.firstDate === undefined ? null : String(row.firstDate),
    lastDate: row.lastDate === null || row.lastDate === undefined ? null : String(row.lastDate),
  };
}

function toStatementRow(row: Record<string, unknown>): StatementRow {
  const actor = toActor(asProps(row.actor));
  const topic = toTopic(asProps(row.topic));
  return {
    statementId: String(row.statementId),
    stance: String(row.stance) as Stance,
    date: row.date === null || row.date === undefined ? null : String(row.date),
    documentId: String(row.documentId ?? ""),
    actor: { id: actor.id, label: actor.name, kind: actor.kind },
    topic: { id: topic.id, label: topic.label },
    actorPasses: row.actorPasses === true,
    topicPasses: row.topicPasses === true,
    text: String(row.text ?? ""),
    start: Number(row.start ?? 0),
    end: Number(row.end ?? 0),
    persons: ids(row.persons).sort(),
    documentSource: row.documentSource === null || row.documentSource === undefined ? null : String(row.documentSource),
    documentTitle: row.documentTitle === null || row.documentTitle === undefined ? null : String(row.documentTitle),
    review: String(row.review ?? "unreviewed"),
    corrected: row.corrected === true,
    reviewedBy: row.reviewedBy === null || row.reviewedBy === undefined ? null : String(row.reviewedBy),
    reviewedAt: row.reviewedAt === null || row.reviewedAt === undefined ? null : String(row.reviewedAt),
  };
}

function groupBy<T>(keys: readonly string[], rows: Record<string, unknown>[], map: (row: Record<string, unknown>) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(String(row.id))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}
