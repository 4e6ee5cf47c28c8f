/**
 * The measures of discourse network analysis the API offers (`NetworkOptions`, docs/analytics.md)
 * and the moving time windows, as the explorer keeps them in its state and URL.
 */
export const QUALIFIERS = ["ignore", "per-stance", "combined", "subtract"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const NORMALISATIONS = ["none", "average-activity", "jaccard", "cosine"] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export const DUPLICATE_MODES = ["statement", "document", "month", "year"] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

export const TOPIC_LINKS = ["statements", "shared-actors"] as const;
export type TopicLink = (typeof TOPIC_LINKS)[number];

export const TIME_UNITS = ["day", "month", "year"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface Period {
  size: number;
  unit: TimeUnit;
}

export interface Measures {
  qualifier: Qualifier;
  normalisation: Normalisation;
  duplicates: DuplicateMode;
  topicLink: TopicLink;
  /** Moving windows are on when `window` is set; `step` then defaults to `window` (tiling). */
  window: Period | null;
  step: Period | null;
  /** Which window is shown (0-based); clamped to the windows the API returns. */
  windowIndex: number;
}

/** The API's defaults, so an empty URL asks for the API's default network. */
export const DEFAULT_MEASURES: Measures = {
  qualifier: "ignore",
  normalisation: "none",
  duplicates: "statement",
  topicLink: "statements",
  window: null,
  step: null,
  windowIndex: 0,
};

export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  ignore: "Ignore stance",
  "per-stance": "One link per stance",
  combined: "Combined (polarity)",
  subtract: "Positive − negative",
};

export const NORMALISATION_LABEL: Record<Normalisation, string> = {
  none: "None (counts)",
  "average-activity": "Average activity",
  jaccard: "Jaccard",
  cosine: "Cosine",
};

export const DUPLICATES_LABEL: Record<DuplicateMode, string> = {
  statement: "Every statement counts",
  document: "Once per document",
  month: "Once per month",
  year: "Once per year",
};

export const TOPIC_LINK_LABEL: Record<TopicLink, string> = {
  statements: "Statements about both",
  "shared-actors": "Actors on both",
};

export const TIME_UNIT_LABEL: Record<TimeUnit, string> = { day: "days", month: "months", year: "years" };

export function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

const UNIT_LETTER: Record<TimeUnit, string> = { day: "d", month: "m", year: "y" };

/** "3m" ⇄ {size: 3, unit: "month"}; anything else is null. */
export function parsePeriod(text: string | null): Period | null {
  const match = /^(\d{1,4})([dmy])$/.exec(text ?? "");
  if (!match) return null;
  const size = Number(match[1]);
  if (size < 1) return null;
  const unit = TIME_UNITS.find((u) => UNIT_LETTER[u] === match[2]) as TimeUnit;
  return { size, unit };
}

export function formatPeriod(period: Period): string {
  return `${period.size}${UNIT_LETTER[period.unit]}`;
}

export function describePeriod(period: Period): string {
  return `${period.size} ${period.size === 1 ? TIME_UNIT_LABEL[period.unit].replace(/s$/, "") : TIME_UNIT_LABEL[period.unit]}`;
}

export function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === b || (a !== null && b !== null && a.size === b.size && a.unit === b.unit);
}
