/** The explorer's pure modules: URL state, filters, network building, context and timeline. */
import { describe, expect, it } from "vitest";
import { contextOf } from "../../src/web/model/context.js";
import { applyFilters, narrowerClosure, NO_FILTERS } from "../../src/web/model/filters.js";
import { buildGraph } from "../../src/web/model/graph-model.js";
import { bucketize } from "../../src/web/model/timeline-model.js";
import type { Corpus, Statement } from "../../src/web/model/types.js";
import { DEFAULT_STATE, formatHash, parseHash } from "../../src/web/state/url-state.js";

function statement(id: string, actorIds: string[], topicIds: string[], stance: Statement["stance"], date: string): Statement {
  return { id, text: id, stance, date, start: 0, end: 1, documentId: "d", documentTitle: "D", actorIds, persons: [], topicIds };
}

const corpus: Corpus = {
  actors: new Map([
    ["office:korpschef", { id: "office:korpschef", name: "de korpschef", kind: "office", partOf: ["org:politie"] }],
    ["office:minister", { id: "office:minister", name: "de minister", kind: "office", partOf: [] }],
    ["org:politie", { id: "org:politie", name: "de politie", kind: "organisation", partOf: [] }],
  ]),
  topics: new Map([
    ["topic:criminaliteit", { id: "topic:criminaliteit", label: "criminaliteit", broader: [] }],
    ["topic:cybercrime", { id: "topic:cybercrime", label: "cybercrime", broader: ["topic:criminaliteit"] }],
    ["topic:taser", { id: "topic:taser", label: "stroomstootwapen", broader: [] }],
  ]),
  statements: [
    statement("s1", ["office:korpschef"], ["topic:cybercrime"], "support", "2019-09-16"),
    statement("s2", ["office:minister"], ["topic:cybercrime", "topic:taser"], "oppose", "2019-09-16"),
    statement("s3", ["office:minister"], ["topic:taser"], "commitment", "2020-03-09"),
    statement("s4", ["office:korpschef"], ["topic:taser"], "support", "2020-03-09"),
  ],
  dates: ["2019-09-16", "2020-03-09"],
};

describe("URL state", () => {
  it("round-trips view, filters and selection", () => {
    const state = {
      ...DEFAULT_STATE,
      view: "conflict" as const,
      filters: { topicId: "topic:taser", actorId: "office:korpschef", stances: ["support" as const, "oppose" as const], from: "2019-01-01", to: "2020-12-31" },
      selection: "actor:office:korpschef",
    };
    expect(parseHash(formatHash(state))).toEqual(state);
  });
  it("ignores what it does not know", () => {
    expect(parseHash("#/?view=nonsense&stance=maybe,support&from=yesterday")).toEqual({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, stances: ["support"] },
    });
  });
  it("parses the document route", () => {
    expect(parseHash("#/document/abc%2F1?highlight=10-20")).toEqual({ route: "document", documentId: "abc/1", highlight: { start: 10, end: 20 } });
  });
});

describe("filters", () => {
  it("a topic includes its narrower topics", () => {
    expect([...narrowerClosure(corpus, "topic:criminaliteit")].sort()).toEqual(["topic:criminaliteit", "topic:cybercrime"]);
    expect(applyFilters(corpus, { ...NO_FILTERS, topicId: "topic:criminaliteit" }).map((s) => s.id)).toEqual(["s1", "s2"]);
  });
  it("an organisation includes its members", () => {
    expect(applyFilters(corpus, { ...NO_FILTERS, actorId: "org:politie" }).map((s) => s.id)).toEqual(["s1", "s4"]);
  });
  it("stance and date window", () => {
    expect(applyFilters(corpus, { ...NO_FILTERS, stances: ["support"], from: "2020-01-01" }).map((s) => s.id)).toEqual(["s4"]);
  });
});

describe("networks", () => {
  it("two-mode: one edge per actor, topic and stance; node size counts statements", () => {
    const graph = buildGraph(corpus, corpus.statements, "two-mode");
    expect(graph.nodes.find((n) => n.key === "topic:topic:taser")?.statementIds).toEqual(["s2", "s3", "s4"]);
    expect(graph.edges.map((e) => e.key).sort()).toContain("actor:office:minister|topic:topic:taser|oppose");
    expect(graph.edges).toHaveLength(5);
  });
  it("conflict links actors on opposite sides of a topic; congruence on the same side", () => {
    const conflict = buildGraph(corpus, corpus.statements, "conflict");
    expect(conflict.edges.map((e) => [e.key, e.statementIds.sort()])).toEqual([["actor:office:korpschef|actor:office:minister", ["s1", "s2", "s4"]]]);
    const congruence = buildGraph(corpus, corpus.statements, "congruence");
    expect(congruence.edges.map((e) => [e.key, e.statementIds.sort()])).toEqual([["actor:office:korpschef|actor:office:minister", ["s3", "s4"]]]);
  });
  it("co-occurrence links topics of one statement", () => {
    const graph = buildGraph(corpus, corpus.statements, "cooccurrence");
    expect(graph.edges.map((e) => [e.key, e.statementIds])).toEqual([["topic:topic:cybercrime|topic:topic:taser", ["s2"]]]);
  });
});

describe("context and timeline", () => {
  it("cuts the context at sentence ends and keeps the span", () => {
    const text = "Eerste zin. De korpschef steunt de aanpak van cybercrime. Derde zin hier.";
    const start = text.indexOf("steunt");
    const end = text.indexOf(" van");
    expect(contextOf(text, start, end)).toEqual({ before: "De korpschef ", match: "steunt de aanpak", after: " van cybercrime.", clippedStart: false, clippedEnd: false });
  });
  it("stacks statements per month by stance, empty months included", () => {
    const { period, buckets } = bucketize(corpus.statements);
    expect(period).toBe("month");
    expect(buckets.map((b) => b.key)).toEqual(["2019-09", "2019-10", "2019-11", "2019-12", "2020-01", "2020-02", "2020-03"]);
    expect(buckets.filter((b) => b.total > 0).map((b) => [b.key, b.total, b.counts.support])).toEqual([
      ["2019-09", 2, 1],
      ["2020-03", 2, 1],
    ]);
  });
  it("uses quarters and years for longer spans", () => {
    const long = [statement("a", [], [], "inform", "2015-01-01"), statement("b", [], [], "inform", "2019-09-16")];
    expect(bucketize(long).buckets.map((b) => b.key)).toHaveLength(19);
    expect(bucketize(long, "year").buckets.map((b) => b.key)).toEqual(["2015", "2016", "2017", "2018", "2019"]);
  });
});
