/**
 * The queries a new document runs are planned once (`CYPHER replan=skip`, cypher/README.md): their
 * first plan may be made on a graph holding nothing but the curated data, and is kept while the
 * graph grows. That is only safe while every such plan reaches its nodes through unique-id seeks:
 * a label scan or a cartesian product planned on an empty graph would stay, and cost more with
 * every document. FICTIONAL data: one generated synthetic meeting (bench/corpus).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it, inject } from "vitest";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/config/project-root.js";
import { loadQueryRegistry } from "../../src/db/query-registry.js";
import type { QueryName } from "../../src/db/query-names.js";
import { extractText, readGazetteer } from "../../src/ingest/index.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { toExtractionRows } from "../../src/load/extraction-rows.js";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { connectTestDatabase, connectTestDriver, wipeDatabase } from "../support/database.js";

/** Operators whose cost grows with the graph, not with the document. */
const GROWING_OPERATORS = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|NodeIndexScan|CartesianProduct|ValueHashJoin|NodeHashJoin)/;

let db: Database;
let driver: Driver;

beforeAll(async () => {
  db = await connectTestDatabase();
  driver = connectTestDriver();
});
afterAll(async () => {
  await driver?.close();
  await db?.close();
});

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [plan.operatorType, ...plan.children.flatMap(operators)];

it("every query planned once seeks its nodes by id, even when planned on a graph of curated data only", async () => {
  await wipeDatabase(db);
  const gazetteer = readGazetteer();
  await loadCuratedData(db, gazetteer);
  const [meeting] = generateCorpus({ meetings: 1, seed: 5 }, gazetteer);
  const rows = toExtractionRows(extractText(meeting!.text, meeting!.fileName, gazetteer));
  const statementIds = rows.statements.map((statement) => String(statement.id));
  const params: Partial<Record<QueryName, Record<string, unknown>>> = {
    "load-document-state": { id: rows.document.id, source: rows.document.source },
    "load-document": { document: rows.document },
    "load-actors": { rows: rows.actors },
    "load-topics": { rows: rows.topics },
    "load-lock": { actorIds: rows.actorLockIds, topicIds: rows.topicLockIds, monthKeys: [] },
    "load-actor-part-of": { rows: rows.actorPartOf },
    "load-topic-broader": { rows: rows.topicBroader },
    "load-sections": { rows: rows.sections },
    "load-events": { rows: rows.events },
    "load-statements": { rows: rows.statements },
    "resolve-statements": { statementIds },
    "statement-topic-ids-refresh": { statementIds },
    "stance-counts-add": { statementIds },
  };
  const cypherDir = path.join(projectRoot, "cypher");
  const plannedOnce = readdirSync(cypherDir)
    .filter((file) => file.endsWith(".cypher") && /^CYPHER replan=skip$/m.test(readFileSync(path.join(cypherDir, file), "utf8")))
    .map((file) => file.slice(0, -".cypher".length))
    .sort();
  // A query newly planned once needs its parameters here, so that its plan is checked too.
  expect(plannedOnce).toEqual(Object.keys(params).sort());

  const registry = loadQueryRegistry(cypherDir);
  const growing: string[] = [];
  for (const name of plannedOnce as QueryName[]) {
    const result = await driver.executeQuery(`EXPLAIN ${registry.get(name)}`, params[name], { database: inject("neo4j").database });
    const plan = result.summary.plan as unknown as PlanNode;
    expect(plan, name).toBeTruthy();
    for (const operator of operators(plan)) if (GROWING_OPERATORS.test(operator)) growing.push(`${name}: ${operator}`);
  }
  expect(growing).toEqual([]);
});
