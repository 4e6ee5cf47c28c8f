/**
 * Analysts' review through the API on FICTIONAL meetings (tests/fixtures/api/fictional-meetings.ts):
 * confirm, reject (leaves counts, networks, positions, timelines and search, kept with its history,
 * brought back by a confirmation), the reviewed / review / minConfidence filters, the order by
 * confidence, the audit trail, the statement CSV, survival across a re-ingest, and a wrong key.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { fictionalMeeting2, fictionalMeeting2Edited, fictionalStatementIds as S } from "../fixtures/api/fictional-meetings.js";
import { expectCountsMatchStatements } from "../load/stance-counts-check.js";
import { useTestApi } from "../support/fictional-api.js";
import { codesOf, withKey, type Api } from "./helpers/api-harness.js";
import { loadFictionalMeetings } from "./helpers/load-data.js";

let db: Database;
let api: Api;
useTestApi((started) => ({ db, api } = started));
beforeEach(async () => {
  await loadFictionalMeetings(db);
});

const STATEMENT = `query($id: ID!) { statement(id: $id) { id review reviewedBy reviewedAt stance speakers { id }
  corrections { field oldValue newValue by at note } } }`;
const statement = async (id: string) => (await api.data(STATEMENT, { id })).statement;

/** What the analyses see of the cybercrime statements: network edge weight, positions, timeline, search. */
async function cybercrimeView() {
  const data = await api.data(`{
    actorTopicNetwork(filter: { topics: ["cybercrime"] }) { edges { source target weight } }
    actor(id: "office:korpschef") { positions { topic { id } total } }
    timeline(topics: ["cybercrime"], period: YEAR) { period total }
    search(text: "cyberaanpak", first: 10) { statements { statement { id } } }
    statements(filter: { topics: ["cybercrime"] }) { totalCount }
  }`);
  return {
    korpschefEdge: data.actorTopicNetwork.edges.find((e: any) => e.source === "office:korpschef" && e.target === "topic:cybercrime")?.weight ?? 0,
    korpschefPosition: data.actor.positions.find((p: any) => p.topic.id === "topic:cybercrime")?.total ?? 0,
    timeline: data.timeline.map((b: any) => [b.period, b.total]),
    searchIds: data.search.statements.map((h: any) => h.statement.id),
    total: data.statements.totalCount,
  };
}

describe("confirmStatement and rejectStatement", () => {
  it("confirming records who and when in the audit trail, changes nothing else", async () => {
    const before = await cybercrimeView();
    const confirmed = (await api.data(`mutation($id: ID!) { confirmStatement(id: $id, by: "fictieve analist") { review reviewedBy reviewedAt } }`, { id: S.s1 }, withKey)).confirmStatement;
    expect(confirmed.review).toBe("CONFIRMED");
    expect(confirmed.reviewedBy).toMatch(/^fictieve analist \(key:[0-9a-f]{12}\)$/);
    expect(Date.parse(confirmed.reviewedAt)).not.toBeNaN();
    const trail = (await statement(S.s1 as string)).corrections;
    expect(trail.map((c: any) => [c.field, c.oldValue, c.newValue])).toEqual([["review", "unreviewed", "confirmed"]]);
    expect(await cybercrimeView()).toEqual(before);
  });

  it("a rejected statement leaves counts, networks, positions, timelines and search, is kept with its history, and comes back when confirmed", async () => {
    const before = await cybercrimeView();
    expect(before.searchIds).toContain(S.s1);
    const rejected = await api.data(`mutation($id: ID!) { rejectStatement(id: $id, reason: "een vraag, geen standpunt") { review } }`, { id: S.s1 }, withKey);
    expect(rejected.rejectStatement.review).toBe("REJECTED");
    const after = await cybercrimeView();
    expect(after.korpschefEdge).toBe(before.korpschefEdge - 1);
    expect(after.korpschefPosition).toBe(before.korpschefPosition - 1);
    expect(after.total).toBe(before.total - 1);
    expect(after.timeline).not.toEqual(before.timeline);
    expect(after.searchIds).not.toContain(S.s1);
    await expectCountsMatchStatements(db, "after a rejection");

    const kept = await statement(S.s1 as string);
    expect(kept.review).toBe("REJECTED");
    expect(kept.corrections.at(-1)).toMatchObject({ field: "review", oldValue: "unreviewed", newValue: "rejected", note: "een vraag, geen standpunt" });
    const listed = await api.data(`{ statements(filter: { review: [REJECTED] }) { edges { node { id } } } }`);
    expect(listed.statements.edges.map((e: any) => e.node.id)).toEqual([S.s1]);
    const csv = (await api.data(`{ exportNetwork(kind: ACTOR_TOPIC, format: STATEMENTS_CSV) { content } }`)).exportNetwork.content as string;
    expect(csv).not.toContain(S.s1);

    await api.data(`mutation($id: ID!) { confirmStatement(id: $id) { review } }`, { id: S.s1 }, withKey);
    expect(await cybercrimeView()).toEqual(before);
    await expectCountsMatchStatements(db, "after confirming a rejected statement");
  });

  it("refuses an unknown statement, and a wrong key with a clear message, changing nothing", async () => {
    const missing = await api.gql(`mutation { rejectStatement(id: "nope") { id } }`, {}, withKey);
    expect(codesOf(missing)).toEqual(["NOT_FOUND"]);
    const wrong = await api.gql(`mutation($id: ID!) { rejectStatement(id: $id) { id } }`, { id: S.s1 }, { authorization: "Bearer not-the-fictional-key-0000" });
    expect(codesOf(wrong)).toEqual(["UNAUTHENTICATED"]);
    expect(wrong.body.errors?.[0]?.message).toMatch(/API key was not accepted.*Nothing was changed/);
    expect((await statement(S.s1 as string)).review).toBe("UNREVIEWED");
  });
});

