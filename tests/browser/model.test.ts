/** The explorer's pure modules: URL state, filters, API arguments, the drawn network, context and timeline. */
import { describe, expect, it } from "vitest";
import { contextOf } from "../../src/web/model/context.js";
import { memberClosure, narrowerClosure, NO_FILTERS } from "../../src/web/model/filters.js";
import { edgeColour, POLARITY_COLOUR } from "../../src/web/model/edge-colour.js";
import { DEFAULT_MEASURES, formatPeriod, parsePeriod, type Measures } from "../../src/web/model/measures.js";
import { formatMeasure, graphFromNetwork } from "../../src/web/model/network-graph.js";
import { exportArguments, networkArguments, windowArguments } from "../../src/web/model/network-request.js";
import { STANCE_COLOUR } from "../../src/web/model/stance.js";
import { selectedOf, statementScope, windowedFilters } from "../../src/web/model/statement-query.js";
import { choosePeriod, stanceTotals, timelineBuckets } from "../../src/web/model/timeline-model.js";
import type { NetworkData, NetworkEdgeData, Reference } from "../../src/web/model/types.js";
import { DEFAULT_STATE, formatHash, parseHash, type ExplorerState } from "../../src/web/state/url-state.js";

function edge(source: string, target: string, weight: number, extra: Partial<NetworkEdgeData> = {}): NetworkEdgeData {
  const base = { source, target, weight, rawWeight: weight, stance: null, polarity: null, stances: {}, statementIds: [], topicIds: [], actorIds: [], ...extra };
  return { ...base, statementCount: base.statementIds.length };
}

const reference: Reference = {
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
  dates: ["2019-09-16", "2020-03-09"],
};

describe("URL state", () => {
  it("round-trips kind, measures, windows, filters and selection", () => {
    const state: ExplorerState = {
      ...DEFAULT_STATE,
      kind: "conflict",
      measures: { ...DEFAULT_MEASURES, normalisation: "jaccard", duplicates: "month", window: { size: 3, unit: "month" }, step: { size: 1, unit: "month" }, windowIndex: 2 },
      filters: { topicId: "topic:taser", actorId: "office:korpschef", stances: ["support", "oppose"], from: "2019-01-01", to: "2020-12-31" },
      selection: "actor:office:korpschef",
    };
    const hash = formatHash(state);
    expect(hash).toContain("normalisation=jaccard");
    expect(hash).toContain("window=3m&step=1m&at=2");
    expect(parseHash(hash)).toEqual(state);
    const topics: ExplorerState = { ...DEFAULT_STATE, kind: "topics", measures: { ...DEFAULT_MEASURES, topicLink: "shared-actors", qualifier: "combined" } };
    expect(formatHash(topics)).toBe("#/?view=topics&qualifier=combined&link=shared-actors");
    expect(parseHash(formatHash(topics))).toEqual(topics);
  });
  it("leaves the API's defaults out; a window without a step tiles", () => {
    expect(formatHash(DEFAULT_STATE)).toBe("#/");
    expect(parseHash("#/?window=1y")).toMatchObject({ measures: { window: { size: 1, unit: "year" }, step: { size: 1, unit: "year" }, windowIndex: 0 } });
    // A window index without windows means nothing.
    expect(parseHash("#/?at=3")).toMatchObject({ measures: { windowIndex: 0 } });
  });
  it("reads the view names of older links", () => {
    expect(parseHash("#/?view=two-mode")).toMatchObject({ kind: "actor-topic" });
    expect(parseHash("#/?view=cooccurrence")).toMatchObject({ kind: "topics" });
  });
  it("ignores what it does not know", () => {
    expect(parseHash("#/?view=nonsense&stance=maybe,support&from=yesterday&qualifier=some&window=forever")).toEqual({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, stances: ["support"] },
    });
  });
  it("parses the document route", () => {
    expect(parseHash("#/document/abc%2F1?highlight=10-20")).toEqual({ route: "document", documentId: "abc/1", highlight: { start: 10, end: 20 } });
  });
});

