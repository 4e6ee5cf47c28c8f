/**
 * Node properties (as the gateway returns them) to records, with defaults for properties older
 * loads may lack. The one place that knows how stored properties are named.
 */
import type { ActorKind, Attribution, Stance } from "../ingest/extraction.js";
import type { TenureStatus } from "../ingest/gazetteer/gazetteer.js";
import type {
  ActorRecord,
  AgendaItemRecord,
  CorrectionRecord,
  DocumentRecord,
  EventRecord,
  MeetingRecord,
  NodeRecord,
  ReviewState,
  StatementRecord,
  Tenure,
  TopicRecord,
} from "./records.js";
import { REVIEW_STATES } from "./records.js";

type Props = Record<string, unknown>;

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const num = (value: unknown): number => (typeof value === "number" ? value : Number(value ?? 0));
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toActor(p: Props): ActorRecord {
  return {
    id: String(p.id),
    name: String(p.name ?? p.id),
    kind: (str(p.kind) ?? "organisation") as ActorKind,
    aliases: strings(p.aliases),
    description: str(p.description),
    curated: p.curated === true,
    isNew: p.isNew === true,
  };
}

/** A HELD relationship's properties with its person and office. */
export function toTenure(person: Props, office: Props, held: Props): Tenure {
  return {
    person: toActor(person),
    office: toActor(office),
    from: str(held.from),
    to: str(held.to),
    acting: held.acting === true,
    status: (str(held.status) ?? "confirmed") as TenureStatus,
    role: str(held.role),
    source: str(held.source),
    evidence: str(held.evidence),
    sourceTo: str(held.sourceTo),
    evidenceTo: str(held.evidenceTo),
    note: str(held.note),
  };
}

export function toTopic(p: Props): TopicRecord {
  return {
    id: String(p.id),
    label: String(p.label ?? p.id),
    aliases: strings(p.aliases),
    description: str(p.description),
    curated: p.curated === true,
    isNew: p.isNew === true,
  };
}

export function toStatement(p: Props): StatementRecord {
  return {
    id: String(p.id),
    text: String(p.text ?? ""),
    stance: String(p.stance) as Stance,
    date: str(p.date),
    confidence: num(p.confidence),
    attribution: (str(p.attribution) ?? "unattributed") as Attribution,
    rule: String(p.rule ?? ""),
    cue: String(p.cue ?? ""),
    start: num(p.start),
    end: num(p.end),
    documentId: String(p.documentId ?? ""),
    review: REVIEW_STATES.includes(p.review as ReviewState) ? (p.review as ReviewState) : "unreviewed",
    reviewedBy: str(p.reviewedBy),
    reviewedAt: str(p.reviewedAt),
  };
}

export function toDocument(p: Props): DocumentRecord {
  return {
    id: String(p.id),
    source: String(p.source ?? ""),
    title: str(p.title),
    text: String(p.text ?? ""),
    format: str(p.format),
    language: str(p.language),
    date: str(p.date),
    body: str(p.body),
    loadedAt: str(p.loadedAt),
  };
}

export function toMeeting(p: Props): MeetingRecord {
  return { id: String(p.id), body: str(p.body), date: str(p.date), title: str(p.title) };
}

export function toAgendaItem(p: Props): AgendaItemRecord {
  return {
    id: String(p.id),
    heading: String(p.heading ?? ""),
    index: num(p.index),
    start: num(p.start),
    end: num(p.end),
    documentId: String(p.documentId ?? ""),
  };
}

export function toEvent(p: Props): EventRecord {
  return { id: String(p.id), label: String(p.label ?? ""), date: str(p.date), start: num(p.start), end: num(p.end), documentId: String(p.documentId ?? "") };
}

export function toCorrection(p: Props): CorrectionRecord {
  return {
    id: String(p.id),
    field: String(p.field ?? ""),
    oldValue: str(p.oldValue),
    newValue: str(p.newValue),
    by: String(p.by ?? ""),
    at: String(p.at ?? ""),
    statementId: String(p.statementId ?? ""),
    note: str(p.note),
  };
}

export function toNode(label: string, p: Props): NodeRecord | null {
  switch (label) {
    case "Actor":
      return { label, value: toActor(p) };
    case "Topic":
      return { label, value: toTopic(p) };
    case "Statement":
      return { label, value: toStatement(p) };
    case "Document":
      return { label, value: toDocument(p) };
    case "Meeting":
      return { label, value: toMeeting(p) };
    case "AgendaItem":
      return { label, value: toAgendaItem(p) };
    case "Event":
      return { label, value: toEvent(p) };
    case "Correction":
      return { label, value: toCorrection(p) };
    default:
      return null;
  }
}

export const asProps = (value: unknown): Props => (value && typeof value === "object" ? (value as Props) : {});
export const asList = (value: unknown): Props[] => (Array.isArray(value) ? value.map(asProps) : []);
