/**
 * The vocabulary of the discourse networks (src/analytics): kinds, options, rows, nodes, edges,
 * and the small rules every network shares (stance sign, duplicate buckets, normalisation).
 */
import type { Stance } from "../ingest/extraction.js";
import { BadUserInputError } from "../errors/app-error.js";

export type NetworkKind = "actor-topic" | "congruence" | "conflict" | "subtract" | "topics";
export type Qualifier = "ignore" | "per-stance" | "combined" | "subtract";
export type Normalisation = "none" | "average-activity" | "jaccard" | "cosine";
export type Duplicates = "statement" | "document" | "month" | "year";
export type TopicLink = "statements" | "shared-actors";
export type TimeUnit = "day" | "month" | "year";

export interface NetworkOptions {
  qualifier: Qualifier;
  normalisation: Normalisation;
  duplicates: Duplicates;
  topicLink: TopicLink;
}

export const DEFAULT_OPTIONS: NetworkOptions = { qualifier: "ignore", normalisation: "none", duplicates: "statement", topicLink: "statements" };

/** One (statement, actor as spoken, topic) row of the filtered statements. */
export interface NetworkRow {
  statementId: string;
  stance: Stance;
  date: string | null;
  documentId: string;
  actor: { id: string; label: string; kind: string | null };
  topic: { id: string; label: string };
  /** The actor / topic passes the request's actor / topic filter. */
  actorPasses: boolean;
  topicPasses: boolean;
}

/** A row with what a statement-level export (rDNA-style CSV) needs. */
export interface StatementRow extends NetworkRow {
  text: string;
  start: number;
  end: number;
  /** Persons the statement is resolved to (the holder of the spoken office on its date). */
  persons: string[];
  documentSource: string | null;
  documentTitle: string | null;
  /** The analyst's review: state (`unreviewed`, `confirmed`, `corrected`), whether stance, speakers or topics were ever corrected, by whom and when (the latest decision). */
  review: string;
  corrected: boolean;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface StanceCount {
  stance: Stance;
  count: number;
}

export interface AnalyticNode {
  id: string;
  label: string;
  type: "actor" | "topic";
  kind: string | null;
  statementCount: number;
  degree: number;
  weightedDegree: number;
  /** Topics: 1 - |S - O| / (S + O) over actors' net positions; null for actors or when no actor takes a side. */
  polarisation: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface AnalyticEdge {
  source: string;
  target: string;
  weight: number;
  /** The weight before normalisation. */
  rawWeight: number;
  /** Per-stance actor–topic networks: the stance of this edge. */
  stance: Stance | null;
  /** Combined actor–topic networks: positive, negative, mixed or neutral. */
  polarity: string | null;
  stances: StanceCount[];
  topicIds: string[];
  actorIds: string[];
  statementIds: string[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface AnalyticNetwork {
  kind: NetworkKind;
  nodes: AnalyticNode[];
  edges: AnalyticEdge[];
}

export interface NetworkWindow {
  start: string;
  end: string;
  network: AnalyticNetwork;
}

/** Stances that take a side: positive ones conflict with OPPOSE (as in the conflict network). */
export const POSITIVE_STANCES: readonly Stance[] = ["support", "request", "commitment"];
export const NEGATIVE_STANCES: readonly Stance[] = ["oppose"];
export const sign = (stance: Stance): 1 | -1 | 0 => (POSITIVE_STANCES.includes(stance) ? 1 : NEGATIVE_STANCES.includes(stance) ? -1 : 0);

/** The duplicate bucket of a row: identical (actor, topic, stance) in one bucket count once. */
export function bucket(row: NetworkRow, duplicates: Duplicates): string {
  if (duplicates === "statement" || row.date === null) return duplicates === "document" ? `d:${row.documentId}` : `s:${row.statementId}`;
  if (duplicates === "document") return `d:${row.documentId}`;
  return duplicates === "month" ? `m:${row.date.slice(0, 7)}` : `y:${row.date.slice(0, 4)}`;
}

export function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set<V>()));
  return set;
}

export const unique = (values: Iterable<string>): string[] => [...new Set(values)];

export function checkOptions(kind: NetworkKind, options: NetworkOptions): void {
  if (kind === "actor-topic" && options.normalisation !== "none") {
    throw new BadUserInputError("normalisation applies to actor–actor and topic–topic networks, not to the two-mode actor–topic network");
  }
  if (kind !== "actor-topic" && options.qualifier !== "ignore") {
    throw new BadUserInputError("qualifier applies to the actor–topic network; actor–actor networks choose congruence, conflict or subtract by their kind");
  }
  if (kind !== "topics" && options.topicLink !== "statements") {
    throw new BadUserInputError("topicLink applies to the topic–topic network");
  }
}

/** Normalised weight of an edge with raw weight w between nodes of activity ai and aj (docs/analytics.md). */
export function normalise(w: number, ai: number, aj: number, normalisation: Normalisation): number {
  if (normalisation === "none" || w === 0) return w;
  if (normalisation === "average-activity") return w / ((ai + aj) / 2);
  if (normalisation === "jaccard") return w / (ai + aj - w);
  return w / Math.sqrt(ai * aj);
}

