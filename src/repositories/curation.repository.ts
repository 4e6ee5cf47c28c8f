/**
 * Analysts' changes to the graph: statement corrections (recorded as Correction nodes) and merges
 * of duplicate actors or topics (the merged node stays as a MERGED_INTO stub so its id resolves).
 * Each change runs in one write transaction: it validates, then writes, or writes nothing, and
 * refreshes the derived data (counts, topicIds) of the statements it changed (src/db/derived-data.ts).
 */
import type { ActorKind, Stance } from "../ingest/extraction.js";
import { SEARCH_TEXT_VERSION, searchTextOfNames } from "../search/index-text.js";
import { BadUserInputError, NotFoundError } from "../errors/app-error.js";
import type { QueryTransaction } from "../db/database.js";
import { refreshDerivedData } from "../db/derived-data.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type { ActorRecord, StatementRecord, TopicRecord } from "./records.js";
import { asProps, toActor, toStatement, toTopic } from "./record-mappers.js";

export interface StatementCorrection {
  id: string;
  stance: Stance | null;
  actorIds: string[] | null;
  topicIds: string[] | null;
  /** Who corrects (recorded on the Correction). */
  by: string;
}

export interface ReviewDecision {
  id: string;
  review: "confirmed" | "rejected";
  by: string;
  /** The reason given (for a rejection). */
  note: string | null;
}

export interface NewActor {
  id: string;
  name: string;
  kind: ActorKind;
  by: string;
}

export interface NewTopic {
  id: string;
  label: string;
  broaderId: string | null;
  by: string;
}

interface Existing {
  label: string;
  kind: string | null;
  merged: boolean;
}

export class CurationRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  async correctStatement(correction: StatementCorrection): Promise<StatementRecord> {
    return this.db.writeTransaction(
      async (tx) => {
        const wanted = [correction.id, ...(correction.actorIds ?? []), ...(correction.topicIds ?? [])];
        const existing = await lookup(tx, wanted);
        if (existing.get(correction.id)?.label !== "Statement") throw new NotFoundError(`No statement with id ${correction.id}`);
        expectLive(existing, correction.actorIds ?? [], "Actor", "actor");
        expectLive(existing, correction.topicIds ?? [], "Topic", "topic");
        const params = { id: correction.id, by: correction.by };
        if (correction.stance !== null) await tx.run("mutate-correct-stance", { ...params, stance: correction.stance });
        if (correction.actorIds !== null) {
          await tx.run("mutate-correct-actors", { ...params, actorIds: unique(correction.actorIds) });
          await tx.run("resolve-statements", { statementIds: [correction.id] });
        }
        if (correction.topicIds !== null) await tx.run("mutate-correct-topics", { ...params, topicIds: unique(correction.topicIds) });
        await tx.run("mutate-mark-corrected", params);
        await refreshDerivedData(tx, { statementIds: [correction.id] });
        const [row] = await tx.run("read-statements-by-id", { ids: [correction.id] });
        return toStatement(asProps(row?.statement));
      },
      { ...this.options, operation: "correctStatement" },
    );
  }

  /**
   * Records a review decision (confirmed: right as shown; rejected: not a position) and refreshes
   * the derived data, as a rejection takes the statement out of the counts and a confirmation of
   * a rejected statement puts it back.
   */
  async reviewStatement(decision: ReviewDecision): Promise<StatementRecord> {
    return this.db.writeTransaction(
      async (tx) => {
        const existing = await lookup(tx, [decision.id]);
        if (existing.get(decision.id)?.label !== "Statement") throw new NotFoundError(`No statement with id ${decision.id}`);
        const [row] = await tx.run("mutate-review-statement", { id: decision.id, review: decision.review, by: decision.by, note: decision.note });
        if (row?.before === "rejected" || decision.review === "rejected") await refreshDerivedData(tx, { statementIds: [decision.id] });
        const [statement] = await tx.run("read-statements-by-id", { ids: [decision.id] });
        return toStatement(asProps(statement?.statement));
      },
      { ...this.options, operation: `${decision.review === "rejected" ? "reject" : "confirm"}Statement` },
    );
  }

  /** A new actor or topic an analyst names while correcting (not in the gazetteer: isNew, not curated). */
  async createActor(actor: NewActor): Promise<ActorRecord> {
    return this.create("mutate-create-actor", { ...actor, searchText: searchTextOfNames(actor.name, []), searchVersion: SEARCH_TEXT_VERSION }, "actor", toActor);
  }

  async createTopic(topic: NewTopic): Promise<TopicRecord> {
    return this.create("mutate-create-topic", { ...topic, searchText: searchTextOfNames(topic.label, []), searchVersion: SEARCH_TEXT_VERSION }, "topic", toTopic);
  }

  private async create<T>(query: "mutate-create-actor" | "mutate-create-topic", params: { id: string; by: string; broaderId?: string | null; [key: string]: unknown }, noun: string, map: (p: Record<string, unknown>) => T): Promise<T> {
    return this.db.writeTransaction(
      async (tx) => {
        const existing = await lookup(tx, [params.id, ...(params.broaderId ? [params.broaderId] : [])]);
        if (existing.has(params.id)) throw new BadUserInputError(`There is already ${noun === "actor" ? "an" : "a"} ${noun} with id ${params.id}: use it`);
        if (params.broaderId) expectLive(existing, [params.broaderId], "Topic", "topic");
        const [row] = await tx.run(query, params);
        return map(asProps(row?.node));
      },
      { ...this.options, operation: query },
    );
  }

  async mergeActors(keepId: string, mergeId: string, by: string): Promise<ActorRecord> {
    return this.db.writeTransaction(
      async (tx) => {
        await checkMerge(tx, keepId, mergeId, "Actor", "actor");
        const [row] = await tx.run("mutate-merge-actors", { keepId, mergeId, by });
        await refreshDerivedData(tx, { statementIds: ids(row?.statementIds) });
        return toActor(asProps(row?.actor));
      },
      { ...this.options, operation: "mergeActors" },
    );
  }

  async mergeTopics(keepId: string, mergeId: string, by: string): Promise<TopicRecord> {
    return this.db.writeTransaction(
      async (tx) => {
        await checkMerge(tx, keepId, mergeId, "Topic", "topic");
        const [row] = await tx.run("mutate-merge-topics", { keepId, mergeId, by });
        await refreshDerivedData(tx, { statementIds: ids(row?.statementIds) });
        return toTopic(asProps(row?.topic));
      },
      { ...this.options, operation: "mergeTopics" },
    );
  }
}

