/** The review view's model: a statement as an analyst judges it, and its audit trail. */
import type { Stance } from "./stance.js";

export type ReviewState = "unreviewed" | "confirmed" | "corrected" | "rejected";

/** One entry of a statement's audit trail (the API's `Correction`). */
export interface ReviewEntry {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  by: string;
  at: string;
  note: string | null;
}

export interface ReviewItem {
  id: string;
  text: string;
  stance: Stance;
  confidence: number;
  rule: string;
  cue: string;
  attribution: string;
  review: ReviewState;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Source text just before and after the sentence, and whether the text goes on beyond them. */
  before: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  speakers: { id: string; name: string }[];
  topics: { id: string; label: string }[];
  history: ReviewEntry[];
}

export interface ReviewPage {
  totalCount: number;
  items: ReviewItem[];
  /** Cursor of the next page, or null. */
  next: string | null;
}

/** "2026-12-04 15:20" from an ISO date-time (UTC). */
export function formatWhen(iso: string | null): string {
  if (!iso) return "";
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** A trail entry as a sentence: "stance: support → concern", "rejected (reason)". */
export function describeEntry(entry: ReviewEntry, names: ReadonlyMap<string, string>): string {
  const list = (value: string | null) =>
    (value ?? "")
      .split(",")
      .filter(Boolean)
      .map((id) => names.get(id) ?? id)
      .join(", ") || "none";
  if (entry.field === "review") return `${entry.newValue ?? "reviewed"}${entry.note ? ` (${entry.note})` : ""}`;
  if (entry.field === "actors") return `speaker: ${list(entry.oldValue)} → ${list(entry.newValue)}`;
  if (entry.field === "topics") return `topics: ${list(entry.oldValue)} → ${list(entry.newValue)}`;
  return `${entry.field}: ${entry.oldValue ?? "none"} → ${entry.newValue ?? "none"}`;
}
