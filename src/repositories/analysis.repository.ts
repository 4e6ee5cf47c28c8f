/**
 * Aggregates computed in Cypher: positions per topic or actor, timelines, position changes and
 * networks. Each method is one round trip, whatever the size of the result.
 */
import type { Stance } from "../ingest/extraction.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type { ActorRecord, StanceCount, StatementRecord, TopicRecord } from "./records.js";
import { asList, asProps, toActor, toStatement, toTopic } from "./record-mappers.js";
import { topicKeys } from "./search-query.js";

/** Which statements an aggregate is computed from; null or an empty list means "no filter". */
export interface AnalysisFilter {
  actorIds: string[] | null;
  includeMembers: boolean;
  topics: string[] | null;
  stances: Stance[] | null;
  from: string | null;
  to: string | null;
}

export type PeriodUnit = "month" | "quarter" | "year";

export interface PositionRow<T> {
  key: string;
  about: T;
  stance: Stance;
  statementIds: string[];
}

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

export interface ActorTopicEdge {
  actor: ActorRecord;
  topic: TopicRecord;
  stances: StanceCount[];
  weight: number;
  statementIds: string[];
}

export interface PairEdge<T> {
  source: T;
  target: T;
  weight: number;
  topicIds: string[];
  statementIds: string[];
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export class AnalysisRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  private get opts() {
    return { timeoutMs: this.options.timeoutMs };
  }

  private params(filter: AnalysisFilter) {
    return {
      // "" and [] rather than null: constant parameter types keep one cached plan per query.
      actorIds: filter.actorIds ?? [],
      includeMembers: filter.includeMembers,
      topicKeys: topicKeys(filter.topics ?? []),
      stances: filter.stances ?? [],
      from: filter.from ?? "",
      to: filter.to ?? "",
    };
  }

  /** Per actor id: rows of (topic, stance, statement ids). */
  async actorPositions(actorIds: readonly string[]): Promise<PositionRow<TopicRecord>[][]> {
    const rows = await this.db.read("read-actor-positions", { ids: [...actorIds] }, this.opts);
    return groupBy(actorIds, rows, (row) => ({
      key: String(asProps(row.topic).id),
      about: toTopic(asProps(row.topic)),
      stance: String(row.stance) as Stance,
      statementIds: ids(row.statementIds),
    }));
  }

  /** Per topic id (narrower topics included): rows of (actor as spoken, stance, statement ids). */
  async topicPositions(topicIds: readonly string[]): Promise<PositionRow<ActorRecord>[][]> {
    const rows = await this.db.read("read-topic-positions", { ids: [...topicIds] }, this.opts);
    return groupBy(topicIds, rows, (row) => ({
      key: String(asProps(row.actor).id),
      about: toActor(asProps(row.actor)),
      stance: String(row.stance) as Stance,
      statementIds: ids(row.statementIds),
    }));
  }

  async timeline(filter: AnalysisFilter, period: PeriodUnit): Promise<TimelineRow[]> {
    const rows = await this.db.read("read-timeline", { ...this.params(filter), period }, this.opts);
    return rows.map((row) => ({ start: String(row.start), stance: String(row.stance) as Stance, count: Number(row.count) }));
  }

  async positionChanges(filter: AnalysisFilter): Promise<PositionChangeRecord[]> {
    const rows = await this.db.read("read-position-changes", this.params(filter), this.opts);
    return rows.map((row) => ({
      actor: toActor(asProps(row.actor)),
      topic: toTopic(asProps(row.topic)),
      before: toStatement(asProps(row.before)),
      after: toStatement(asProps(row.after)),
    }));
  }

  async actorTopicNetwork(filter: AnalysisFilter): Promise<ActorTopicEdge[]> {
    const rows = await this.db.read("read-network-actor-topic", this.params(filter), this.opts);
    return rows.map((row) => ({
      actor: toActor(asProps(row.actor)),
      topic: toTopic(asProps(row.topic)),
      stances: asList(row.stances)
        .map((s) => ({ stance: String(s.stance) as Stance, count: Number(s.count) }))
        .sort((a, b) => a.stance.localeCompare(b.stance)),
      weight: Number(row.weight),
      statementIds: ids(row.statementIds),
    }));
  }

  async actorNetwork(filter: AnalysisFilter, relation: "congruence" | "conflict"): Promise<PairEdge<ActorRecord>[]> {
    const name = relation === "congruence" ? "read-network-congruence" : "read-network-conflict";
    const rows = await this.db.read(name, this.params(filter), this.opts);
    return rows.map((row) => ({
      source: toActor(asProps(row.source)),
      target: toActor(asProps(row.target)),
      weight: Number(row.weight),
      topicIds: ids(row.topicIds).sort(),
      statementIds: ids(row.statementIds),
    }));
  }

  async topicNetwork(filter: AnalysisFilter): Promise<PairEdge<TopicRecord>[]> {
    const rows = await this.db.read("read-network-topics", this.params(filter), this.opts);
    return rows.map((row) => ({
      source: toTopic(asProps(row.source)),
      target: toTopic(asProps(row.target)),
      weight: Number(row.weight),
      topicIds: [],
      statementIds: ids(row.statementIds),
    }));
  }
}

function groupBy<T>(keys: readonly string[], rows: Record<string, unknown>[], map: (row: Record<string, unknown>) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(String(row.id))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}
