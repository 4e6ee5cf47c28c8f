/**
 * Networks, timeline, position changes and person resolution on the FICTIONAL meetings of
 * tests/fixtures/api/fictional-meetings.ts, compared with values computed by hand there.
 * The korpschef office passes from Anna Fictief to Bram Verzonnen on 1 January 2020, between
 * the two meetings.
 */
import { describe, expect, it } from "vitest";
import { useFictionalApi } from "../support/fictional-api.js";
import { fictionalStatementIds as S } from "../fixtures/api/fictional-meetings.js";
import type { Api } from "./helpers/api-harness.js";

let api: Api;

useFictionalApi((started) => {
  api = started.api;
});

type Edge = { source: string; target: string; weight: number; topicIds: string[]; stances: { stance: string; count: number }[] };
const byPair = (edges: Edge[]) => Object.fromEntries(edges.map((e) => [`${e.source}|${e.target}`, e]));
const weights = (edges: Edge[]) => Object.fromEntries(edges.map((e) => [`${e.source}|${e.target}`, e.weight]));
const EDGE = "edges { source target weight topicIds stances { stance count } statementIds }";

describe("networks (hand-computed weights)", () => {
  it("actor–topic: one edge per actor and topic, weight = statements, split per stance", async () => {
    const data = await api.data(`{ actorTopicNetwork { nodes { id type statementCount } ${EDGE} } }`);
    const edges = data.actorTopicNetwork.edges as Edge[];
    expect(weights(edges)).toEqual({
      "office:korpschef|topic:cybercrime": 3,
      "office:korpschef|topic:ondermijning": 1,
      "office:korpschef|topic:taser-pilot": 1,
      "group:regioburgemeesters|topic:cybercrime": 1,
      "group:regioburgemeesters|topic:stroomstootwapen": 1,
      "group:regioburgemeesters|topic:ondermijning": 1,
      "office:minister-jenv|topic:cybercrime": 1,
      "office:minister-jenv|topic:stroomstootwapen": 1,
      "office:minister-jenv|topic:ondermijning": 1,
    });
    expect(byPair(edges)["office:korpschef|topic:cybercrime"]?.stances).toEqual([
      { stance: "CONCERN", count: 1 },
      { stance: "OPPOSE", count: 1 },
      { stance: "SUPPORT", count: 1 },
    ]);
    const nodes = Object.fromEntries((data.actorTopicNetwork.nodes as { id: string; statementCount: number }[]).map((n) => [n.id, n.statementCount]));
    expect(nodes["office:korpschef"]).toBe(4);
    expect(nodes["topic:cybercrime"]).toBe(5);
  });

  it("actor–topic filtered by the topic alias 'taser' keeps stroomstootwapen and its narrower taserpilot", async () => {
    const data = await api.data(`{ actorTopicNetwork(filter: { topics: ["taser"] }) { ${EDGE} } }`);
    expect(weights(data.actorTopicNetwork.edges)).toEqual({
      "group:regioburgemeesters|topic:stroomstootwapen": 1,
      "office:minister-jenv|topic:stroomstootwapen": 1,
      "office:korpschef|topic:taser-pilot": 1,
    });
  });

  it("congruence: distinct (topic, stance) pairs both actors expressed; a co-held statement counts", async () => {
    const data = await api.data(`{ all: actorCongruenceNetwork { ${EDGE} } y2019: actorCongruenceNetwork(filter: { to: "2019-12-31" }) { ${EDGE} } }`);
    expect(weights(data.all.edges)).toEqual({
      "group:regioburgemeesters|office:korpschef": 1,
      "group:regioburgemeesters|office:minister-jenv": 1,
      "office:korpschef|office:minister-jenv": 1,
    });
    expect(byPair(data.all.edges)["group:regioburgemeesters|office:minister-jenv"]?.topicIds).toEqual(["topic:ondermijning"]);
    expect(weights(data.y2019.edges)).toEqual({ "group:regioburgemeesters|office:korpschef": 1 });
  });

  it("conflict: oppose against support/request/commitment on the same topic", async () => {
    const data = await api.data(`{ actorConflictNetwork { ${EDGE} } }`);
    expect(weights(data.actorConflictNetwork.edges)).toEqual({
      "group:regioburgemeesters|office:minister-jenv": 2,
      "group:regioburgemeesters|office:korpschef": 1,
      "office:korpschef|office:minister-jenv": 1,
    });
    expect(byPair(data.actorConflictNetwork.edges)["group:regioburgemeesters|office:minister-jenv"]?.topicIds).toEqual([
      "topic:cybercrime",
      "topic:stroomstootwapen",
    ]);
  });

  it("conflict filtered by actor keeps edges touching that actor; by stance narrows further", async () => {
    const data = await api.data(
      `{ a: actorConflictNetwork(filter: { actors: ["office:korpschef"] }) { ${EDGE} } b: actorConflictNetwork(filter: { stances: [REQUEST, OPPOSE] }) { ${EDGE} } }`,
    );
    expect(weights(data.a.edges)).toEqual({ "group:regioburgemeesters|office:korpschef": 1, "office:korpschef|office:minister-jenv": 0 + 1 });
    expect(weights(data.b.edges)).toEqual({ "group:regioburgemeesters|office:minister-jenv": 1 });
  });

  it("topic co-occurrence: statements about both topics", async () => {
    const data = await api.data(`{ topicNetwork { ${EDGE} } }`);
    expect(weights(data.topicNetwork.edges)).toEqual({ "topic:cybercrime|topic:ondermijning": 1 });
    expect(data.topicNetwork.edges[0].statementIds).toEqual([S.s6]);
  });
});

