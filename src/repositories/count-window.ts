/**
 * Splits a date window into what cypher/read-network-actor-topic-counts.cypher reads: whole years
 * (YearCount), whole months outside those years (MonthCount) and at most two partial-month day
 * ranges (the statements themselves; one when the window lies inside one month). The parts are
 * disjoint and together cover exactly the days of the window. Pure, so it is tested without a
 * database.
 */

export interface CountWindow {
  /** Whole years, 'YYYY'..'YYYY'; from > to when there are none. */
  yearFrom: string;
  yearTo: string;
  /** Whole months, 'YYYY-MM' (or 'undated' for the undated statements of a request without window). */
  monthRanges: { from: string; to: string }[];
  /** ISO dates, inclusive. */
  dayRanges: { from: string; to: string }[];
}

interface Day {
  y: number;
  m: number;
  d: number;
}

const NO_YEARS = { yearFrom: "9999", yearTo: "0000" };

/** No window: every dated statement (all years) and the undated ones. */
export function wholeGraphWindow(): CountWindow {
  return { yearFrom: "0000", yearTo: "9999", monthRanges: [{ from: "undated", to: "undated" }], dayRanges: [] };
}

/** The parts of [from, to] (ISO dates, inclusive); an empty window (from > to) has none. */
export function splitWindow(from: string, to: string): CountWindow {
  const out: CountWindow = { ...NO_YEARS, monthRanges: [], dayRanges: [] };
  let start = parse(from);
  let end = parse(to);
  if (compare(start, end) > 0) return out;
  // 1. A partial first month.
  if (start.d !== 1) {
    const headEnd = min(end, lastDayOf(start.y, start.m));
    out.dayRanges.push({ from: iso(start), to: iso(headEnd) });
    if (compare(headEnd, end) === 0) return out;
    start = nextMonth(start.y, start.m);
  }
  // 2. A partial last month (start is now the first of a month, on or before end).
  if (end.d !== daysIn(end.y, end.m)) {
    const tailStart = max(start, { y: end.y, m: end.m, d: 1 });
    out.dayRanges.push({ from: iso(tailStart), to: iso(end) });
    if (compare(tailStart, start) === 0) return out;
    end = previousMonthEnd(end.y, end.m);
  }
  // Whole months from start's month to end's month.
  let [fy, fm] = [start.y, start.m];
  let [ty, tm] = [end.y, end.m];
  // 3. Months before the first whole year.
  if (fm !== 1) {
    const lastY = fy;
    const lastM = ty === fy ? tm : 12;
    out.monthRanges.push({ from: month(fy, fm), to: month(lastY, lastM) });
    if (ty === fy) return out;
    [fy, fm] = [fy + 1, 1];
  }
  // 4. Months after the last whole year.
  if (tm !== 12) {
    out.monthRanges.push({ from: month(ty, 1), to: month(ty, tm) });
    if (ty === fy) return out;
    [ty, tm] = [ty - 1, 12];
  }
  // 5. Whole years.
  if (fy <= ty) {
    out.yearFrom = year(fy);
    out.yearTo = year(ty);
  }
  return out;
}

function parse(value: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`not an ISO date: ${value}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function daysIn(y: number, m: number): number {
  // setUTCFullYear, unlike Date.UTC, takes years 0..99 as they are (the sentinel 0001).
  const date = new Date(0);
  date.setUTCFullYear(y, m, 0);
  return date.getUTCDate();
}

const lastDayOf = (y: number, m: number): Day => ({ y, m, d: daysIn(y, m) });
const nextMonth = (y: number, m: number): Day => (m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 });
const previousMonthEnd = (y: number, m: number): Day => (m === 1 ? lastDayOf(y - 1, 12) : lastDayOf(y, m - 1));
const compare = (a: Day, b: Day): number => a.y - b.y || a.m - b.m || a.d - b.d;
const min = (a: Day, b: Day): Day => (compare(a, b) <= 0 ? a : b);
const max = (a: Day, b: Day): Day => (compare(a, b) >= 0 ? a : b);
const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const year = (y: number): string => pad(y, 4);
const month = (y: number, m: number): string => `${pad(y, 4)}-${pad(m, 2)}`;
const iso = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
