/**
 * Turns an Extraction into the parameter rows of the load queries: plain maps, no Cypher. Pure,
 * so the mapping is tested without a database.
 */
import type { Extraction } from "../ingest/extraction.js";
import { SEARCH_TEXT_VERSION, searchTextOf, searchTextOfNames } from "../search/index-text.js";

export interface DocumentRow {
  id: string;
  source: string;
  title: string;
  text: string;
  format: string;
  language: string;
  date: string | null;
  body: string | null;
  fileSha256: string | null;
  meetingId: string | null;
}

export interface ExtractionRows {
  document: DocumentRow;
  actors: Record<string, unknown>[];
  actorPartOf: { id: string; partOf: string }[];
  topics: Record<string, unknown>[];
  topicBroader: { id: string; broader: string }[];
  sections: Record<string, unknown>[];
  events: Record<string, unknown>[];
  statements: Record<string, unknown>[];
  /**
   * Every actor / topic id any row links to, sorted: load-lock write-locks these nodes (their
   * survivors, and an office's holders) in this one order before anything links to them, so
   * parallel loads sharing actors and topics wait for each other instead of deadlocking.
   */
  actorLockIds: string[];
  topicLockIds: string[];
}

/**
 * The meeting a document records: `meeting:<body>:<date>`. Without a date there is no meeting to
 * share between documents, so none is created (the document still has its agenda items).
 */
export function meetingIdOf(body: string | null, date: string | null): string | null {
  if (date === null) return null;
  return `meeting:${body ?? "onbekend"}:${date}`;
}

export function toExtractionRows(extraction: Extraction, fileSha256: string | null = null): ExtractionRows {
  const { document } = extraction;
  const documentId = document.id;
  const actorLockIds = sortedUnique([
    ...extraction.actors.flatMap((actor) => (actor.partOf === undefined ? [actor.id] : [actor.id, actor.partOf])),
    ...extraction.statements.flatMap((statement) => [...statement.actorIds, ...statement.personIds, ...statement.addresseeIds, ...statement.mentionIds]),
  ]);
  const topicLockIds = sortedUnique([
    ...extraction.topics.flatMap((topic) => [topic.id, ...topic.broader]),
    ...extraction.sections.flatMap((section) => section.topicIds),
    ...extraction.statements.flatMap((statement) => statement.topicIds),
  ]);
  return {
    actorLockIds,
    topicLockIds,
    document: {
      id: documentId,
      source: document.source,
      title: document.title,
      text: document.text,
      format: document.format,
      language: document.language,
      date: document.date,
      body: document.body,
      fileSha256,
      meetingId: meetingIdOf(document.body, document.date),
    },
    actors: extraction.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      isNew: actor.isNew,
      searchText: searchTextOfNames(actor.name, actor.aliases),
      searchVersion: SEARCH_TEXT_VERSION,
    })),
    // Only discovered actors get their hierarchy from a document; curated ones get it from the gazetteer.
    actorPartOf: extraction.actors
      .filter((actor) => actor.isNew && actor.partOf !== undefined)
      .map((actor) => ({ id: actor.id, partOf: actor.partOf as string })),
    topics: extraction.topics.map((topic) => ({
      id: topic.id,
      label: topic.label,
      aliases: topic.aliases,
      isNew: topic.isNew,
      searchText: searchTextOfNames(topic.label, topic.aliases),
      searchVersion: SEARCH_TEXT_VERSION,
    })),
    topicBroader: extraction.topics.filter((topic) => topic.isNew).flatMap((topic) => topic.broader.map((broader) => ({ id: topic.id, broader }))),
    sections: extraction.sections.map((section) => ({
      id: section.id,
      index: section.index,
      heading: section.heading,
      headingStart: section.headingStart,
      headingEnd: section.headingEnd,
      start: section.start,
      end: section.end,
      documentId,
      topicIds: section.topicIds,
    })),
    events: extraction.events.map((event) => ({
      id: event.id,
      label: event.label,
      date: event.date,
      start: event.start,
      end: event.end,
      documentId,
    })),
    statements: extraction.statements.map((statement) => ({
      id: statement.id,
      text: statement.text,
      searchText: searchTextOf(statement.text),
      searchVersion: SEARCH_TEXT_VERSION,
      stance: statement.stance,
      start: statement.start,
      end: statement.end,
      date: statement.date,
      attribution: statement.attribution,
      confidence: statement.confidence,
      rule: statement.rule,
      cue: statement.cue,
      documentId,
      sectionId: statement.sectionId,
      actorIds: unique(statement.actorIds),
      addresseeIds: unique(statement.addresseeIds),
      mentionIds: unique(statement.mentionIds),
      topicIds: unique(statement.topicIds),
      eventIds: unique(statement.eventIds),
    })),
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Code-unit order, as Cypher's ORDER BY on strings, so both sides agree on the lock order. */
function sortedUnique(ids: readonly string[]): string[] {
  return unique(ids).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