describe("over time, across the korpschef handover", () => {
  it("resolves the korpschef to the person holding the office on each statement's date", async () => {
    const data = await api.data(
      `{ statements(filter: { offices: ["office:korpschef"] }, first: 10) { edges { node { id date persons { id name } } } } }`,
    );
    const persons = Object.fromEntries(
      (data.statements.edges as { node: { id: string; persons: { id: string }[] } }[]).map((e) => [e.node.id, e.node.persons.map((p) => p.id)]),
    );
    expect(persons).toEqual({
      [S.s1!]: ["person:anna-fictief"],
      [S.s6!]: ["person:anna-fictief"],
      [S.s7!]: ["person:bram-verzonnen"],
      [S.s8!]: ["person:bram-verzonnen"],
    });
  });

  it("a person's statements are those of the office while they held it; the office lists its holders", async () => {
    const data = await api.data(`{
      anna: statements(filter: { persons: ["person:anna-fictief"] }) { totalCount }
      bram: statements(filter: { actors: ["person:bram-verzonnen"] }) { totalCount }
      office: actor(id: "office:korpschef") { ... on Office { holders { person { id } from to } onHandoverEve: holderOn(date: "2019-12-31") { id } onHandover: holderOn(date: "2020-01-01") { id } } }
      person: actor(id: "person:bram-verzonnen") { ... on Person { offices { office { id } from to } } }
    }`);
    expect(data.anna.totalCount).toBe(2);
    expect(data.bram.totalCount).toBe(2);
    expect(data.office.holders).toEqual([
      { person: { id: "person:anna-fictief" }, from: "2017-05-01", to: "2019-12-31" },
      { person: { id: "person:bram-verzonnen" }, from: "2020-01-01", to: null },
    ]);
    expect(data.office.onHandoverEve.id).toBe("person:anna-fictief");
    expect(data.office.onHandover.id).toBe("person:bram-verzonnen");
    expect(data.person.offices).toEqual([{ office: { id: "office:korpschef" }, from: "2020-01-01", to: null }]);
  });

  it("timeline per month and per year for a topic; empty months in between are present", async () => {
    const data = await api.data(`{
      month: timeline(period: MONTH, topics: ["cybercrime"]) { period start total stances { stance count } }
      year: timeline(period: YEAR, topics: ["cybercrime"], actors: ["office:korpschef"]) { period total stances { stance count } }
      quarter: timeline(period: QUARTER, actors: ["person:bram-verzonnen"]) { period total }
    }`);
    expect(data.month.map((b: { period: string; total: number }) => [b.period, b.total])).toEqual([
      ["2019-11", 4],
      ["2019-12", 0],
      ["2020-01", 0],
      ["2020-02", 0],
      ["2020-03", 1],
    ]);
    expect(data.month[0].stances).toEqual([
      { stance: "CONCERN", count: 1 },
      { stance: "OPPOSE", count: 1 },
      { stance: "SUPPORT", count: 2 },
    ]);
    expect(data.year).toEqual([
      { period: "2019", total: 2, stances: [{ stance: "CONCERN", count: 1 }, { stance: "SUPPORT", count: 1 }] },
      { period: "2020", total: 1, stances: [{ stance: "OPPOSE", count: 1 }] },
    ]);
    expect(data.quarter).toEqual([{ period: "2020-Q1", total: 2 }]);
  });

  it("position changes: the office changes across the handover; each person only within their own tenure", async () => {
    const query = `query($actors: [ID!]) { positionChanges(actors: $actors, topics: ["cybercrime"]) {
      actor { id } topic { id } fromStance toStance before { id date document { id } } after { id date document { id } start end } } }`;
    const office = (await api.data(query, { actors: ["office:korpschef"] })).positionChanges;
    expect(office.map((c: any) => [c.before.id, c.fromStance, c.after.id, c.toStance])).toEqual([
      [S.s1, "SUPPORT", S.s6, "CONCERN"],
      [S.s6, "CONCERN", S.s7, "OPPOSE"],
    ]);
    expect(office[1].after.document.id).not.toBe(office[1].before.document.id);
    const anna = (await api.data(query, { actors: ["person:anna-fictief"] })).positionChanges;
    expect(anna.map((c: any) => [c.before.id, c.after.id])).toEqual([[S.s1, S.s6]]);
    const bram = (await api.data(query, { actors: ["person:bram-verzonnen"] })).positionChanges;
    expect(bram).toEqual([]);
  });
});

