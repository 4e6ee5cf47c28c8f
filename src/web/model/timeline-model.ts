/**
 * Statements per period, stacked by stance. The period grows with the span of dates so the
 * chart keeps a readable number of bars: month up to 3 years, quarter up to 10, then year.
 */
import { STANCES, type Stance } from "./stance.js";
import type { Statement } from "./types.js";

export type Period = "month" | "quarter" | "year";

export interface Bucket {
  key: string;
  label: string;
  counts: Record<Stance, number>;
  total: number;
}

function periodKey(date: string, period: Period): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (period) {
    case "month":
      return `${year}-${String(month).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case "year":
      return year;
  }
}

export function choosePeriod(dates: string[]): Period {
  if (dates.length === 0) return "month";
  const sorted = [...dates].sort();
  const years = Number((sorted[sorted.length - 1] as string).slice(0, 4)) - Number((sorted[0] as string).slice(0, 4));
  return years <= 3 ? "month" : years <= 10 ? "quarter" : "year";
}

function emptyCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}

export function bucketize(statements: Statement[], period?: Period): { period: Period; buckets: Bucket[] } {
  const dated = statements.filter((s): s is Statement & { date: string } => s.date !== null);
  const chosen = period ?? choosePeriod(dated.map((s) => s.date));
  const buckets = new Map<string, Bucket>();
  for (const statement of dated) {
    const key = periodKey(statement.date, chosen);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { key, label: key, counts: emptyCounts(), total: 0 };
      buckets.set(key, bucket);
    }
    bucket.counts[statement.stance] += 1;
    bucket.total += 1;
  }
  // Every period between the first and the last is drawn, empty ones too, so gaps in time show.
  const keys = [...buckets.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first !== undefined && last !== undefined) {
    for (const key of periodsBetween(first, last, chosen)) {
      if (!buckets.has(key)) buckets.set(key, { key, label: key, counts: emptyCounts(), total: 0 });
    }
  }
  return { period: chosen, buckets: [...buckets.values()].sort((a, b) => a.key.localeCompare(b.key)) };
}

function periodsBetween(first: string, last: string, period: Period): string[] {
  const year = (key: string) => Number(key.slice(0, 4));
  const steps = period === "year" ? 1 : period === "quarter" ? 4 : 12;
  const index = (key: string) =>
    year(key) * steps + (period === "year" ? 0 : period === "quarter" ? Number(key.slice(6)) - 1 : Number(key.slice(5, 7)) - 1);
  const keys: string[] = [];
  for (let i = index(first); i <= index(last) && keys.length < 400; i++) {
    const y = Math.floor(i / steps);
    const part = (i % steps) + 1;
    keys.push(period === "year" ? String(y) : period === "quarter" ? `${y}-Q${part}` : `${y}-${String(part).padStart(2, "0")}`);
  }
  return keys;
}