describe("filters and the statements they select", () => {
  it("a topic includes its narrower topics; an organisation its members", () => {
    expect([...narrowerClosure(reference, "topic:criminaliteit")].sort()).toEqual(["topic:criminaliteit", "topic:cybercrime"]);
    expect([...memberClosure(reference, "org:politie")].sort()).toEqual(["office:korpschef", "org:politie"]);
  });
  it("the filters within the window on screen as a StatementFilter and timeline arguments", () => {
    const filters = { topicId: "topic:criminaliteit", actorId: "org:politie", stances: ["support" as const], from: "2019-10-01", to: null };
    const onScreen = windowedFilters(filters, { start: "2019-09-01", end: "2019-12-31" });
    expect(onScreen).toMatchObject({ from: "2019-10-01", to: "2019-12-31" });
    expect(statementScope(reference, onScreen)).toEqual({
      filter: { actors: ["org:politie"], includeMembers: true, topics: ["topic:criminaliteit"], stances: ["SUPPORT"], from: "2019-10-01", to: "2019-12-31" },
      timeline: { actors: ["org:politie"], includeMembers: true, topics: ["topic:criminaliteit"], from: "2019-10-01", to: "2019-12-31", period: "MONTH" },
      stances: ["support"],
      period: "month",
      empty: false,
      setAside: [],
    });
    expect(statementScope(reference, { ...NO_FILTERS, from: "2020-01-01", to: "2019-01-01" }).empty).toBe(true);
  });
  it("a selected actor or topic inside the filter replaces it; outside, the filter is set aside and said so", () => {
    const filters = { ...NO_FILTERS, topicId: "topic:criminaliteit", actorId: "org:politie" };
    const korpschef = statementScope(reference, filters, { kind: "actor", id: "office:korpschef" });
    expect(korpschef.filter).toEqual({ actors: ["office:korpschef"], topics: ["topic:criminaliteit"] });
    expect(korpschef.setAside).toEqual([]);
    const taser = statementScope(reference, filters, { kind: "topic", id: "topic:taser" });
    expect(taser.filter).toEqual({ actors: ["org:politie"], includeMembers: true, topics: ["topic:taser"] });
    expect(taser.setAside).toEqual(["topic"]);
    const link = statementScope(reference, { ...NO_FILTERS, stances: ["support", "oppose"] }, { kind: "actor-topic", actorId: "office:minister", topicId: "topic:taser", stance: "oppose" });
    expect(link.filter).toEqual({ actors: ["office:minister"], topics: ["topic:taser"], stances: ["OPPOSE"] });
    expect(link.stances).toEqual(["oppose"]);
  });
  it("actor–topic links are a filter; other links list their statement ids", () => {
    const edgeAt = { source: "actor:office:minister", target: "topic:topic:taser", stance: null, statementIds: ["s2", "s3"] };
    expect(selectedOf("actor-topic", undefined, edgeAt)).toEqual({ kind: "actor-topic", actorId: "office:minister", topicId: "topic:taser", stance: null });
    const pair = { source: "actor:office:minister", target: "actor:office:korpschef", stance: null, statementIds: ["s1", "s2"] };
    expect(selectedOf("congruence", undefined, pair)).toEqual({ kind: "ids", ids: ["s1", "s2"] });
    expect(selectedOf("topics", { kind: "topic", id: "topic:taser" }, undefined)).toEqual({ kind: "topic", id: "topic:taser" });
    expect(selectedOf("topics", undefined, undefined)).toBeNull();
  });
});