describe("statement filters and pagination", () => {
  it("a topic filter by alias finds the topic and its narrower topics ('taser' -> stroomstootwapen, taserpilot)", async () => {
    const data = await api.data(`{ statements(filter: { topics: ["taser"] }) { totalCount edges { node { id } } } }`);
    expect(data.statements.totalCount).toBe(3);
    expect(data.statements.edges.map((e: any) => e.node.id).sort()).toEqual([S.s4, S.s5, S.s8].sort());
  });

  it("an organisation stands for its members only with includeMembers", async () => {
    const data = await api.data(`{
      with: statements(filter: { actors: ["org:politie"], includeMembers: true }) { totalCount }
      without: statements(filter: { actors: ["org:politie"] }) { totalCount }
    }`);
    expect(data.with.totalCount).toBe(4);
    expect(data.without.totalCount).toBe(0);
  });

  it("pages with first/after in date order, both directions, with a stable totalCount", async () => {
    const query = `query($after: String, $order: SortOrder) { statements(first: 4, after: $after, order: $order) {
      totalCount edges { cursor node { id date } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: Record<string, any> = await api.data(query, { after, order: "ASC" });
      expect(data.statements.totalCount).toBe(9);
      seen.push(...data.statements.edges.map((e: any) => e.node.id));
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(seen.slice(0, 6)).not.toContain(S.s7);
    const newest = await api.data(query, { after: null, order: "DESC" });
    expect(newest.statements.edges[0].node.date).toBe("2020-03-10");
  });

  it("date windows, stances, meeting and document filters, full-text search", async () => {
    const data = await api.data(`{
      window: statements(filter: { from: "2020-01-01", to: "2020-12-31" }) { totalCount }
      opposed: statements(filter: { stances: [OPPOSE] }) { totalCount }
      meeting: statements(filter: { meeting: "meeting:LOVP:2020-03-10" }) { totalCount }
      search: statements(filter: { search: "TASERPILOT" }) { edges { node { id } } }
      accents: statements(filter: { search: "fíctieve cybercrime" }) { edges { node { id } } }
      syntax: statements(filter: { search: "cyber* OR (minister" }) { totalCount }
    }`);
    expect(data.window.totalCount).toBe(3);
    expect(data.opposed.totalCount).toBe(3);
    expect(data.meeting.totalCount).toBe(3);
    expect(data.search.edges.map((e: any) => e.node.id)).toEqual([S.s8]);
    expect(data.accents.edges.map((e: any) => e.node.id)).toEqual([S.s2]);
    // Lucene syntax in user text is data, not query syntax: no error, no wildcard match.
    expect(data.syntax.totalCount).toBe(0);
  });

  it("actor positions per topic and a topic's positions grouped by actor", async () => {
    const data = await api.data(`{
      actor(id: "office:korpschef") { positions { topic { id } total stances { stance count } statements { id } } }
      topic(id: "topic:stroomstootwapen") { narrower { id } positions { actor { id } total statements { id } } }
    }`);
    expect(data.actor.positions.map((p: any) => [p.topic.id, p.total])).toEqual([
      ["topic:cybercrime", 3],
      ["topic:ondermijning", 1],
      ["topic:taser-pilot", 1],
    ]);
    expect(data.actor.positions[0].statements.map((s: any) => s.id)).toEqual([S.s1, S.s6, S.s7]);
    expect(data.topic.narrower).toEqual([{ id: "topic:taser-pilot" }]);
    expect(Object.fromEntries(data.topic.positions.map((p: any) => [p.actor.id, p.total]))).toEqual({
      "group:regioburgemeesters": 1,
      "office:minister-jenv": 1,
      "office:korpschef": 1,
    });
    // The statements behind a topic position include those about narrower topics (s8: taser-pilot).
    expect(data.topic.positions.find((p: any) => p.actor.id === "office:korpschef").statements).toEqual([{ id: S.s8 }]);
    for (const p of [...data.actor.positions, ...data.topic.positions]) expect(p.statements).toHaveLength(p.total);
  });
});
