/**
 * Statements per period, stacked by stance, from the API's `timeline` answer. The period grows
 * with the span of the dates on screen so the chart keeps a readable number of bars: month up to
 * 3 years, quarter up to 10, then year. `timeline` has no stance filter, so a stance filter keeps
 * only the chosen stances' segments (and totals) of each bucket.
 */
import { STANCES, type Stance } from "./stance.js";
import type { TimelineBucketData } from "./types.js";

export type Period = "month" | "quarter" | "year";

export interface Bucket {
  key: string;
  label: string;
  counts: Record<Stance, number>;
  total: number;
}

/** The period for a span of dates (ISO, inclusive); month when the span is unknown. */
export function choosePeriod(from: string | null, to: string | null): Period {
  if (!from || !to) return "month";
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return years <= 3 ? "month" : years <= 10 ? "quarter" : "year";
}

/** The API's buckets (empty periods in between included) restricted to the chosen stances (empty: all). */
export function timelineBuckets(data: TimelineBucketData[], stances: readonly Stance[]): Bucket[] {
  const shown = stances.length > 0 ? stances : STANCES;
  return data.map((bucket) => {
    const counts = Object.fromEntries(STANCES.map((stance) => [stance, shown.includes(stance) ? (bucket.counts[stance] ?? 0) : 0])) as Record<Stance, number>;
    return { key: bucket.period, label: bucket.period, counts, total: STANCES.reduce((sum, stance) => sum + counts[stance], 0) };
  });
}

/** Statements per stance over all buckets. */
export function stanceTotals(buckets: Bucket[]): Record<Stance, number> {
  const totals = Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
  for (const bucket of buckets) for (const stance of STANCES) totals[stance] += bucket.counts[stance];
  return totals;
}