describe("network from the API answer", () => {
  const network: NetworkData = {
    nodes: [
      { id: "office:korpschef", type: "actor", actorKind: "office", label: "de korpschef", degree: 2, weightedDegree: 2, polarisation: null, statementCount: 2 },
      { id: "office:minister", type: "actor", actorKind: "office", label: "de minister", degree: 2, weightedDegree: 3, polarisation: null, statementCount: 2 },
      { id: "topic:taser", type: "topic", actorKind: null, label: "stroomstootwapen", degree: 3, weightedDegree: 3, polarisation: 0, statementCount: 3 },
      { id: "topic:cybercrime", type: "topic", actorKind: null, label: "cybercrime", degree: 2, weightedDegree: 2, polarisation: 1, statementCount: 2 },
    ],
    edges: [
      edge("office:minister", "topic:taser", 1, { stance: "oppose", statementIds: ["s2"] }),
      edge("office:minister", "topic:taser", 1, { stance: "commitment", statementIds: ["s3"] }),
      edge("office:korpschef", "topic:taser", 1, { stance: "support", statementIds: ["s4"] }),
      edge("office:korpschef", "topic:cybercrime", 1, { stance: "support", statementIds: ["s1"] }),
      edge("office:minister", "topic:cybercrime", 1, { stance: "oppose", statementIds: ["s2"] }),
    ],
  };
  it("keys per-stance parallel links apart, keeps the API's weights and measures", () => {
    const graph = graphFromNetwork(network, "actor-topic", { ...DEFAULT_MEASURES, qualifier: "per-stance" }, reference);
    expect(graph.edges.map((e) => e.key)).toContain("actor:office:minister|topic:topic:taser|oppose");
    expect(new Set(graph.edges.map((e) => e.key)).size).toBe(5);
    const taser = graph.nodes.find((n) => n.key === "topic:topic:taser");
    expect(taser).toMatchObject({ degree: 3, weightedDegree: 3, polarisation: 0, statementCount: 3 });
    expect(graph.edges.find((e) => e.key.endsWith("|commitment"))?.statementIds).toEqual(["s3"]);
    expect(graph.edges.find((e) => e.key.endsWith("|commitment"))?.colour).toBe(STANCE_COLOUR.commitment);
  });
  it("actor–actor links name their shared topics; conflict is vermillion; subtract takes the sign's colour", () => {
    const pair: NetworkData = {
      nodes: network.nodes.slice(0, 2),
      edges: [edge("office:korpschef", "office:minister", -0.5, { topicIds: ["topic:taser", "topic:cybercrime"], statementIds: ["s1", "s2", "s4"] })],
    };
    const conflict = graphFromNetwork(pair, "conflict", DEFAULT_MEASURES, reference);
    expect(conflict.edges[0]).toMatchObject({ key: "actor:office:korpschef|actor:office:minister", label: "stroomstootwapen, cybercrime", colour: STANCE_COLOUR.oppose });
    expect(graphFromNetwork(pair, "subtract", DEFAULT_MEASURES, reference).edges[0]?.colour).toBe(POLARITY_COLOUR.negative);
  });
  it("colours by polarity, else by the most frequent stance", () => {
    expect(edgeColour(edge("a", "t", 2, { polarity: "mixed" }), false, false)).toBe(POLARITY_COLOUR.mixed);
    expect(edgeColour(edge("a", "t", 3, { stances: { concern: 2, support: 1 } }), false, false)).toBe(STANCE_COLOUR.concern);
    expect(formatMeasure(2)).toBe("2");
    expect(formatMeasure(1 / 3)).toBe("0.333");
  });
});

