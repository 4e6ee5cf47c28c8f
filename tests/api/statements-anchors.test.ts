/**
 * cypher/read-statements.cypher reads the statements from whichever anchor holds fewer rows: the
 * topics' ABOUT relationships (window as a filter) or the window's date-index range (topics as a
 * semi-join). Whatever it chooses, the pages must be the ones a plain query gives: this pages
 * through the API (ids, order, totalCount, cursors) for filters that force each anchor on 40
 * generated FICTIONAL synthetic meetings (bench/corpus, deterministic) in the real Neo4j, and
 * checks with PROFILE that each case really read from the anchor it is meant to exercise.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it, beforeAll, afterAll } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { readGazetteer, extractText } from "../../src/ingest/index.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { topicKeys } from "../../src/repositories/search-query.js";
import { encodeCursor } from "../../src/graphql/arguments.js";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { useTestApi } from "../support/fictional-api.js";
import { connectTestDriver } from "../support/database.js";
import { wipe } from "./helpers/load-data.js";
import type { Api } from "./helpers/api-harness.js";

let api: Api;
let driver: Driver;

useTestApi(
  (started) => {
    api = started.api;
  },
  {
    load: async (db) => {
      await wipe(db);
      const gazetteer = readGazetteer();
      await loadCuratedData(db, gazetteer);
      const meetings = generateCorpus({ meetings: 40, seed: 11 }, gazetteer);
      for (const [index, meeting] of meetings.entries()) {
        const extraction = extractText(meeting.text, meeting.fileName, gazetteer);
        // The last three meetings without a date: their statements sort before every dated one.
        const undated = index >= meetings.length - 3;
        const loaded = undated ? { ...extraction, document: { ...extraction.document, date: null }, statements: extraction.statements.map((s) => ({ ...s, date: null })) } : extraction;
        await loadExtraction(db, loaded, { timeoutMs: 120_000 });
      }
    },
  },
);

beforeAll(() => {
  driver = connectTestDriver();
});
afterAll(async () => {
  await driver?.close();
});

async function run(cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ database: inject("neo4j").database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run(cypher, params);
  } finally {
    await session.close();
  }
}

interface Case {
  topics?: string[];
  from?: string;
  to?: string;
  actors?: string[];
  stances?: string[];
  order?: "ASC" | "DESC";
  /** The anchor the query must read from: topics' ABOUT relationships, the date index, or all statements. */
  anchor: "topics" | "window" | "all";
}

/** The expected page order: every statement the filter keeps, by the cursor key, from a plain query. */
const REFERENCE = `
WITH COLLECT {
  MATCH (x:Topic)
  WHERE x.id IN $topicKeys OR toLower(x.label) IN $topicKeys OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) IN $topicKeys)
  MATCH (x)-[:MERGED_INTO*0..]->(t:Topic) WHERE NOT (t)-[:MERGED_INTO]->()
  MATCH (t)<-[:BROADER*0..]-(n:Topic)
  RETURN DISTINCT n.id
} AS topicIds
MATCH (s:Statement)
WHERE (size($topicKeys) = 0 OR EXISTS { (s)-[:ABOUT]->(t:Topic) WHERE t.id IN topicIds })
  AND ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND (size($stances) = 0 OR s.stance IN $stances)
  AND (size($actorIds) = 0 OR EXISTS { (s)-[:BY|RESOLVED_TO]->(a:Actor) WHERE a.id IN $actorIds })
RETURN s.id AS id, coalesce(toString(s.date), '0000-00-00') + '|' + s.documentId + '|' + right('0000000000' + toString(s.start), 10) + '|' + s.id AS key`;

async function expected(c: Case): Promise<{ id: string; key: string }[]> {
  const result = await run(REFERENCE, {
    topicKeys: topicKeys(c.topics ?? []),
    from: c.from ?? null,
    to: c.to ?? null,
    stances: (c.stances ?? []).map((s) => s.toLowerCase()),
    actorIds: c.actors ?? [],
  });
  const rows = result.records.map((r) => ({ id: String(r.get("id")), key: String(r.get("key")) }));
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return c.order === "DESC" ? rows.reverse() : rows;
}

