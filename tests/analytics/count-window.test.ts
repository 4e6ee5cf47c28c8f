/**
 * splitWindow (src/repositories/count-window.ts): whole years, whole months outside them and at
 * most two partial-month day ranges, disjoint and together exactly the days of the window.
 */
import { describe, expect, it } from "vitest";
import { splitWindow, wholeGraphWindow } from "../../src/repositories/count-window.js";
import { seededRandom } from "../../bench/corpus/generate.js";

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Every day the parts cover, with repeats (a day covered twice appears twice). */
function coveredDays(from: string, to: string): string[] {
  const parts = splitWindow(from, to);
  const days: string[] = [];
  const each = (first: string, last: string) => {
    for (let t = Date.parse(first); t <= Date.parse(last); t += DAY) days.push(iso(t));
  };
  for (let y = Number(parts.yearFrom); y <= Number(parts.yearTo); y++) each(`${y}-01-01`, `${y}-12-31`);
  for (const range of parts.monthRanges) {
    const [y, m] = range.to.split("-").map(Number) as [number, number];
    each(`${range.from}-01`, iso(Date.UTC(y, m, 0)));
  }
  for (const range of parts.dayRanges) each(range.from, range.to);
  return days;
}

function windowDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) days.push(iso(t));
  return days;
}

describe("splitWindow", () => {
  it("covers exactly the days of 2,000 random windows, each day once", () => {
    const random = seededRandom(3);
    const start = Date.UTC(2017, 0, 1);
    for (let i = 0; i < 2_000; i++) {
      const a = start + Math.floor(random() * 1_500) * DAY;
      const b = a + Math.floor(random() * (i % 3 === 0 ? 40 : 900)) * DAY;
      const [from, to] = [iso(a), iso(b)];
      const parts = splitWindow(from, to);
      expect(coveredDays(from, to).sort(), `${from}..${to}`).toEqual(windowDays(from, to));
      expect(parts.dayRanges.length, `${from}..${to}`).toBeLessThanOrEqual(2);
      expect(parts.monthRanges.length, `${from}..${to}`).toBeLessThanOrEqual(2);
      for (const range of parts.dayRanges) expect(range.from.slice(0, 7), `${from}..${to}: a day range stays in one month`).toBe(range.to.slice(0, 7));
    }
  });

  it("whole years and months are read as counts; the sentinels of an open window are whole years", () => {
    expect(splitWindow("2019-01-01", "2019-12-31")).toEqual({ yearFrom: "2019", yearTo: "2019", monthRanges: [], dayRanges: [] });
    expect(splitWindow("2019-03-15", "2021-07-10")).toEqual({
      yearFrom: "2020",
      yearTo: "2020",
      monthRanges: [{ from: "2019-04", to: "2019-12" }, { from: "2021-01", to: "2021-06" }],
      dayRanges: [{ from: "2019-03-15", to: "2019-03-31" }, { from: "2021-07-01", to: "2021-07-10" }],
    });
    expect(splitWindow("2020-02-10", "2020-02-20").dayRanges).toEqual([{ from: "2020-02-10", to: "2020-02-20" }]);
    expect(splitWindow("2020-02-01", "2020-02-29").monthRanges).toEqual([{ from: "2020-02", to: "2020-02" }]);
    expect(splitWindow("0001-01-01", "9999-12-31")).toEqual({ yearFrom: "0001", yearTo: "9999", monthRanges: [], dayRanges: [] });
    expect(splitWindow("2020-01-01", "2019-01-01")).toEqual({ yearFrom: "9999", yearTo: "0000", monthRanges: [], dayRanges: [] });
    expect(wholeGraphWindow().monthRanges).toEqual([{ from: "undated", to: "undated" }]);
  });
});
