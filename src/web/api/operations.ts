/**
 * Every GraphQL operation the explorer sends, in one place, with the mapping from the response
 * into the explorer's own types (model/types.ts). Keep these in step with schema/schema.graphql.
 */
import { graphql } from "./client.js";
import { isStance } from "../model/stance.js";
import type { Actor, ActorKind, Corpus, DocumentText, SearchHit, Statement, Topic } from "../model/types.js";

const PAGE_SIZE = 200;

const STATEMENT_FIELDS = /* GraphQL */ `
  id text stance date start end
  document { id title }
  actors { id name kind }
  persons { id name }
  topics { id label }
`;

export const CORPUS_STATEMENTS = /* GraphQL */ `
  query ExplorerStatements($first: Int!, $after: String) {
    statements(first: $first, after: $after) {
      nodes { ${STATEMENT_FIELDS} }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const REFERENCE = /* GraphQL */ `
  query ExplorerReference {
    actors { id name kind partOf { id } }
    topics { id label broader { id } }
  }
`;

export const DOCUMENT = /* GraphQL */ `
  query ExplorerDocument($id: ID!) {
    document(id: $id) { id title date text }
  }
`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      statements { ${STATEMENT_FIELDS} }
      actors { id name kind }
      topics { id label }
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
  document: { id: string; title: string | null };
  actors: RawActor[];
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
    documentId: raw.document.id,
    documentTitle: raw.document.title ?? raw.document.id,
    actorIds: raw.actors.map((a) => a.id),
    persons: raw.persons,
    topicIds: raw.topics.map((t) => t.id),
  };
}

/** Everything the network needs: reference data and every statement (paged through). */
export async function loadCorpus(): Promise<Corpus> {
  const reference = await graphql<{ actors: RawActor[]; topics: RawTopic[] }>("ExplorerReference", REFERENCE);
  const actors = new Map(reference.actors.map((raw) => [raw.id, toActor(raw)]));
  const topics = new Map(reference.topics.map((raw) => [raw.id, toTopic(raw)]));
  const statements: Statement[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const data: { statements: { nodes: RawStatement[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
      "ExplorerStatements",
      CORPUS_STATEMENTS,
      { first: PAGE_SIZE, after },
    );
    for (const raw of data.statements.nodes) {
      statements.push(toStatement(raw));
      // Actors and topics met only through statements (e.g. discovered ones) still get a name.
      for (const actor of raw.actors) if (!actors.has(actor.id)) actors.set(actor.id, toActor(actor));
      for (const topic of raw.topics) if (!topics.has(topic.id)) topics.set(topic.id, toTopic(topic));
    }
    if (!data.statements.pageInfo.hasNextPage || !data.statements.pageInfo.endCursor) break;
    after = data.statements.pageInfo.endCursor;
  }
  const dates = [...new Set(statements.map((s) => s.date).filter((d): d is string => d !== null))].sort();
  return { actors, topics, statements, dates };
}

export async function loadDocument(id: string): Promise<DocumentText | null> {
  const data = await graphql<{ document: DocumentText | null }>("ExplorerDocument", DOCUMENT, { id });
  return data.document ? { ...data.document, date: data.document.date ? data.document.date.slice(0, 10) : null } : null;
}

export async function search(query: string, first = 12): Promise<SearchHit[]> {
  const data = await graphql<{ search: { statements: RawStatement[]; actors: RawActor[]; topics: RawTopic[] } }>("ExplorerSearch", SEARCH, {
    query,
    first,
  });
  return [
    ...data.search.actors.map((a): SearchHit => ({ kind: "actor", id: a.id, label: a.name })),
    ...data.search.topics.map((t): SearchHit => ({ kind: "topic", id: t.id, label: t.label })),
    ...data.search.statements.map((raw): SearchHit => {
      const s = toStatement(raw);
      return { kind: "statement", id: s.id, label: s.text, documentId: s.documentId, start: s.start, end: s.end, date: s.date };
    }),
  ];
}