/** Which anchor the production query read from, from its PROFILE (the same parameters as the repository sends). */
async function anchorOf(c: Case): Promise<string> {
  const text = readFileSync(path.join(projectRoot, "cypher", "read-statements.cypher"), "utf8");
  const result = await run(`PROFILE ${text}`, {
    actorIds: c.actors ?? [],
    includeMembers: false,
    personIds: [],
    officeIds: [],
    topicKeys: topicKeys(c.topics ?? []),
    stances: (c.stances ?? []).map((s) => s.toLowerCase()),
    dated: c.from !== undefined || c.to !== undefined,
    from: c.from ?? "0001-01-01",
    to: c.to ?? "9999-12-31",
    meetingId: "",
    documentId: "",
    searchQuery: "",
    reviewStates: [],
    minConfidence: 0,
    byConfidence: false,
    descending: c.order === "DESC",
    after: "",
    limit: 20,
  });
  const read = new Set<string>();
  const walk = (plan: { operatorType: string; rows: number; arguments: Record<string, unknown>; children: unknown[] }) => {
    const details = String(plan.arguments.Details ?? "");
    if (plan.rows > 0 && plan.operatorType.startsWith("NodeIndexSeekByRange") && details.includes("Statement(date)")) read.add("window");
    if (plan.rows > 0 && plan.operatorType.startsWith("Expand") && /\(t\)<-\[\w+:ABOUT\]-\(s\)/.test(details)) read.add("topics");
    if (plan.rows > 0 && plan.operatorType.startsWith("NodeByLabelScan") && details.includes("s:Statement")) read.add("all");
    plan.children.forEach((child) => walk(child as typeof plan));
  };
  walk(result.summary.profile as never);
  return [...read].sort().join("+");
}

const PAGE = 20;
const QUERY = `query ($filter: StatementFilter, $order: SortOrder!, $first: Int!, $after: String) {
  statements(filter: $filter, order: $order, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
  }
}`;

async function pagesThroughApi(c: Case) {
  const filter = { topics: c.topics, from: c.from, to: c.to, actors: c.actors, stances: c.stances };
  const seen: { id: string; cursor: string }[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const data = await api.data(QUERY, { filter, order: c.order ?? "ASC", first: PAGE, after });
    const connection = data.statements as { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    totals.add(connection.totalCount);
    seen.push(...connection.edges.map((edge) => ({ id: edge.node.id, cursor: edge.cursor })));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { seen, totals: [...totals] };
}

const cases: Record<string, Case> = {
  "a rare topic over a wide window (topics)": { topics: ["financiën"], from: "2017-01-01", to: "2024-12-31", anchor: "topics" },
  "a frequent topic with narrower topics over one year (window)": { topics: ["criminaliteit"], from: "2020-01-01", to: "2020-12-31", anchor: "window" },
  "a topic with narrower topics over one year, newest first (window)": { topics: ["ondermijning"], from: "2019-01-01", to: "2019-12-31", order: "DESC", anchor: "window" },
  "a topic from a date on, with an actor and stances (topics)": { topics: ["criminaliteit"], from: "2018-01-01", actors: ["office:korpschef"], stances: ["SUPPORT", "CONCERN"], anchor: "topics" },
  "a frequent topic up to a date, with stances (window)": { topics: ["cybercrime", "ondermijning"], to: "2018-03-31", stances: ["OPPOSE", "SUPPORT", "CONCERN"], anchor: "window" },
  "a topic without a window (topics)": { topics: ["witwassen"], anchor: "topics" },
  "a window without topics (window)": { from: "2021-03-01", to: "2021-12-31", anchor: "window" },
  "an actor without topics or window (all)": { actors: ["office:minister-jenv"], order: "DESC", anchor: "all" },
  "every statement, oldest first: the undated ones first (all)": { anchor: "all" },
  "every statement, newest first: the undated ones last (all)": { order: "DESC", anchor: "all" },
};

describe("statement pages are the same from either anchor", () => {
  for (const [name, c] of Object.entries(cases)) {
    it(name, async () => {
      expect(await anchorOf(c)).toBe(c.anchor);
      const want = await expected(c);
      expect(want.length).toBeGreaterThan(PAGE);
      if (!c.topics && !c.actors && !c.from && !c.to) expect(want.some((row) => row.key.startsWith("0000-00-00|")), "undated statements among the expected").toBe(true);
      const { seen, totals } = await pagesThroughApi(c);
      expect(totals).toEqual([want.length]);
      expect(seen.map((row) => row.id)).toEqual(want.map((row) => row.id));
      expect(seen.map((row) => row.cursor)).toEqual(want.map((row) => encodeCursor(row.key)));
    });
  }
});
