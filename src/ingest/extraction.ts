/**
 * The Extraction contract: what ingestion produces from one document, with no database involved.
 *
 * Vocabulary
 * - normalised text: the document text after reading and cleaning; every offset points into it.
 * - statement: one stated position (who said what about which issue), a span of the normalised
 *   text, `text === document.text.slice(start, end)` always.
 * - actor as spoken: the office, group, organisation or person named in the text ("de korpschef").
 * - resolved person: the person who held a spoken office on the meeting's date.
 *
 * The JSON Schema of this contract is `schema/extraction.schema.json`; keep both in step.
 */

/** The formats a document can be read from (`document.format`). */
export const DOCUMENT_FORMATS = ["txt", "pdf", "html", "docx", "odt"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const STANCES = ["support", "oppose", "concern", "request", "commitment", "inform"] as const;
export type Stance = (typeof STANCES)[number];

export const ACTOR_KINDS = ["person", "office", "group", "organisation"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ATTRIBUTIONS = ["explicit", "pronoun", "coordinated", "unattributed", "collective", "continued"] as const;
/**
 * How the holder of a statement was found: named in the clause (explicit), through a pronoun,
 * as one of several co-holders (coordinated), carried over from the previous reported statement
 * of the same paragraph (continued), a body's collective decision, or not at all (unattributed).
 */
export type Attribution = (typeof ATTRIBUTIONS)[number];

export interface ExtractedDocument {
  /** sha256 (hex) of the normalised text. */
  id: string;
  title: string;
  /** Meeting date, ISO yyyy-mm-dd, or null when the document names none. */
  date: string | null;
  /** Meeting body, e.g. "LOVP". */
  body: string | null;
  /** Where the document came from (a path or a caller-given name). */
  source: string;
  /** The normalised text all offsets point into. */
  text: string;
  /** The format it was read from: "txt", "pdf", "html", "docx" or "odt". */
  format: DocumentFormat;
  /** Language detected on the whole text (ISO 639-3), e.g. "nld". */
  language: string;
}

export interface Section {
  id: string;
  /** Position of the agenda item in the document, from 0. */
  index: number;
  heading: string;
  /** Offsets of the heading line in the normalised text. */
  headingStart: number;
  headingEnd: number;
  /** Offsets of the section body (heading excluded). */
  start: number;
  end: number;
  /** Topic ids the heading names (the default topics of its statements). */
  topicIds: string[];
}

export interface ExtractedActor {
  /** Stable id: curated ids from the gazetteer ("office:korpschef"); new ones derived from the name. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** For an office: the person id holding it on the document's date. */
  heldBy?: string;
  /** For an organisation, office or group: the organisation it belongs to. */
  partOf?: string;
  /** True when the actor is not in the curated gazetteer (discovered in this document). */
  isNew: boolean;
}

export interface ExtractedTopic {
  id: string;
  label: string;
  aliases: string[];
  /** Ids of broader topics. */
  broader: string[];
  isNew: boolean;
}

export interface ExtractedStatement {
  /** Stable id: hash of document id + start + end. */
  id: string;
  /** The holders as spoken: offices, groups, organisations or persons. */
  actorIds: string[];
  /** Persons resolved from the spoken offices for the statement's date. */
  personIds: string[];
  addresseeIds: string[];
  /** Organisations named in the statement that are not its holders or addressees. */
  mentionIds: string[];
  topicIds: string[];
  stance: Stance;
  text: string;
  start: number;
  end: number;
  sectionId: string | null;
  /** ISO date the statement was made: the document's (meeting's) date, which the loader checks. */
  date: string | null;
  attribution: Attribution;
  /** Id of the rule that produced the attribution and stance, e.g. "R1-subject-verb". */
  rule: string;
  /** The cue word(s) that decided the stance, as they appear in the text. */
  cue: string;
  /** 0..1: how sure the rules are of holder and stance together. */
  confidence: number;
  /** Ids of dated events the statement refers to. */
  eventIds: string[];
}

export interface ExtractedEvent {
  id: string;
  /** The reference as written: "het Algemeen Overleg van 5 september". */
  label: string;
  /** ISO date resolved against the document's year. */
  date: string;
  start: number;
  end: number;
}

export interface Extraction {
  document: ExtractedDocument;
  sections: Section[];
  actors: ExtractedActor[];
  topics: ExtractedTopic[];
  statements: ExtractedStatement[];
  events: ExtractedEvent[];
}
