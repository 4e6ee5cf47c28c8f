/**
 * Duplicate handling, polarisation and window arithmetic of src/analytics/networks.ts on the
 * FICTIONAL rows of tests/fixtures/analytics/fictional-duplicate-rows.ts, against values computed
 * by hand (in the comments). Pure functions: no database.
 */
import { describe, expect, it } from "vitest";
import { addPeriod, computeNetwork, computeWindows, normalise, windowBounds, type Duplicates } from "../../src/analytics/networks.js";
import { fictionalDuplicateRows as rows, fictionalIds as I } from "../fixtures/analytics/fictional-duplicate-rows.js";

const edge = (duplicates: Duplicates, actor: string) => {
  const network = computeNetwork(rows, "actor-topic", { qualifier: "ignore", normalisation: "none", duplicates, topicLink: "statements" });
  return network.edges.find((e) => e.source === actor);
};

describe("duplicate handling (actor–topic)", () => {
  it("STATEMENT counts every statement", () => {
    // A: support f1 f2 f3 f4 f5 = 5, oppose f6 = 1 -> 6.  B: oppose f7 f8 = 2.
    expect(edge("statement", I.A)?.weight).toBe(6);
    expect(edge("statement", I.A)?.stances).toEqual([
      { stance: "oppose", count: 1 },
      { stance: "support", count: 5 },
    ]);
    expect(edge("statement", I.B)?.weight).toBe(2);
  });

  it("DOCUMENT counts an identical (actor, topic, stance) once per document", () => {
    // A support: d1 (f1, f2), d2 (f3), d3 (f4), d4 (f5) = 4; oppose: d1 = 1 -> 5.  B oppose: d3 = 1.
    expect(edge("document", I.A)?.weight).toBe(5);
    expect(edge("document", I.B)?.weight).toBe(1);
  });

  it("MONTH counts it once per calendar month", () => {
    // A support: 2021-01 (f1 f2 f3), 2021-03 (f4), 2022-02 (f5) = 3; oppose 2021-01 = 1 -> 4.  B: 2021-03 = 1.
    expect(edge("month", I.A)?.weight).toBe(4);
    expect(edge("month", I.A)?.stances).toEqual([
      { stance: "oppose", count: 1 },
      { stance: "support", count: 3 },
    ]);
    expect(edge("month", I.B)?.weight).toBe(1);
  });

  it("YEAR counts it once per calendar year", () => {
    // A support: 2021, 2022 = 2; oppose 2021 = 1 -> 3.  B: 2021 = 1.
    expect(edge("year", I.A)?.weight).toBe(3);
    expect(edge("year", I.B)?.weight).toBe(1);
  });

  it("statementIds always list every statement behind the edge", () => {
    expect(edge("year", I.A)?.statementIds.sort()).toEqual(["f1", "f2", "f3", "f4", "f5", "f6"]);
  });

  it("SUBTRACT qualifier with duplicates: positive minus negative after deduplication", () => {
    // YEAR: A support 2 - oppose 1 = 1; B 0 - 1 = -1.
    const network = computeNetwork(rows, "actor-topic", { qualifier: "subtract", normalisation: "none", duplicates: "year", topicLink: "statements" });
    expect(Object.fromEntries(network.edges.map((e) => [e.source, e.weight]))).toEqual({ [I.A]: 1, [I.B]: -1 });
  });

  it("polarisation of the topic: net positions A +4 (5-1), B -2 -> S = 1, O = 1 -> 1 - 0/2 = 1", () => {
    const network = computeNetwork(rows, "actor-topic");
    expect(network.nodes.find((n) => n.id === I.X)?.polarisation).toBe(1);
    // Only A's 2022 statement: S = 1, O = 0 -> 1 - 1/1 = 0.
    const y2022 = computeNetwork(rows.filter((r) => (r.date ?? "") >= "2022-01-01"), "actor-topic");
    expect(y2022.nodes.find((n) => n.id === I.X)?.polarisation).toBe(0);
  });
});

describe("normalisation formulas", () => {
  it("w = 2, a_i = 4, a_j = 6", () => {
    expect(normalise(2, 4, 6, "none")).toBe(2);
    expect(normalise(2, 4, 6, "average-activity")).toBe(2 / 5); // 2 / ((4 + 6) / 2)
    expect(normalise(2, 4, 6, "jaccard")).toBe(2 / 8); // 2 / (4 + 6 - 2)
    expect(normalise(2, 4, 6, "cosine")).toBeCloseTo(2 / Math.sqrt(24), 12); // 2 / sqrt(4 * 6)
  });
});

describe("time windows", () => {
  it("adds days, months and years; months clamp to the month's last day", () => {
    expect(addPeriod("2021-01-31", 1, "month")).toBe("2021-02-28");
    expect(addPeriod("2020-02-29", 1, "year")).toBe("2021-02-28");
    expect(addPeriod("2021-12-31", 1, "day")).toBe("2022-01-01");
    expect(addPeriod("2021-03-01", -1, "day")).toBe("2021-02-28");
  });

  it("tumbling windows from the 31st tile without gaps", () => {
    const bounds = windowBounds({ size: 1, unit: "month" }, { size: 1, unit: "month" }, "2021-01-31", "2021-04-15");
    expect(bounds).toEqual([
      { start: "2021-01-31", end: "2021-02-27" },
      { start: "2021-02-28", end: "2021-03-30" },
      { start: "2021-03-31", end: "2021-04-29" },
    ]);
  });

  it("moving windows: 2 months every month, from the first statement (2021-01-05) to the last (2022-02-01)", () => {
    const windows = computeWindows(rows, "actor-topic", { qualifier: "ignore", normalisation: "none", duplicates: "statement", topicLink: "statements" }, { size: 2, unit: "month" }, { size: 1, unit: "month" }, null, null);
    // starts 2021-01-05 + i months while <= 2022-02-01: i = 0..12 -> 13 windows.
    expect(windows).toHaveLength(13);
    expect(windows[0]).toMatchObject({ start: "2021-01-05", end: "2021-03-04" });
    // Window 0 (Jan 5 - Mar 4): A f1 f2 f6 f3 f4 = 5, B f7 f8 = 2.  Window 1 (Feb 5 - Apr 4): A f4 = 1, B 2.
    const w = (i: number) => Object.fromEntries((windows[i]?.network.edges ?? []).map((e) => [e.source, e.weight]));
    expect(w(0)).toEqual({ [I.A]: 5, [I.B]: 2 });
    expect(w(1)).toEqual({ [I.A]: 1, [I.B]: 2 });
    expect(w(2)).toEqual({});
    // The last window (2022-01-05 - 2022-03-04) holds f5.
    expect(w(12)).toEqual({ [I.A]: 1 });
  });

  it("refuses sizes below 1 and too many windows", () => {
    expect(() => windowBounds({ size: 0, unit: "day" }, { size: 1, unit: "day" }, "2021-01-01", "2021-02-01")).toThrow(/whole numbers/);
    expect(() => windowBounds({ size: 1, unit: "day" }, { size: 1, unit: "day" }, "2000-01-01", "2021-02-01")).toThrow(/more than 1000 windows/);
  });
});
