/**
 * Every GraphQL operation the explorer sends, in one place, with the mapping from the response
 * into the explorer's own types (model/types.ts). Keep these in step with schema/schema.graphql.
 */
import { graphql } from "./client.js";
import { isStance } from "../model/stance.js";
import type { Actor, ActorKind, Corpus, DocumentText, SearchHit, Statement, Topic } from "../model/types.js";

/** Statements per request while paging through the corpus (the API caps `first`). */
const PAGE_SIZE = 100;
/** Actors, topics and meetings per list request (the API's page-size cap). */
const LIST_SIZE = 200;

const STATEMENT_FIELDS = /* GraphQL */ `
  id text stance date start end
  document { id title }
  speakers { id name kind }
  persons { id name }
  topics { id label }
`;

export const CORPUS_STATEMENTS = /* GraphQL */ `
  query ExplorerStatements($first: Int!, $after: String) {
    statements(first: $first, after: $after, order: ASC) {
      edges { node { ${STATEMENT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const REFERENCE = /* GraphQL */ `
  query ExplorerReference($first: Int!) {
    actors(first: $first) { id name kind partOf { id } }
    topics(first: $first) { id label broader { id } }
    meetings(first: $first) { id date }
  }
`;

export const DOCUMENT = /* GraphQL */ `
  query ExplorerDocument($id: ID!) {
    document(id: $id) { id title date text }
  }
`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      actors { actor { id name kind } score }
      topics { topic { id label } score }
      statements { statement { ${STATEMENT_FIELDS} } score }
    }
  }
`;

interface RawRef {
  id: string;
}
interface RawActor extends RawRef {
  name: string;
  kind: string;
  partOf?: RawRef[] | RawRef | null;
}
interface RawTopic extends RawRef {
  label: string;
  broader?: RawRef[] | null;
}
interface RawStatement {
  id: string;
  text: string;
  stance: string;
  date: string | null;
  start: number;
  end: number;
  document: { id: string; title: string | null } | null;
  speakers: RawActor[];
  persons: { id: string; name: string }[];
  topics: RawTopic[];
}

const lower = (value: string): string => value.toLowerCase();

function toActor(raw: RawActor): Actor {
  const partOf = raw.partOf ? (Array.isArray(raw.partOf) ? raw.partOf : [raw.partOf]) : [];
  return { id: raw.id, name: raw.name, kind: lower(raw.kind) as ActorKind, partOf: partOf.map((p) => p.id) };
}

function toTopic(raw: RawTopic): Topic {
  return { id: raw.id, label: raw.label, broader: (raw.broader ?? []).map((b) => b.id) };
}

function toStatement(raw: RawStatement): Statement {
  const stance = lower(raw.stance);
  return {
    id: raw.id,
    text: raw.text,
    stance: isStance(stance) ? stance : "inform",
    date: raw.date ? raw.date.slice(0, 10) : null,
    start: raw.start,
    end: raw.end,
    documentId: raw.document?.id ?? "",
    documentTitle: raw.document?.title ?? raw.document?.id ?? "unknown document",
    actorIds: raw.speakers.map((a) => a.id),
    persons: raw.persons,
    topicIds: raw.topics.map((t) => t.id),
  };
}

interface StatementPage {
  statements: { edges: { node: RawStatement }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

/** Everything the network needs: reference data and every statement (paged through). */
export async function loadCorpus(): Promise<Corpus> {
  const reference = await graphql<{ actors: RawActor[]; topics: RawTopic[]; meetings: { id: string; date: string | null }[] }>(
    "ExplorerReference",
    REFERENCE,
    { first: LIST_SIZE },
  );
  const actors = new Map(reference.actors.map((raw) => [raw.id, toActor(raw)]));
  const topics = new Map(reference.topics.map((raw) => [raw.id, toTopic(raw)]));
  const statements: Statement[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const data: StatementPage = await graphql("ExplorerStatements", CORPUS_STATEMENTS, { first: PAGE_SIZE, after });
    for (const { node: raw } of data.statements.edges) {
      statements.push(toStatement(raw));
      // Actors and topics met only through statements (beyond the first list page) still get a name.
      for (const actor of raw.speakers) if (!actors.has(actor.id)) actors.set(actor.id, toActor(actor));
      for (const topic of raw.topics) if (!topics.has(topic.id)) topics.set(topic.id, toTopic(topic));
    }
    if (!data.statements.pageInfo.hasNextPage || !data.statements.pageInfo.endCursor) break;
    after = data.statements.pageInfo.endCursor;
  }
  const meetingDates = reference.meetings.map((m) => m.date?.slice(0, 10) ?? null);
  const statementDates = statements.map((s) => s.date);
  const dates = [...new Set([...meetingDates, ...statementDates].filter((d): d is string => d !== null))].sort();
  return { actors, topics, statements, dates };
}

export async function loadDocument(id: string): Promise<DocumentText | null> {
  const data = await graphql<{ document: DocumentText | null }>("ExplorerDocument", DOCUMENT, { id });
  return data.document ? { ...data.document, date: data.document.date ? data.document.date.slice(0, 10) : null } : null;
}

export async function search(text: string, first = 8): Promise<SearchHit[]> {
  const data = await graphql<{
    search: { actors: { actor: RawActor }[]; topics: { topic: RawTopic }[]; statements: { statement: RawStatement }[] };
  }>("ExplorerSearch", SEARCH, { text, first });
  return [
    ...data.search.actors.map(({ actor }): SearchHit => ({ kind: "actor", id: actor.id, label: actor.name })),
    ...data.search.topics.map(({ topic }): SearchHit => ({ kind: "topic", id: topic.id, label: topic.label })),
    ...data.search.statements.map(({ statement }): SearchHit => {
      const s = toStatement(statement);
      return { kind: "statement", id: s.id, label: s.text, documentId: s.documentId, start: s.start, end: s.end, date: s.date };
    }),
  ];
}
