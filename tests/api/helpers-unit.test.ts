/** Small pure pieces of the API: search text to Lucene, timeline buckets, paragraphs, cursors, depth. */
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../src/graphql/arguments.js";
import { operationDepth } from "../../src/graphql/limits.js";
import { paragraphAround } from "../../src/graphql/resolvers/statement.resolver.js";
import { buildBuckets, periodLabel } from "../../src/graphql/resolvers/timeline.js";
import { toSearchQuery } from "../../src/search/search-query.js";

describe("toSearchQuery", () => {
  it("folds accents and case, stems, lets no Lucene syntax through and requires every word", () => {
    expect(toSearchQuery("Geëvalueerde  Ondermijningen")?.lucene).toBe("geevalueerd AND ondermijning");
    expect(toSearchQuery('publiek-private (samenwerking) "x" *:?')?.lucene).toBe("(publiekprivat OR (publiek AND privat)) AND samenwerking AND x");
    expect(toSearchQuery("cyber* OR minister")?.lucene).toBe("cyber AND or AND minister");
    expect(toSearchQuery("Politieagenten")?.lucene).toBe("(politieagent OR (politie AND agent))");
    expect(toSearchQuery("  ?! ")).toBeNull();
  });
});

describe("timeline buckets", () => {
  it("labels periods and fills empty ones between the first and the last", () => {
    expect(periodLabel("2019-07-01", "quarter")).toBe("2019-Q3");
    const buckets = buildBuckets(
      [
        { start: "2019-07-01", stance: "support", count: 2 },
        { start: "2020-01-01", stance: "oppose", count: 1 },
      ],
      "quarter",
    );
    expect(buckets.map((b) => [b.period, b.total])).toEqual([
      ["2019-Q3", 2],
      ["2019-Q4", 0],
      ["2020-Q1", 1],
    ]);
  });
});

describe("paragraphAround", () => {
  it("returns the blank-line delimited paragraph holding the span", () => {
    const text = "Kop\n\nEerste zin. Tweede zin.\n \nVolgende alinea.";
    const start = text.indexOf("Tweede");
    expect(paragraphAround(text, start, start + 11)).toBe("Eerste zin. Tweede zin.");
  });
});

describe("cursors", () => {
  it("round-trip and refuse anything else", () => {
    expect(decodeCursor(encodeCursor("2019-09-16|doc|0000000012|id"))).toBe("2019-09-16|doc|0000000012|id");
    expect(() => decodeCursor("bm9wZQ")).toThrow(/cursor/);
  });
});

describe("operationDepth", () => {
  it("counts nested fields through fragments and ignores introspection", () => {
    const document = parse(`query A { statements { ...E } __schema { types { fields { type { ofType { name } } } } } }
      fragment E on StatementConnection { edges { node { speakers { name } } } }`);
    expect(operationDepth(document, "A")).toBe(5);
  });
});
