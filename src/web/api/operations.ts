/**
 * The reference data (actors, topics, meeting dates), documents and search, with the mapping from
 * the response into the explorer's own types (model/types.ts). Statements and their counts are in
 * statement-operations.ts, networks in network-operations.ts. Keep these in step with
 * schema/schema.graphql.
 */
import { graphql } from "./client.js";
import { isStance } from "../model/stance.js";
import type { Actor, ActorKind, DocumentText, Reference, SearchHit, Statement, Topic } from "../model/types.js";

/** Actors, topics and meetings per list request (the API's page-size cap). */
const LIST_SIZE = 200;

export const STATEMENT_FIELDS = /* GraphQL */ `
  id text stance date start end
  document { id title }
  speakers { id name kind }
  persons { id name }
  topics { id label }
`;

export const REFERENCE = /* GraphQL */ `
  query ExplorerReference($first: Int!) {
    actors(first: $first) { id name kind partOf { id } }
    topics(first: $first) { id label broader { id } }
    meetings(first: $first) { id date }
  }
`;

/** Further meetings (oldest first) when there are more than one list of them. */
export const MEETINGS = /* GraphQL */ `
  query ExplorerMeetings($first: Int!, $from: LocalDate) {
    meetings(first: $first, from: $from) { id date }
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
      statements { statement { ${STATEMENT_FIELDS} } score match highlights { start end } viaTopic { id label } }
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
export interface RawStatement {
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

export function toStatement(raw: RawStatement): Statement {
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
    speakers: raw.speakers.map((a) => ({ id: a.id, name: a.name })),
    persons: raw.persons,
    topics: raw.topics.map((t) => ({ id: t.id, label: t.label })),
  };
}

interface RawMeeting {
  id: string;
  date: string | null;
}

/**
 * The filter panel's options: actors, topics and every meeting date. Meetings come oldest first
 * and are asked again from the last date seen while a list comes back full (a date shared by
 * meetings on both sides of the cut is asked twice; ids keep them apart). `actors` and `topics`
 * have no paging: the panel lists the first LIST_SIZE of each.
 */
export async function loadReference(): Promise<Reference> {
  const reference = await graphql<{ actors: RawActor[]; topics: RawTopic[]; meetings: RawMeeting[] }>("ExplorerReference", REFERENCE, { first: LIST_SIZE });
  const meetings = new Map(reference.meetings.map((m) => [m.id, m.date]));
  let page = reference.meetings;
  while (page.length === LIST_SIZE) {
    const from = page[page.length - 1]?.date?.slice(0, 10);
    if (!from) break;
    const before = meetings.size;
    page = (await graphql<{ meetings: RawMeeting[] }>("ExplorerMeetings", MEETINGS, { first: LIST_SIZE, from })).meetings;
    for (const m of page) meetings.set(m.id, m.date);
    // A full list of meetings on one date would ask the same list forever.
    if (meetings.size === before) break;
  }
  const dates = [...new Set([...meetings.values()].filter((d): d is string => d !== null).map((d) => d.slice(0, 10)))].sort();
  return {
    actors: new Map(reference.actors.map((raw) => [raw.id, toActor(raw)])),
    topics: new Map(reference.topics.map((raw) => [raw.id, toTopic(raw)])),
    dates,
  };
}

export async function loadDocument(id: string): Promise<DocumentText | null> {
  const data = await graphql<{ document: DocumentText | null }>("ExplorerDocument", DOCUMENT, { id });
  return data.document ? { ...data.document, date: data.document.date ? data.document.date.slice(0, 10) : null } : null;
}

export async function search(text: string, first = 8): Promise<SearchHit[]> {
  const data = await graphql<{
    search: {
      actors: { actor: RawActor }[];
      topics: { topic: RawTopic }[];
      statements: { statement: RawStatement; match: string; highlights: { start: number; end: number }[]; viaTopic: { id: string; label: string } | null }[];
    };
  }>("ExplorerSearch", SEARCH, { text, first });
  return [
    ...data.search.actors.map(({ actor }): SearchHit => ({ kind: "actor", id: actor.id, label: actor.name })),
    ...data.search.topics.map(({ topic }): SearchHit => ({ kind: "topic", id: topic.id, label: topic.label })),
    ...data.search.statements.map(({ statement, highlights, viaTopic }): SearchHit => {
      const s = toStatement(statement);
      return {
        kind: "statement",
        id: s.id,
        label: s.text,
        documentId: s.documentId,
        start: s.start,
        end: s.end,
        date: s.date,
        highlights,
        viaTopic: viaTopic?.label ?? null,
      };
    }),
  ];
}
