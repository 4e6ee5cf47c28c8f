/**
 * The four benchmarked questions, each as a request to OUR API and to the API @neo4j/graphql
 * generates (bench/lib/neo4j-graphql-typedefs.ts). The raw-driver variant is not written here:
 * the benchmark records the named Cypher queries our API runs for the request and replays them.
 */
import type { Gazetteer } from "../../src/ingest/index.js";
import { toSearchQuery } from "../../src/search/search-query.js";

export interface Question {
  name: string;
  description: string;
  ours: { query: string; variables: Record<string, unknown> };
  generated: { query: string; variables: Record<string, unknown> };
  /** For the generated API: what the client must still do itself, stated in the docs. */
  generatedNote: string;
}

const TOPIC = "ondermijning";
const ACTOR = "office:korpschef";
const STANCES = ["support", "oppose", "concern", "request", "commitment", "inform"];

/** The topic and its narrower topics (any depth): our API does this itself, a generated API's client must. */
function narrowerClosure(gazetteer: Gazetteer, id: string): string[] {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const topic of gazetteer.topics) {
      if (!out.has(topic.id) && topic.broader.some((broader) => out.has(broader))) {
        out.add(topic.id);
        grew = true;
      }
    }
  }
  return [...out];
}

export function questions(gazetteer: Gazetteer, year = 2019): Question[] {
  const topicIds = narrowerClosure(gazetteer, `topic:${TOPIC}`);
  const from = `${year}-01-01`;
  const halfYear = `${year}-06-30`;
  const to = `${year}-12-31`;
  return [
    {
      name: "statements-by-topic-and-window",
      description: `statements about "${TOPIC}" (narrower topics included) between ${from} and ${halfYear}: totalCount and the first page of 20`,
      ours: {
        query: `query Q($from: LocalDate, $to: LocalDate) { statements(filter: { topics: ["${TOPIC}"], from: $from, to: $to }, first: 20) { totalCount edges { node { id text stance date } } } }`,
        variables: { from, to: halfYear },
      },
      generated: {
        query: `query Q($ids: [ID!], $from: Date, $to: Date) { statementsConnection(first: 20, sort: [{ date: ASC }], where: { date: { gte: $from, lte: $to }, about: { some: { id: { in: $ids } } } }) { totalCount edges { node { id text stance date } } } }`,
        variables: { ids: topicIds, from, to: halfYear },
      },
      generatedNote: "the client passes the topic and its narrower topic ids (the generated API cannot follow BROADER or match synonyms)",
    },
    {
      name: "actor-positions-by-topic",
      description: `the positions of ${ACTOR}: per topic, statements per stance`,
      ours: {
        query: `query Q($id: ID!) { actor(id: $id) { id name positions { topic { id label } total stances { stance count } } } }`,
        variables: { id: ACTOR },
      },
      generated: {
        query: `query Q($id: ID!) { topics(where: { statements: { some: { by: { some: { id: { eq: $id } } } } } }) { id label ${STANCES.map(
          (stance) => `${stance}: statementsConnection(where: { node: { stance: { eq: "${stance}" }, by: { some: { id: { eq: $id } } } } }) { totalCount }`,
        ).join(" ")} } }`,
        variables: { id: ACTOR },
      },
      generatedNote: "one aliased count per stance and topic (no grouping in the generated API)",
    },
    {
      name: "actor-topic-network-year",
      description: `the actor-topic network of the statements of ${year}: nodes, and edges weighted per stance`,
      ours: {
        query: `query Q($from: LocalDate, $to: LocalDate) { actorTopicNetwork(filter: { from: $from, to: $to }) { nodes { id label type } edges { source target weight stances { stance count } } } }`,
        variables: { from, to },
      },
      generated: {
        query: `query Q($from: Date, $to: Date) { statements(where: { date: { gte: $from, lte: $to } }) { id stance by { id name } about { id label } } }`,
        variables: { from, to },
      },
      generatedNote: "the generated API returns the year's statements with their actors and topics; the client builds the network (not timed)",
    },
    {
      name: "full-text-search",
      description: `full-text search for "witwassen": 10 actors, 10 topics, 10 statements with scores`,
      ours: {
        query: `query Q($text: String!) { search(text: $text, first: 10) { actors { actor { id name } score } topics { topic { id label } score } statements { statement { id text } score } } }`,
        variables: { text: "witwassen" },
      },
      generated: {
        query: `query Q($phrase: String!) { actorsByName(phrase: $phrase, first: 10) { edges { score node { id name } } } topicsByName(phrase: $phrase, first: 10) { edges { score node { id label } } } statementsByText(phrase: $phrase, first: 10) { edges { score node { id text } } } }`,
        // The indexes hold our search terms (src/search): the client sends the terms ours would.
        variables: { phrase: toSearchQuery("witwassen")?.lucene ?? "witwassen" },
      },
      generatedNote: "@fulltext on our three indexes; the client turns the text into our search terms itself (src/search: folding, stems, compound parts), and gets no topic matches or snippets",
    },
  ];
}
