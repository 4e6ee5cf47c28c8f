/**
 * Search that finds what analysts mean, on FICTIONAL minutes (tests/fixtures/api/
 * fictional-search-document.ts): a table of Dutch queries (inflections, diminutives, compounds,
 * accents, case, taxonomy synonyms and narrower topics, several words, nonsense) with the
 * statements each must find and must not find, through the real API and Neo4j. Then the ranking
 * (text matches before topic matches), the snippets and the start-up re-indexing of a graph whose
 * search text an older version wrote.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { backfillSearchText } from "../../src/db/search-backfill.js";
import { loadCuratedData } from "../../src/load/load-curated-data.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { fictionalSearchDocument, fictionalSearchGazetteer } from "../fixtures/api/fictional-search-document.js";
import { useTestApi } from "../support/fictional-api.js";
import type { Api } from "./helpers/api-harness.js";
import { wipe } from "./helpers/load-data.js";

let db: Database;
let api: Api;
useTestApi(
  (started) => ({ db, api } = started),
  {
    load: async (database) => {
      await wipe(database);
      await loadCuratedData(database, fictionalSearchGazetteer);
      await loadExtraction(database, fictionalSearchDocument.extraction, { timeoutMs: 120_000 });
    },
  },
);

const keyOf = new Map(Object.entries(fictionalSearchDocument.statementIds).map(([key, id]) => [id, key]));

interface Hit {
  key: string;
  match: "TEXT" | "TOPIC";
  snippet: string;
  highlights: { start: number; end: number }[];
  text: string;
  viaTopic: string | null;
}

async function search(text: string): Promise<Hit[]> {
  const data = await api.data(
    `query($t: String!) { search(text: $t, first: 30) { statements { match snippet highlights { start end } viaTopic { id } statement { id text } } } }`,
    { t: text },
  );
  return data.search.statements.map((hit: any) => ({
    key: keyOf.get(hit.statement.id) ?? hit.statement.id,
    match: hit.match,
    snippet: hit.snippet,
    highlights: hit.highlights,
    text: hit.statement.text,
    viaTopic: hit.viaTopic?.id ?? null,
  }));
}

/** query, what it must find (any order; TEXT or TOPIC), what it must not find, and why it is here. */
const TABLE: { query: string; find: string[]; not: string[]; why: string }[] = [
  { query: "stroomstootwapens", find: ["a1", "a2", "a3", "a4"], not: ["b1", "d1"], why: "plural finds singular and plural; the topic adds the rest" },
  { query: "stroomstootwapen", find: ["a1", "a2", "a3", "a4"], not: ["c1"], why: "singular finds the plural" },
  { query: "STROOMSTOOTWAPEN", find: ["a1", "a2"], not: ["b2"], why: "case" },
  { query: "taser", find: ["a1", "a2", "a3", "a4"], not: ["c1", "d1"], why: "a synonym (alias) of the topic, and part of 'taserpilot'" },
  { query: "tasers", find: ["a1", "a2", "a3", "a4"], not: ["e2"], why: "an inflected alias" },
  { query: "geweldsmiddelen", find: ["a4", "a1", "a2", "a3"], not: ["b1"], why: "a broader topic finds its narrower topics' statements" },
  { query: "politieagenten", find: ["a1"], not: ["d1", "d2", "d3"], why: "the compound itself, not its parts alone" },
  { query: "agent", find: ["a1", "d1", "d2"], not: ["c1", "b1"], why: "the head finds compounds (politieagenten) and diminutives (agentje)" },
  { query: "agenten", find: ["a1", "d1", "d2"], not: ["c3"], why: "plural of the head" },
  { query: "agentje", find: ["d1", "d2", "a1"], not: ["e1"], why: "diminutive" },
  { query: "geldstroom", find: ["b1", "b2"], not: ["c2", "a1"], why: "singular finds the plural with a doubled vowel (geldstromen)" },
  { query: "geldstromen", find: ["b1", "b2"], not: ["f1"], why: "plural finds the singular" },
  { query: "criminele geldstromen", find: ["b1", "b2", "b3", "b4"], not: ["a1", "c2"], why: "several words: b1 literally, the rest through the topic alias" },
  { query: "crimineel", find: ["b1"], not: ["c1", "a1"], why: "adjective: crimineel / criminele" },
  { query: "witwassen", find: ["b1", "b2", "b3", "b4"], not: ["a1", "c1"], why: "a topic label finds its statements" },
  { query: "witwaspraktijk", find: ["b3", "b4"], not: ["a2", "c1"], why: "singular of the word in b3, and of an alias of the topic of b1-b4" },
  { query: "cybercriminaliteit", find: ["c1", "c2", "c3"], not: ["a1", "b1"], why: "the compound literally (c1) and the topic it is an alias of" },
  { query: "cybercrime", find: ["c1", "c2", "c3"], not: ["b1"], why: "the topic label, no statement has the word" },
  { query: "criminaliteit", find: ["c1", "b1", "b2", "b3", "b4", "c2", "c3"], not: ["a1", "e2", "d1"], why: "compound part, and the topic with its narrower topics (any depth)" },
  { query: "gemeente", find: ["c1", "c2"], not: ["d3"], why: "singular finds gemeenten" },
  { query: "geevalueerd", find: ["a3"], not: ["a1"], why: "without the diaeresis" },
  { query: "geëvalueerd", find: ["a3"], not: ["a2"], why: "with the diaeresis" },
  { query: "financien", find: ["f1"], not: ["f2", "b4"], why: "accent folding (Financiën)" },
  { query: "FINANCIËN", find: ["f1"], not: ["f2"], why: "accent and case" },
  { query: "publiek-private samenwerking", find: ["f2"], not: ["f1", "b4"], why: "a hyphenated compound" },
  { query: "publiek private", find: ["f2"], not: ["f1"], why: "the parts of the hyphenated word" },
  { query: "pps", find: ["f2"], not: ["f1", "b4"], why: "an abbreviation that is an alias" },
  { query: "maatregel", find: ["e2", "e3"], not: ["e1"], why: "singular finds maatregelen" },
  { query: "maatregelen", find: ["e2", "e3"], not: ["d1"], why: "plural finds maatregel" },
  { query: "vuurwerk", find: ["e2", "e3"], not: ["e1", "f1"], why: "the head of knalvuurwerk, and the topic" },
  { query: "veiligheid", find: ["e1"], not: ["d1", "e2"], why: "the left part of veiligheidsbeleid, linking s dropped" },
  { query: "beleid", find: ["e1"], not: ["e3"], why: "the head of veiligheidsbeleid" },
  { query: "zorgen haven", find: ["b1"], not: ["c1", "b2"], why: "all words must match" },
  { query: "rechercheur", find: ["c3"], not: ["c1"], why: "singular finds rechercheurs" },
  { query: "hacker", find: ["c2"], not: ["c1"], why: "singular finds hackers" },
  { query: "evenement", find: ["d3"], not: ["d1"], why: "singular finds evenementen" },
  { query: "stroomstootwapens haven", find: [], not: ["a1", "b1"], why: "words of two different statements match none" },
  { query: "xyzzyq vloekt", find: [], not: ["a1", "b1", "c1", "d1", "e1", "f1"], why: "nonsense" },
  { query: "*:? (", find: [], not: ["a1"], why: "only Lucene syntax: nothing, and no error" },
];

