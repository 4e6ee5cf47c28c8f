/**
 * The explorer's own view of the data. `api/operations.ts` maps GraphQL responses into these
 * shapes, so a schema change touches that one file only.
 */
import type { Stance } from "./stance.js";

export type ActorKind = "person" | "office" | "group" | "organisation";

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Organisation ids this actor belongs to (directly). */
  partOf: string[];
}

export interface Topic {
  id: string;
  label: string;
  /** Ids of broader topics. */
  broader: string[];
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface Statement {
  id: string;
  text: string;
  stance: Stance;
  /** ISO yyyy-mm-dd (the meeting date) or null. */
  date: string | null;
  start: number;
  end: number;
  documentId: string;
  documentTitle: string;
  /** Holders as spoken (offices, groups, organisations, persons). */
  speakers: PersonRef[];
  /** Persons holding the spoken offices on the statement's date. */
  persons: PersonRef[];
  topics: { id: string; label: string }[];
}

/** One page of statements from the API, with the total over all pages. */
export interface StatementPage {
  statements: Statement[];
  totalCount: number;
  /** Where the next page starts (a cursor, or an index into a list of ids); null on the last page. */
  next: string | null;
}

/** A timeline bucket as the API returns it (`TimelineBucket`). */
export interface TimelineBucketData {
  period: string;
  counts: Partial<Record<Stance, number>>;
}

/** The statements matching a filter: how many, and per period and stance (dated ones). */
export interface StatementCounts {
  totalCount: number;
  buckets: TimelineBucketData[];
}

export interface DocumentText {
  id: string;
  title: string;
  date: string | null;
  text: string;
}

/** What the explorer loads at start-up: the filter panel's options. */
export interface Reference {
  actors: Map<string, Actor>;
  topics: Map<string, Topic>;
  /** Distinct meeting dates, ascending. */
  dates: string[];
}

export interface SearchHit {
  kind: "statement" | "actor" | "topic";
  id: string;
  label: string;
  /** For statements: the document and span, to open the document view. */
  documentId?: string;
  start?: number;
  end?: number;
  date?: string | null;
  /** For statements: the words that matched (offsets into `label`, the statement text). */
  highlights?: { start: number; end: number }[];
  /** For statements found through a topic the search names: that topic's label. */
  viaTopic?: string | null;
}

/** A node of a network computed by the API (`NetworkNode`). */
export interface NetworkNodeData {
  id: string;
  type: "actor" | "topic";
  /** Actors: person, office, group or organisation. */
  actorKind: string | null;
  label: string;
  degree: number;
  weightedDegree: number;
  /** Topics only; null when no actor takes a side. */
  polarisation: number | null;
  statementCount: number;
}

/** An edge of a network computed by the API (`NetworkEdge`). */
export interface NetworkEdgeData {
  source: string;
  target: string;
  weight: number;
  rawWeight: number;
  stance: Stance | null;
  polarity: string | null;
  stances: Partial<Record<Stance, number>>;
  /** Asked for in actor–actor and topic–topic networks only (api/network-operations.ts); else empty. */
  statementIds: string[];
  /** The ids' number, or else the sum of the stance counts. */
  statementCount: number;
  topicIds: string[];
  actorIds: string[];
}

export interface NetworkData {
  nodes: NetworkNodeData[];
  edges: NetworkEdgeData[];
}

export interface NetworkWindowData {
  start: string;
  end: string;
  network: NetworkData;
}

/** A file from `exportNetwork`. */
export interface ExportFileData {
  filename: string;
  mediaType: string;
  content: string;
}