describe("API arguments from the explorer's state", () => {
  const filters = { topicId: "topic:taser", actorId: "org:politie", stances: ["support" as const, "oppose" as const], from: "2019-01-01", to: null };
  it("maps filters to a NetworkFilter (organisations with their members) and options to enum values", () => {
    expect(networkArguments("actor-topic", filters, { ...DEFAULT_MEASURES, qualifier: "per-stance", duplicates: "month" })).toEqual({
      kind: "ACTOR_TOPIC",
      filter: { topics: ["topic:taser"], actors: ["org:politie"], includeMembers: true, stances: ["SUPPORT", "OPPOSE"], from: "2019-01-01" },
      options: { qualifier: "PER_STANCE", duplicates: "MONTH" },
    });
    expect(networkArguments("conflict", NO_FILTERS, DEFAULT_MEASURES)).toEqual({ kind: "CONFLICT", filter: {}, options: { normalisation: "NONE", duplicates: "STATEMENT" } });
  });
  it("leaves out options the kind does not take (the API refuses them)", () => {
    const measures: Measures = { ...DEFAULT_MEASURES, qualifier: "subtract", normalisation: "average-activity", topicLink: "shared-actors" };
    expect(networkArguments("congruence", NO_FILTERS, measures).options).toEqual({ normalisation: "AVERAGE_ACTIVITY", duplicates: "STATEMENT" });
    expect(networkArguments("topics", NO_FILTERS, measures).options).toEqual({ normalisation: "AVERAGE_ACTIVITY", duplicates: "STATEMENT", topicLink: "SHARED_ACTORS" });
    expect(networkArguments("actor-topic", NO_FILTERS, measures).options).toEqual({ qualifier: "SUBTRACT", duplicates: "STATEMENT" });
  });
  it("windows: window and step as PeriodInput; none without a window", () => {
    expect(windowArguments("actor-topic", NO_FILTERS, DEFAULT_MEASURES)).toBeNull();
    const measures: Measures = { ...DEFAULT_MEASURES, window: { size: 3, unit: "month" }, step: { size: 1, unit: "month" } };
    expect(windowArguments("topics", NO_FILTERS, measures)).toMatchObject({ kind: "TOPICS", window: { size: 3, unit: "MONTH" }, step: { size: 1, unit: "MONTH" } });
  });
  it("the download asks for the drawn network: the same arguments, the window on screen, or every window", () => {
    const measures: Measures = { ...DEFAULT_MEASURES, normalisation: "jaccard" };
    expect(exportArguments("congruence", "graphml", filters, measures, null)).toEqual({ ...networkArguments("congruence", filters, measures), format: "GRAPHML" });
    const windowed: Measures = { ...measures, window: { size: 1, unit: "year" }, step: { size: 1, unit: "year" } };
    const shown = { start: "2019-01-01", end: "2019-12-31" };
    expect(exportArguments("congruence", "nodes-csv", { ...filters, to: "2019-09-30" }, windowed, shown).filter).toMatchObject({ from: "2019-01-01", to: "2019-09-30" });
    expect(exportArguments("congruence", "gexf", filters, windowed, shown, true)).toMatchObject({ window: { size: 1, unit: "YEAR" }, step: { size: 1, unit: "YEAR" }, filter: { from: "2019-01-01" } });
    // GraphML carries no time: "all windows" falls back to the window on screen.
    expect(exportArguments("congruence", "graphml", filters, windowed, shown, true)).not.toHaveProperty("window");
  });
  it("periods read and write as 3m / 1y / 30d", () => {
    expect(parsePeriod("3m")).toEqual({ size: 3, unit: "month" });
    expect(parsePeriod("0y")).toBeNull();
    expect(parsePeriod("3w")).toBeNull();
    expect(formatPeriod({ size: 30, unit: "day" })).toBe("30d");
  });
});

describe("context and timeline", () => {
  it("cuts the context at sentence ends and keeps the span", () => {
    const text = "Eerste zin. De korpschef steunt de aanpak van cybercrime. Derde zin hier.";
    const start = text.indexOf("steunt");
    const end = text.indexOf(" van");
    expect(contextOf(text, start, end)).toEqual({ before: "De korpschef ", match: "steunt de aanpak", after: " van cybercrime.", clippedStart: false, clippedEnd: false });
  });
  it("keeps the API's buckets, and only the chosen stances' segments and totals", () => {
    const data = [
      { period: "2019-09", counts: { support: 1, oppose: 1 } },
      { period: "2019-10", counts: {} },
      { period: "2019-11", counts: { support: 2, inform: 1 } },
    ];
    const all = timelineBuckets(data, []);
    expect(all.map((b) => [b.key, b.total])).toEqual([["2019-09", 2], ["2019-10", 0], ["2019-11", 3]]);
    const support = timelineBuckets(data, ["support"]);
    expect(support.map((b) => b.total)).toEqual([1, 0, 2]);
    expect(support[0]?.counts.oppose).toBe(0);
    expect(stanceTotals(all)).toMatchObject({ support: 3, oppose: 1, inform: 1, concern: 0 });
  });
  it("chooses month up to 3 years, quarter up to 10, then year", () => {
    expect(choosePeriod("2019-09-16", "2020-03-09")).toBe("month");
    expect(choosePeriod("2015-01-01", "2019-09-16")).toBe("quarter");
    expect(choosePeriod("2005-01-01", "2019-09-16")).toBe("year");
    expect(choosePeriod(null, "2019-09-16")).toBe("month");
  });
});