describe("the search table (fictional minutes)", () => {
  it("has at least 30 Dutch queries", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)("$query: $why", async ({ query, find, not }) => {
    const keys = (await search(query)).map((hit) => hit.key);
    for (const key of find) expect(keys, `${query} must find ${key}`).toContain(key);
    for (const key of not) expect(keys, `${query} must not find ${key}`).not.toContain(key);
  });
});

describe("ranking and snippets", () => {
  it("lists the text matches first, then the statements of the topics the query names", async () => {
    const hits = await search("taser");
    expect(hits[0]).toMatchObject({ key: "a3", match: "TEXT" });
    expect(hits.slice(1).map((hit) => hit.match)).toEqual(hits.slice(1).map(() => "TOPIC"));
    expect(hits.find((hit) => hit.key === "a1")?.viaTopic).toBe("topic:stroomstootwapen");
  });

  it("marks the words that matched, in any form, with offsets into the statement text", async () => {
    const [hit] = (await search("stroomstootwapen")).filter((h) => h.key === "a1");
    expect(hit?.snippet).toBe("De fictieve korpschef vindt de inzet van <mark>stroomstootwapens</mark> door politieagenten verantwoord.");
    expect(hit?.highlights.map((span) => hit.text.slice(span.start, span.end))).toEqual(["stroomstootwapens"]);
    const [agent] = (await search("agent")).filter((h) => h.key === "a1");
    expect(agent?.snippet).toContain("<mark>politieagenten</mark>");
  });
});

describe("re-indexing at start-up", () => {
  beforeAll(async () => {
    // As an older version left it: folded text, no searchVersion.
    await db.write("search-text-update", {
      rows: [{ kind: "statement", id: fictionalSearchDocument.statementIds.a1, searchText: "de fictieve korpschef vindt de inzet van stroomstootwapens", searchVersion: null }],
    });
  });

  it("indexes again what another version of the search terms wrote, once", async () => {
    expect((await search("stroomstootwapen")).filter((hit) => hit.match === "TEXT").map((hit) => hit.key)).not.toContain("a1");
    expect(await backfillSearchText(db)).toEqual({ nodes: 1 });
    expect((await search("stroomstootwapen")).filter((hit) => hit.match === "TEXT").map((hit) => hit.key)).toContain("a1");
    expect(await backfillSearchText(db)).toEqual({ nodes: 0 });
  });
});