describe("filters and order", () => {
  it("reviewed, review and minConfidence filter; minConfidence outside 0..1 is refused", async () => {
    await api.data(`mutation($a: ID!, $b: ID!, $c: ID!) {
      a: confirmStatement(id: $a) { id } b: correctStatement(id: $b, stance: CONCERN) { id } c: rejectStatement(id: $c) { id } }`, { a: S.s1, b: S.s2, c: S.s3 }, withKey);
    const ids = async (filter: string) =>
      (await api.data(`{ statements(filter: ${filter}, first: 50) { edges { node { id } } } }`)).statements.edges.map((e: any) => e.node.id).sort();
    expect(await ids(`{ reviewed: true }`)).toEqual([S.s1, S.s2].sort());
    expect(await ids(`{ reviewed: false }`)).toEqual([S.s4, S.s5, S.s6, S.s7, S.s8, S.s9].sort());
    expect(await ids(`{ review: [CORRECTED, REJECTED] }`)).toEqual([S.s2, S.s3].sort());
    expect(await ids(`{ minConfidence: 0.95 }`)).toEqual([]);
    expect(await ids(`{ minConfidence: 0.9, document: "${fictionalMeeting2.extraction.document.id}" }`)).toEqual([S.s1, S.s2, S.s4, S.s5, S.s6].sort());
    const bad = await api.gql(`{ statements(filter: { minConfidence: 1.5 }) { totalCount } }`);
    expect(codesOf(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.body.errors?.[0]?.message).toBe("minConfidence must be between 0 and 1 (got 1.5)");
  });

  it("orders by confidence, least sure first, through pages", async () => {
    await db.write("load-test-set-confidence", { rows: [{ id: S.s5, confidence: 0.2 }, { id: S.s8, confidence: 0.4 }, { id: S.s1, confidence: 0.95 }] });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await api.data(`query($after: String) { statements(orderBy: CONFIDENCE, first: 3, after: $after) {
        edges { node { id confidence } } pageInfo { hasNextPage endCursor } } }`, { after })).statements;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(seen.slice(0, 2)).toEqual([S.s5, S.s8]);
    expect(seen.at(-1)).toBe(S.s1);
  });
});

