/**
 * The plain shapes repositories return: node properties as stored (see cypher/README.md), dates as
 * ISO strings. The GraphQL types read their scalar fields straight from these.
 */
import type { TenureStatus } from "../ingest/gazetteer/gazetteer.js";
import type { ActorKind, Attribution, Stance } from "../ingest/extraction.js";

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  curated: boolean;
  isNew: boolean;
}

export interface TopicRecord {
  id: string;
  label: string;
  aliases: string[];
  description: string | null;
  curated: boolean;
  isNew: boolean;
}

/**
 * Where an analyst left a statement: nobody looked at it yet, confirmed as extracted, corrected
 * (stance, speakers or topics), or rejected as not a position. The latest decision counts.
 */
export type ReviewState = "unreviewed" | "confirmed" | "corrected" | "rejected";
export const REVIEW_STATES: readonly ReviewState[] = ["unreviewed", "confirmed", "corrected", "rejected"];

export interface StatementRecord {
  id: string;
  text: string;
  stance: Stance;
  date: string | null;
  confidence: number;
  attribution: Attribution;
  rule: string;
  cue: string;
  start: number;
  end: number;
  documentId: string;
  review: ReviewState;
  /** Who made the latest review decision, and when (ISO date-time); null while unreviewed. */
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface DocumentRecord {
  id: string;
  source: string;
  title: string | null;
  text: string;
  format: string | null;
  language: string | null;
  date: string | null;
  body: string | null;
  loadedAt: string | null;
}

export interface MeetingRecord {
  id: string;
  body: string | null;
  date: string | null;
  title: string | null;
}

export interface AgendaItemRecord {
  id: string;
  heading: string;
  index: number;
  start: number;
  end: number;
  documentId: string;
}

export interface EventRecord {
  id: string;
  label: string;
  date: string | null;
  start: number;
  end: number;
  documentId: string;
}

export interface CorrectionRecord {
  id: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  by: string;
  at: string;
  statementId: string;
  /** Why, when the analyst said so (a rejection's reason). */
  note: string | null;
}

/** Any node `node(id)` can return, tagged with its label. */
export type NodeRecord =
  | { label: "Actor"; value: ActorRecord }
  | { label: "Topic"; value: TopicRecord }
  | { label: "Statement"; value: StatementRecord }
  | { label: "Document"; value: DocumentRecord }
  | { label: "Meeting"; value: MeetingRecord }
  | { label: "AgendaItem"; value: AgendaItemRecord }
  | { label: "Event"; value: EventRecord }
  | { label: "Correction"; value: CorrectionRecord };

/** Everything a statement links to, fetched for many statements in one query. */
export interface StatementLinks {
  statementId: string;
  speakers: ActorRecord[];
  persons: ActorRecord[];
  addressees: ActorRecord[];
  mentions: ActorRecord[];
  topics: TopicRecord[];
  agendaItem: AgendaItemRecord | null;
  meeting: MeetingRecord | null;
  document: DocumentRecord | null;
  events: EventRecord[];
  corrections: CorrectionRecord[];
}

export interface StanceCount {
  stance: Stance;
  count: number;
}

export interface Tenure {
  person: ActorRecord;
  office: ActorRecord;
  from: string | null;
  to: string | null;
  acting: boolean;
  /** confirmed, month-only or unconfirmed (see seeds/gazetteer/tenures.yaml). */
  status: TenureStatus;
  role: string | null;
  source: string | null;
  evidence: string | null;
  sourceTo: string | null;
  evidenceTo: string | null;
  note: string | null;
}
