/**
 * The actor–topic network is aggregated per (actor, topic, stance) in Cypher
 * (cypher/read-network-actor-topic.cypher). It must equal the network computed in memory from the
 * statement rows of the same filter (cypher/read-network-statements + src/analytics), for every
 * qualifier, duplicate handling and filter: checked on 25 generated FICTIONAL synthetic meetings
 * (bench/corpus, deterministic) in the real Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { readGazetteer, extractText } from "../../src/ingest/index.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { createRepositories, type Repositories } from "../../src/repositories/repositories.js";
import type { AnalysisFilter } from "../../src/repositories/analysis.repository.js";
import { computeNetwork, type AnalyticNetwork, type Duplicates, type Qualifier } from "../../src/analytics/networks.js";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { connectTestDatabase } from "../support/database.js";
import { wipe } from "../api/helpers/load-data.js";

let db: Database;
let repositories: Repositories;

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipe(db);
  const gazetteer = readGazetteer();
  await loadCuratedData(db, gazetteer);
  for (const meeting of generateCorpus({ meetings: 25, seed: 7 }, gazetteer)) {
    await loadExtraction(db, extractText(meeting.text, meeting.fileName, gazetteer), { timeoutMs: 120_000 });
  }
  repositories = createRepositories(db, { timeoutMs: 60_000 });
});
afterAll(async () => {
  await db?.close();
});

const noFilter: AnalysisFilter = { actorIds: null, includeMembers: false, topics: null, stances: null, from: null, to: null };
const filters: Record<string, AnalysisFilter> = {
  everything: noFilter,
  "the year 2019": { ...noFilter, from: "2019-01-01", to: "2019-12-31" },
  "a topic with its narrower topics": { ...noFilter, topics: ["ondermijning"] },
  "an organisation with its members": { ...noFilter, actorIds: ["group:regioburgemeesters"], includeMembers: true },
  "two stances from 2021": { ...noFilter, stances: ["support", "oppose"], from: "2021-01-01" },
};
/** Statement ids behind an edge come in no particular order from the database. */
const inAnyOrder = (network: AnalyticNetwork): AnalyticNetwork => ({ ...network, edges: network.edges.map((e) => ({ ...e, statementIds: [...e.statementIds].sort() })) });
const qualifiers: Qualifier[] = ["ignore", "per-stance", "combined", "subtract"];
const duplicates: Duplicates[] = ["statement", "document", "month", "year"];

describe("actor–topic network aggregated in Cypher = computed from statement rows", () => {
  for (const [name, filter] of Object.entries(filters)) {
    it(`${name}: every qualifier and duplicate handling`, async () => {
      const rows = await repositories.analysis.statementRows(filter, "actor-topic");
      expect(rows.length).toBeGreaterThan(0);
      for (const qualifier of qualifiers) {
        for (const duplicate of duplicates) {
          const options = { qualifier, normalisation: "none" as const, duplicates: duplicate, topicLink: "statements" as const };
          const aggregated = await repositories.analysis.network("actor-topic", filter, options);
          expect(inAnyOrder(aggregated), `${qualifier} / ${duplicate}`).toEqual(inAnyOrder(computeNetwork(rows, "actor-topic", options)));
          expect(aggregated.edges.length).toBeGreaterThan(0);
        }
      }
    }, 120_000);
  }

  it("duplicate handling changes the weights on this corpus (so the comparisons above can tell them apart)", async () => {
    const total = async (duplicate: Duplicates) =>
      (await repositories.analysis.network("actor-topic", noFilter, { qualifier: "ignore", normalisation: "none", duplicates: duplicate, topicLink: "statements" })).edges.reduce(
        (sum, e) => sum + e.weight,
        0,
      );
    const [statement, document, year] = [await total("statement"), await total("document"), await total("year")];
    expect(statement).toBeGreaterThan(document);
    expect(document).toBeGreaterThan(year);
  });
});
