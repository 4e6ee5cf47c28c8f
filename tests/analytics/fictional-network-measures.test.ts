/**
 * Network measures as query arguments, on the FICTIONAL meetings of
 * tests/fixtures/api/fictional-meetings.ts (real Neo4j), against values computed by hand.
 *
 * The statements (K = office:korpschef, R = group:regioburgemeesters, M = office:minister-jenv;
 * cyber = topic:cybercrime, ond = topic:ondermijning, stroom = topic:stroomstootwapen,
 * taser = topic:taser-pilot; 2019 = 2019-11-05, 2020 = 2020-03-10):
 *   s1 K support cyber 2019   s2 R support cyber 2019   s3 M oppose cyber 2019
 *   s4 R request stroom 2019  s5 M oppose stroom 2019   s6 K concern ond+cyber 2019
 *   s7 K oppose cyber 2020    s8 K support taser 2020   s9 R+M commitment ond 2020
 *
 * Actor activity a = distinct (topic, stance) pairs:
 *   K: (cyber,support) (cyber,concern) (ond,concern) (cyber,oppose) (taser,support) = 5
 *   R: (cyber,support) (stroom,request) (ond,commitment) = 3
 *   M: (cyber,oppose) (stroom,oppose) (ond,commitment) = 3
 * Congruence w: K–R 1 (cyber support), K–M 1 (cyber oppose: s3, s7), R–M 1 (ond commitment, s9).
 * Conflict w: R–M 2 (cyber R support/M oppose; stroom R request/M oppose), K–R 1 (cyber K oppose s7 / R support),
 *   K–M 1 (cyber K support s1 / M oppose s3).
 * Topic activity: statements cyber {s1,s2,s3,s6,s7} = 5, ond {s6,s9} = 2;
 *   actors cyber {K,R,M}, ond {K,R,M}, stroom {R,M}, taser {K}.
 */
import { describe, expect, it } from "vitest";
import type { Api } from "../api/helpers/api-harness.js";
import { useFictionalApi } from "../support/fictional-api.js";

let api: Api;

useFictionalApi((started) => {
  api = started.api;
});

const K = "office:korpschef";
const R = "group:regioburgemeesters";
const M = "office:minister-jenv";
const CYBER = "topic:cybercrime";
const OND = "topic:ondermijning";
const STROOM = "topic:stroomstootwapen";
const TASER = "topic:taser-pilot";

type Edge = { source: string; target: string; weight: number; rawWeight: number; stance: string | null; polarity: string | null; actorIds: string[]; statementIds: string[] };
type Node = { id: string; degree: number; weightedDegree: number; polarisation: number | null; statementCount: number; firstDate: string | null; lastDate: string | null };
const EDGE = "edges { source target weight rawWeight stance polarity actorIds statementIds firstDate lastDate stances { stance count } }";
const NODE = "nodes { id type degree weightedDegree polarisation statementCount firstDate lastDate }";
const weights = (edges: Edge[]) => Object.fromEntries(edges.map((e) => [`${e.source}|${e.target}${e.stance ? `|${e.stance}` : ""}`, e.weight]));