describe("a right speaker or topic the graph lacks", () => {
  it("createActor and createTopic add them (new, not curated) for a correction that survives a re-ingest; a taken id is refused", async () => {
    const created = await api.data(`mutation {
      actor: createActor(name: "Fictieve Wijkraad Noord", kind: GROUP) { id name kind isNew curated }
      topic: createTopic(label: "Fictieve buurtpreventie", broader: "topic:ondermijning") { id label isNew broader { id } }
    }`, {}, withKey);
    expect(created.actor).toEqual({ id: "group:fictieve-wijkraad-noord", name: "Fictieve Wijkraad Noord", kind: "GROUP", isNew: true, curated: false });
    expect(created.topic).toEqual({ id: "topic:fictieve-buurtpreventie", label: "Fictieve buurtpreventie", isNew: true, broader: [{ id: "topic:ondermijning" }] });
    await api.data(`mutation($id: ID!) { correctStatement(id: $id, actorIds: ["group:fictieve-wijkraad-noord"], topicIds: ["topic:fictieve-buurtpreventie"]) { id } }`, { id: S.s2 }, withKey);
    const again = await api.gql(`mutation { createActor(name: "fictieve wijkraad  noord", kind: GROUP) { id } }`, {}, withKey);
    expect(codesOf(again)).toEqual(["BAD_USER_INPUT"]);
    expect(again.body.errors?.[0]?.message).toBe("There is already an actor with id group:fictieve-wijkraad-noord: use it");

    await loadExtraction(db, fictionalMeeting2Edited.extraction, { timeoutMs: 120_000 });
    const text = fictionalMeeting2.extraction.statements.find((s) => s.id === S.s2)?.text;
    const data = await api.data(`{ topic(id: "topic:ondermijning") { positions { actor { id } total } } search(text: "wijkraad") { actors { actor { id } } } }`);
    expect(data.topic.positions).toContainEqual({ actor: { id: "group:fictieve-wijkraad-noord" }, total: 1 });
    expect(data.search.actors).toEqual([{ actor: { id: "group:fictieve-wijkraad-noord" } }]);
    const listed = await api.data(`{ statements(filter: { actors: ["group:fictieve-wijkraad-noord"] }) { edges { node { text topics { id } } } } }`);
    expect(listed.statements.edges.map((e: any) => e.node)).toEqual([{ text, topics: [{ id: "topic:fictieve-buurtpreventie" }] }]);
    await expectCountsMatchStatements(db, "after correcting to a created actor and topic and re-ingesting");
  });
});

describe("across a re-ingest", () => {
  it("confirmations, rejections and corrections survive a re-ingest of the edited document and are in the statement CSV", async () => {
    await api.data(`mutation($a: ID!, $b: ID!, $c: ID!) {
      a: confirmStatement(id: $a, by: "fictieve analist") { id }
      b: correctStatement(id: $b, actorIds: ["office:minister-jenv"], by: "fictieve analist") { id }
      c: rejectStatement(id: $c, by: "fictieve analist") { id } }`, { a: S.s1, b: S.s4, c: S.s5 }, withKey);
    const outcome = await loadExtraction(db, fictionalMeeting2Edited.extraction, { timeoutMs: 120_000 });
    expect(outcome.kind).toBe("replaced");
    const byText = new Map<string, any>();
    const data = await api.data(`query($doc: ID) { statements(filter: { document: $doc, review: [UNREVIEWED, CONFIRMED, CORRECTED, REJECTED] }, first: 50) {
      edges { node { text review reviewedBy speakers { id } } } } }`, { doc: fictionalMeeting2Edited.extraction.document.id });
    for (const edge of data.statements.edges) byText.set(edge.node.text, edge.node);
    const text = (key: string) => fictionalMeeting2.extraction.statements.find((s) => s.id === S[key])?.text ?? "";
    expect(byText.get(text("s1"))).toMatchObject({ review: "CONFIRMED" });
    expect(byText.get(text("s4"))).toMatchObject({ review: "CORRECTED", speakers: [{ id: "office:minister-jenv" }] });
    expect(byText.get(text("s5"))).toMatchObject({ review: "REJECTED" });
    expect(byText.get(text("s2"))).toMatchObject({ review: "UNREVIEWED", reviewedBy: null });
    await expectCountsMatchStatements(db, "after re-ingesting a reviewed document");

    const csv = (await api.data(`{ exportNetwork(kind: ACTOR_TOPIC, format: STATEMENTS_CSV) { content } }`)).exportNetwork.content as string;
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toMatch(/,review,corrected,reviewedBy,reviewedAt$/);
    const line = (key: string) => lines.find((l) => l.includes(text(key)));
    expect(line("s1")).toMatch(/,confirmed,no,fictieve analist \(key:[0-9a-f]{12}\),\d{4}-/);
    expect(line("s4")).toMatch(/,corrected,yes,fictieve analist/);
    expect(line("s2")).toMatch(/,unreviewed,no,,$/);
    expect(line("s5")).toBeUndefined();
  });
});
