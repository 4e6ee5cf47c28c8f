/** Timeline buckets: labels per period and empty periods filled in between the first and last. */
import type { Stance } from "../../ingest/extraction.js";
import type { PeriodUnit, TimelineRow } from "../../repositories/analysis.repository.js";

export interface Bucket {
  period: string;
  start: string;
  stances: { stance: Stance; count: number }[];
  total: number;
}

const STEP_MONTHS: Record<PeriodUnit, number> = { month: 1, quarter: 3, year: 12 };

export function periodLabel(start: string, unit: PeriodUnit): string {
  const [year = "", month = "01"] = start.split("-");
  switch (unit) {
    case "month":
      return `${year}-${month}`;
    case "quarter":
      return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
    case "year":
      return year;
    default: {
      const unreachable: never = unit;
      throw new Error(`Unknown period ${String(unreachable)}`);
    }
  }
}

function addMonths(start: string, months: number): string {
  const [year = 0, month = 1] = start.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

export function buildBuckets(rows: TimelineRow[], unit: PeriodUnit): Bucket[] {
  if (rows.length === 0) return [];
  const byStart = new Map<string, Map<Stance, number>>();
  for (const row of rows) {
    const stances = byStart.get(row.start) ?? new Map<Stance, number>();
    stances.set(row.stance, (stances.get(row.stance) ?? 0) + row.count);
    byStart.set(row.start, stances);
  }
  const starts = [...byStart.keys()].sort();
  const last = starts.at(-1) ?? "";
  const buckets: Bucket[] = [];
  for (let start = starts[0] ?? last; start <= last; start = addMonths(start, STEP_MONTHS[unit])) {
    const stances = [...(byStart.get(start) ?? new Map<Stance, number>())].map(([stance, count]) => ({ stance, count }));
    stances.sort((a, b) => a.stance.localeCompare(b.stance));
    buckets.push({ period: periodLabel(start, unit), start, stances, total: stances.reduce((sum, s) => sum + s.count, 0) });
  }
  return buckets;
}