describe("actor–topic qualifier handling", () => {
  it("PER_STANCE: one edge per actor, topic and stance", async () => {
    const data = await api.data(`{ network(kind: ACTOR_TOPIC, options: { qualifier: PER_STANCE }) { ${EDGE} } }`);
    expect(weights(data.network.edges)).toEqual({
      [`${K}|${CYBER}|SUPPORT`]: 1, // s1
      [`${K}|${CYBER}|CONCERN`]: 1, // s6
      [`${K}|${CYBER}|OPPOSE`]: 1, // s7
      [`${K}|${OND}|CONCERN`]: 1, // s6
      [`${K}|${TASER}|SUPPORT`]: 1, // s8
      [`${R}|${CYBER}|SUPPORT`]: 1, // s2
      [`${R}|${STROOM}|REQUEST`]: 1, // s4
      [`${R}|${OND}|COMMITMENT`]: 1, // s9
      [`${M}|${CYBER}|OPPOSE`]: 1, // s3
      [`${M}|${STROOM}|OPPOSE`]: 1, // s5
      [`${M}|${OND}|COMMITMENT`]: 1, // s9
    });
  });

  it("COMBINED: weight = all statements, polarity positive / negative / mixed / neutral", async () => {
    const data = await api.data(`{ actorTopicNetwork(options: { qualifier: COMBINED }) { ${EDGE} } }`);
    const edges = data.actorTopicNetwork.edges as Edge[];
    const polarity = Object.fromEntries(edges.map((e) => [`${e.source}|${e.target}`, [e.weight, e.polarity]]));
    expect(polarity).toEqual({
      [`${K}|${CYBER}`]: [3, "mixed"], // s1 support, s6 concern, s7 oppose
      [`${K}|${OND}`]: [1, "neutral"], // s6 concern
      [`${K}|${TASER}`]: [1, "positive"],
      [`${R}|${CYBER}`]: [1, "positive"],
      [`${R}|${STROOM}`]: [1, "positive"], // request is positive
      [`${R}|${OND}`]: [1, "positive"],
      [`${M}|${CYBER}`]: [1, "negative"],
      [`${M}|${STROOM}`]: [1, "negative"],
      [`${M}|${OND}`]: [1, "positive"], // commitment
    });
  });

  it("SUBTRACT: positive minus OPPOSE; concern-only edges left out", async () => {
    const data = await api.data(`{ network(kind: ACTOR_TOPIC, options: { qualifier: SUBTRACT }) { ${EDGE} } }`);
    expect(weights(data.network.edges)).toEqual({
      [`${K}|${CYBER}`]: 0, // 1 support - 1 oppose (concern ignored)
      [`${K}|${TASER}`]: 1,
      [`${R}|${CYBER}`]: 1,
      [`${R}|${STROOM}`]: 1,
      [`${R}|${OND}`]: 1,
      [`${M}|${CYBER}`]: -1,
      [`${M}|${STROOM}`]: -1,
      [`${M}|${OND}`]: 1,
    });
  });

  it("IGNORE (the default) equals the network without options, with node measures", async () => {
    const data = await api.data(`{ a: actorTopicNetwork { ${NODE} ${EDGE} } b: network(kind: ACTOR_TOPIC, options: { qualifier: IGNORE }) { ${NODE} ${EDGE} } }`);
    expect(data.b).toEqual(data.a);
    const nodes = Object.fromEntries((data.a.nodes as Node[]).map((n) => [n.id, [n.degree, n.weightedDegree, n.polarisation]]));
    expect(nodes).toEqual({
      [K]: [3, 5, null], // cyber 3 + ond 1 + taser 1
      [R]: [3, 3, null],
      [M]: [3, 3, null],
      // cyber: K net 1 - 1 = 0 (no side), R +1, M -1 -> S = 1, O = 1 -> 1 - 0/2 = 1
      [CYBER]: [3, 5, 1],
      // ond: K concern only (no side), R +1, M +1 -> S = 2, O = 0 -> 1 - 2/2 = 0
      [OND]: [3, 3, 0],
      // stroom: R +1 (request), M -1 -> 1
      [STROOM]: [2, 2, 1],
      // taser: K +1 -> 0
      [TASER]: [1, 1, 0],
    });
    const k = (data.a.nodes as Node[]).find((n) => n.id === K);
    expect([k?.firstDate, k?.lastDate]).toEqual(["2019-11-05", "2020-03-10"]);
  });

  it("normalisation is refused for the two-mode network", async () => {
    const result = await api.gql(`{ network(kind: ACTOR_TOPIC, options: { normalisation: JACCARD }) { edges { weight } } }`);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("actor–actor networks and normalisation", () => {
  it("congruence normalised: average activity, Jaccard, cosine", async () => {
    const data = await api.data(`{
      avg: actorCongruenceNetwork(options: { normalisation: AVERAGE_ACTIVITY }) { ${EDGE} }
      jac: network(kind: CONGRUENCE, options: { normalisation: JACCARD }) { ${EDGE} }
      cos: network(kind: CONGRUENCE, options: { normalisation: COSINE }) { ${EDGE} }
    }`);
    // K–R and K–M: w = 1, a = 5 and 3.  R–M: w = 1, a = 3 and 3.
    expect(weights(data.avg.edges)).toEqual({ [`${R}|${K}`]: 1 / 4, [`${K}|${M}`]: 1 / 4, [`${R}|${M}`]: 1 / 3 }); // 1 / ((5+3)/2), 1 / ((3+3)/2)
    expect(weights(data.jac.edges)).toEqual({ [`${R}|${K}`]: 1 / 7, [`${K}|${M}`]: 1 / 7, [`${R}|${M}`]: 1 / 5 }); // 1/(5+3-1), 1/(3+3-1)
    const cos = weights(data.cos.edges);
    expect(cos[`${R}|${K}`]).toBeCloseTo(1 / Math.sqrt(15), 12); // 1 / sqrt(5 * 3)
    expect(cos[`${K}|${M}`]).toBeCloseTo(1 / Math.sqrt(15), 12);
    expect(cos[`${R}|${M}`]).toBeCloseTo(1 / 3, 12); // 1 / sqrt(3 * 3)
    expect((data.cos.edges as Edge[]).every((e) => e.rawWeight === 1)).toBe(true);
  });

  it("conflict normalised with Jaccard", async () => {
    const data = await api.data(`{ actorConflictNetwork(options: { normalisation: JACCARD }) { ${EDGE} } }`);
    // R–M: 2 / (3 + 3 - 2) = 0.5;  K–R: 1 / (5 + 3 - 1) = 1/7;  K–M: 1/7.
    expect(weights(data.actorConflictNetwork.edges)).toEqual({ [`${R}|${M}`]: 0.5, [`${R}|${K}`]: 1 / 7, [`${K}|${M}`]: 1 / 7 });
  });

  it("SUBTRACT: congruence minus conflict; edges of weight 0 left out", async () => {
    const data = await api.data(`{
      raw: network(kind: SUBTRACT) { ${NODE} ${EDGE} }
      jac: network(kind: SUBTRACT, options: { normalisation: JACCARD }) { ${EDGE} }
    }`);
    // K–R 1 - 1 = 0 (out), K–M 1 - 1 = 0 (out), R–M 1 - 2 = -1.
    expect(weights(data.raw.edges)).toEqual({ [`${R}|${M}`]: -1 });
    expect((data.raw.nodes as Node[]).map((n) => [n.id, n.degree, n.weightedDegree])).toEqual([
      [M, 1, -1],
      [R, 1, -1],
    ]);
    // Jaccard: R–M 1/5 - 2/4 = -0.3; K–R 1/7 - 1/7 = 0 (out); K–M 0 (out).
    const jac = weights(data.jac.edges);
    expect(Object.keys(jac)).toEqual([`${R}|${M}`]);
    expect(jac[`${R}|${M}`]).toBeCloseTo(-0.3, 12);
  });

  it("node degrees in the congruence network", async () => {
    const data = await api.data(`{ actorCongruenceNetwork { ${NODE} } }`);
    expect(Object.fromEntries((data.actorCongruenceNetwork.nodes as Node[]).map((n) => [n.id, [n.degree, n.weightedDegree, n.polarisation]]))).toEqual({
      [K]: [2, 2, null],
      [R]: [2, 2, null],
      [M]: [2, 2, null],
    });
  });
});

describe("topic–topic networks", () => {
  it("SHARED_ACTORS: actors with statements on both topics; cosine", async () => {
    const data = await api.data(`{
      raw: topicNetwork(options: { topicLink: SHARED_ACTORS }) { ${NODE} ${EDGE} }
      cos: network(kind: TOPICS, options: { topicLink: SHARED_ACTORS, normalisation: COSINE }) { ${EDGE} }
    }`);
    expect(weights(data.raw.edges)).toEqual({
      [`${CYBER}|${OND}`]: 3, // K R M
      [`${CYBER}|${STROOM}`]: 2, // R M
      [`${OND}|${STROOM}`]: 2, // R M
      [`${CYBER}|${TASER}`]: 1, // K
      [`${OND}|${TASER}`]: 1, // K
    });
    expect((data.raw.edges as Edge[]).find((e) => e.source === CYBER && e.target === STROOM)?.actorIds).toEqual([R, M].sort());
    const cos = weights(data.cos.edges);
    expect(cos[`${CYBER}|${OND}`]).toBeCloseTo(1, 12); // 3 / sqrt(3 * 3)
    expect(cos[`${CYBER}|${STROOM}`]).toBeCloseTo(2 / Math.sqrt(6), 12); // 2 / sqrt(3 * 2)
    expect(cos[`${CYBER}|${TASER}`]).toBeCloseTo(1 / Math.sqrt(3), 12); // 1 / sqrt(3 * 1)
    // Topic nodes carry polarisation here too (same values as in the actor–topic network).
    expect(Object.fromEntries((data.raw.nodes as Node[]).map((n) => [n.id, [n.degree, n.weightedDegree, n.polarisation]]))).toEqual({
      [CYBER]: [3, 6, 1], // ond 3 + stroom 2 + taser 1
      [OND]: [3, 6, 0], // cyber 3 + stroom 2 + taser 1
      [STROOM]: [2, 4, 1], // cyber 2 + ond 2
      [TASER]: [2, 2, 0], // cyber 1 + ond 1
    });
  });

  it("co-occurrence (the default) with Jaccard: 1 / (5 + 2 - 1)", async () => {
    const data = await api.data(`{ topicNetwork(options: { normalisation: JACCARD }) { ${EDGE} } }`);
    expect(weights(data.topicNetwork.edges)).toEqual({ [`${CYBER}|${OND}`]: 1 / 6 });
  });
});

describe("moving time windows", () => {
  const ALL = `${NODE} ${EDGE}`;

  it("yearly windows over 2019–2020: each equals the single network with that from/to", async () => {
    const data = await api.data(`{
      windows: networkWindows(kind: CONGRUENCE, window: { size: 1, unit: YEAR }, step: { size: 1, unit: YEAR }, filter: { from: "2019-01-01", to: "2020-12-31" }) { start end network { ${ALL} } }
      y2019: network(kind: CONGRUENCE, filter: { from: "2019-01-01", to: "2019-12-31" }) { ${ALL} }
      y2020: network(kind: CONGRUENCE, filter: { from: "2020-01-01", to: "2020-12-31" }) { ${ALL} }
    }`);
    expect(data.windows.map((w: { start: string; end: string }) => [w.start, w.end])).toEqual([
      ["2019-01-01", "2019-12-31"],
      ["2020-01-01", "2020-12-31"],
    ]);
    expect(data.windows[0].network).toEqual(data.y2019);
    expect(data.windows[1].network).toEqual(data.y2020);
    // 2019: K–R (cyber support s1, s2).  2020: R–M (ond commitment s9).  K–M's congruence needs s3 (2019) and s7 (2020): in no window.
    expect(weights(data.y2019.edges)).toEqual({ [`${R}|${K}`]: 1 });
    expect(weights(data.y2020.edges)).toEqual({ [`${R}|${M}`]: 1 });
  });

  it("tumbling windows partition the statements: actor–topic weights add up to the single network's", async () => {
    const data = await api.data(`{
      windows: networkWindows(kind: ACTOR_TOPIC, window: { size: 3, unit: MONTH }, step: { size: 3, unit: MONTH }) { start end network { ${ALL} } }
      single: network(kind: ACTOR_TOPIC) { ${ALL} }
    }`);
    // From the first statement (2019-11-05) to the last (2020-03-10): [2019-11-05, 2020-02-04], [2020-02-05, 2020-05-04].
    expect(data.windows.map((w: { start: string; end: string }) => [w.start, w.end])).toEqual([
      ["2019-11-05", "2020-02-04"],
      ["2020-02-05", "2020-05-04"],
    ]);
    const sum: Record<string, number> = {};
    const statements = new Set<string>();
    for (const w of data.windows) {
      for (const e of w.network.edges as Edge[]) {
        sum[`${e.source}|${e.target}`] = (sum[`${e.source}|${e.target}`] ?? 0) + e.weight;
        e.statementIds.forEach((id) => statements.add(id));
      }
    }
    expect(sum).toEqual(weights(data.single.edges));
    expect(statements).toEqual(new Set((data.single.edges as Edge[]).flatMap((e) => e.statementIds)));
  });

  it("overlapping windows (12 months every 6): the middle one holds everything", async () => {
    const data = await api.data(`{
      windows: networkWindows(kind: CONFLICT, window: { size: 12, unit: MONTH }, step: { size: 6, unit: MONTH }, filter: { from: "2019-01-01", to: "2020-12-31" }) { start end network { ${EDGE} } }
      single: actorConflictNetwork { ${EDGE} }
    }`);
    expect(data.windows.map((w: { start: string }) => w.start)).toEqual(["2019-01-01", "2019-07-01", "2020-01-01", "2020-07-01"]);
    expect(data.windows[1].network.edges).toEqual(data.single.edges);
    // 2019 alone: R–M 2, K–M 1 (K support s1 vs M oppose s3); K–R needs s7 (2020).
    expect(weights(data.windows[0].network.edges)).toEqual({ [`${R}|${M}`]: 2, [`${K}|${M}`]: 1 });
    expect(data.windows[3].network.edges).toEqual([]);
  });
});

describe("statement ids are read only when asked for", () => {
  const LEAN = "nodes { id degree weightedDegree polarisation firstDate lastDate } edges { source target weight rawWeight stance polarity firstDate lastDate stances { stance count } }";

  it("an actor–topic network without statementIds / statementCount has the same weights and measures", async () => {
    const data = await api.data(`{
      lean: actorTopicNetwork(options: { qualifier: PER_STANCE }) { ${LEAN} }
      full: actorTopicNetwork(options: { qualifier: PER_STANCE }) { ${NODE} ${EDGE} }
      leanKind: network(kind: ACTOR_TOPIC) { ${LEAN} }
      fullKind: network(kind: ACTOR_TOPIC) { ${NODE} ${EDGE} }
    }`);
    const strip = (network: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }) => ({
      nodes: network.nodes.map(({ statementCount: _count, type: _type, ...node }) => node),
      edges: network.edges.map(({ statementIds: _ids, actorIds: _actors, ...edge }) => edge),
    });
    expect(data.lean).toEqual(strip(data.full));
    expect(data.leanKind).toEqual(strip(data.fullKind));
    expect((data.full.edges as Edge[]).every((e) => e.statementIds.length > 0)).toBe(true);
  });

  it("statement ids asked for through a fragment are read", async () => {
    const data = await api.data(`
      query { actorTopicNetwork { ...Ids } }
      fragment Ids on Network { edges { ... on NetworkEdge { statementIds } } nodes { id } }
    `);
    expect((data.actorTopicNetwork.edges as Edge[]).flatMap((e) => e.statementIds).length).toBeGreaterThan(0);
  });
});