async function lookup(tx: QueryTransaction, ids: string[]): Promise<Map<string, Existing>> {
  const rows = await tx.run("read-ids-exist", { ids: unique(ids) });
  return new Map(
    rows.map((row) => [String(row.id), { label: String(row.label), kind: row.kind === null ? null : String(row.kind), merged: row.merged === true }]),
  );
}

function expectLive(existing: Map<string, Existing>, ids: string[], label: string, noun: string): void {
  for (const id of ids) {
    const found = existing.get(id);
    if (found?.label !== label) throw new BadUserInputError(`No ${noun} with id ${id}`);
    if (found.merged) throw new BadUserInputError(`The ${noun} ${id} was merged into another; use the kept ${noun}'s id`);
  }
}

async function checkMerge(tx: QueryTransaction, keepId: string, mergeId: string, label: string, noun: string): Promise<void> {
  if (keepId === mergeId) throw new BadUserInputError(`Cannot merge ${noun} ${keepId} into itself`);
  const existing = await lookup(tx, [keepId, mergeId]);
  for (const id of [keepId, mergeId]) {
    const found = existing.get(id);
    if (found?.label !== label) throw new NotFoundError(`No ${noun} with id ${id}`);
    if (found.merged) throw new BadUserInputError(`The ${noun} ${id} was already merged into another`);
  }
  const keepKind = existing.get(keepId)?.kind;
  const mergeKind = existing.get(mergeId)?.kind;
  if (label === "Actor" && keepKind !== mergeKind) {
    throw new BadUserInputError(`Cannot merge a ${mergeKind ?? "actor"} (${mergeId}) into a ${keepKind ?? "actor"} (${keepId}): kinds differ`);
  }
}

const unique = (values: string[]): string[] => [...new Set(values)];
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
