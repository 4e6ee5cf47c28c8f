/**
 * The extraction pipeline over one decoded document text:
 *   normalise -> metadata -> sections -> sentences -> clauses -> actors -> attribution ->
 *   stance -> topics -> dated references -> Extraction.
 * Pure: no I/O, no clock, no randomness; the same input always gives the same output.
 */
import { BadDocumentError } from "../errors/app-error.js";
import { ActorIndex } from "./actors/actor-index.js";
import { discoverActors } from "./actors/discover-actors.js";
import { slug } from "./actors/slug.js";
import { attributeClause, CONFIDENCE, type AttributionResult } from "./attribution/attribute-clause.js";
import { isAddressee } from "./attribution/addressees.js";
import { DiscourseState, type Holder } from "./attribution/discourse.js";
import { membersOf, pushSalience, specialise } from "./attribution/discourse-updates.js";
import { collectActors, resolvePersons } from "./assemble/collect-actors.js";
import { collectTopics } from "./assemble/collect-topics.js";
import { findDatedReferences } from "./events/dated-references.js";
import type {
  Attribution,
  DocumentFormat,
  ExtractedEvent,
  ExtractedStatement,
  ExtractedTopic,
  Extraction,
  Section,
} from "./extraction.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { eventId, sectionId, sha256, statementId } from "./ids.js";
import { detectLanguage } from "./language/detect-language.js";
import { DUTCH_DATE } from "./lexicon/dutch-dates.js";
import { PROCEDURAL_HEADINGS } from "./lexicon/framing.js";
import type { Block, KnownBlocks } from "./normalise/layout.js";
import { normalise } from "./normalise/normalise.js";
import { splitClauses } from "./sentences/split-clauses.js";
import { splitSentences } from "./sentences/split-sentences.js";
import { classifyStance } from "./stance/classify-stance.js";
import { findMeetingBody, findMeetingDate } from "./structure/metadata.js";
import { findSections } from "./structure/sections.js";
import { discoverTopics } from "./topics/discover-topics.js";
import { TopicIndex } from "./topics/topic-index.js";

/**
 * R8 continuation: a clause without a holder of its own continues the running report.
 * - scope "paragraph": the report ends at a paragraph break; "section": at the agenda item's end.
 * - onlyPositions: continue only into clauses that carry a stance cue (a position), leaving
 *   purely descriptive clauses unattributed.
 */
export interface ContinuationPolicy {
  scope: "paragraph" | "section";
  onlyPositions: boolean;
}

export interface ExtractOptions {
  format?: DocumentFormat;
  /** A web page's publication date (ISO): the document's date when its title and opening name none. */
  dateline?: string | null;
  /** Headings and paragraphs a structured reader (HTML, DOCX, ODT) found, by raw offset. */
  knownBlocks?: KnownBlocks;
  continuation?: ContinuationPolicy;
  /** Switches R8 off entirely (for measurement). */
  noContinuation?: boolean;
}

/** Chosen by measurement on the seed (docs/extraction.md, "Continuation"). */
export const DEFAULT_CONTINUATION: ContinuationPolicy = { scope: "section", onlyPositions: true };

interface Unit {
  start: number;
  end: number;
  sectionIndex: number | null;
  paragraph: Block;
  firstInParagraph: boolean;
  sharedSubject: boolean;
  firstInSentence: boolean;
}

/**
 * Longest text extracted (some 2 500 pages; real minutes are far shorter). Extraction takes about
 * 3 s per million characters on a busy 2-core machine, so a larger text (a 50 MB dump) is refused
 * with a clear reason instead of holding the process for minutes.
 */
export const MAX_TEXT_CHARACTERS = 5_000_000;

export function extractFromText(raw: string, source: string, gazetteer: Gazetteer, options: ExtractOptions = {}): Extraction {
  const format = options.format ?? "txt";
  const policy = options.continuation ?? DEFAULT_CONTINUATION;
  if (raw.length > MAX_TEXT_CHARACTERS) {
    throw new BadDocumentError(source, `document too large (${raw.length} characters; the limit is ${MAX_TEXT_CHARACTERS} characters)`);
  }
  if (raw.trim().length === 0) throw new BadDocumentError(source, "empty document");
  const normalised = normalise(raw, options.knownBlocks);
  const text = normalised.text;
  if (!/\p{L}{2,}/u.test(text)) throw new BadDocumentError(source, "no text (no words found)");
  const language = detectLanguage(text);
  if (language !== "nld") {
    throw new BadDocumentError(source, language === "und" ? "too little text to recognise its language" : `not a Dutch document (language detected: ${language})`);
  }
  const documentId = sha256(text);

  const actorIndex = new ActorIndex(gazetteer.actors);
  discoverActors(text, actorIndex);
  const topicIndex = new TopicIndex(gazetteer.topics);
  const curatedTopics = new Map(gazetteer.topics.map((t) => [t.id, t]));
  const newTopics = new Map<string, ExtractedTopic>();
  const topicForLabel = (label: string): string => {
    const clean = label.replace(/["]/g, "").replace(/\s+/g, " ").trim();
    const id = `topic:${slug(clean)}`;
    if (!curatedTopics.has(id) && !newTopics.has(id)) newTopics.set(id, { id, label: clean, aliases: [], broader: [], isNew: true });
    return id;
  };

  const titleBlock = normalised.blocks.find((b) => b.kind === "title");
  const { sections: spans, preamble, subtitle } = findSections(text, normalised.blocks);
  const title = [titleBlock ? text.slice(titleBlock.start, titleBlock.end) : source, ...subtitle].join(" ");
  const date = findMeetingDate(title, text.slice(0, 600)) ?? options.dateline ?? null;
  const body = findMeetingBody(title, text.slice(0, 300), actorIndex);
  const year = date ? Number(date.slice(0, 4)) : null;
  const bodyMembers = membersOf(body?.actorId ?? null, actorIndex);

  // Sections and their heading topics.
  const sections: Section[] = spans.map((span) => {
    let topicIds = [...new Set(topicIndex.find(text, span.headingStart, span.headingEnd).map((t) => t.topicId))];
    // A heading the taxonomy lacks is a new topic, unless it is procedural or a date line.
    const label = span.heading.replace(/^\d{1,2}[a-z]?[.)]?\s+/, "");
    if (topicIds.length === 0 && !PROCEDURAL_HEADINGS.test(label) && !hasDate(label)) topicIds = [topicForLabel(label)];
    return {
      id: sectionId(documentId, span.index),
      index: span.index,
      heading: span.heading,
      headingStart: span.headingStart,
      headingEnd: span.headingEnd,
      start: span.start,
      end: span.end,
      topicIds,
    };
  });

  // Events anywhere in the body text.
  const events: ExtractedEvent[] = [];
  for (const block of normalised.blocks) {
    if (block.kind !== "paragraph") continue;
    for (const ref of findDatedReferences(text, block.start, block.end, year)) {
      events.push({ id: eventId(documentId, ref.start, ref.end), label: ref.label, date: ref.date, start: ref.start, end: ref.end });
    }
  }

  // Clauses in reading order.
  const units: Unit[] = [];
  const addParagraphs = (paragraphs: Block[], sectionIndex: number | null): void => {
    for (const paragraph of paragraphs) {
      let first = true;
      for (const sentence of splitSentences(text, paragraph.start, paragraph.end)) {
        const clauses = splitClauses(text, sentence, (s, e) => actorIndex.find(text, s, e).map((m) => m.start));
        clauses.forEach((clause, i) => {
          units.push({ ...clause, sectionIndex, paragraph, firstInParagraph: first, firstInSentence: i === 0 });
          first = false;
        });
      }
    }
  };
  addParagraphs(preamble, null);
  spans.forEach((span) => addParagraphs(span.paragraphs, span.index));

  const state = new DiscourseState();
  const statements: ExtractedStatement[] = [];
  const usedActors = new Set<string>();
  const usedTopics = new Set<string>();
  let currentSection: number | null | undefined;
  let previousClause: { holder: Holder | null; attribution: Attribution; rule: string } | null = null;
  let previousTopics: string[] = [];

  for (const unit of units) {
    if (unit.sectionIndex !== currentSection) {
      state.startSection();
      currentSection = unit.sectionIndex;
    }
    if (unit.firstInParagraph) {
      state.startParagraph(policy.scope === "paragraph");
      previousTopics = [];
    }
    const clauseText = text.slice(unit.start, unit.end);
    const mentions = actorIndex.find(text, unit.start, unit.end).map((m) => specialise(m, state, actorIndex));
    const attribution = attributeClause(
      {
        text: clauseText,
        start: unit.start,
        end: unit.end,
        mentions,
        sharedSubject: unit.sharedSubject,
        firstInSentence: unit.firstInSentence,
        previousClause: unit.firstInSentence ? null : previousClause,
        bodyId: body?.actorId ?? null,
        bodyMembers,
      },
      state,
    );
    const stance = classifyStance(clauseText);
    let result: AttributionResult = attribution;
    if (!options.noContinuation && !result.holder && result.rule === "R10-unattributed" && !result.blocksContinuation && state.lastHolder) {
      if (!policy.onlyPositions || stance.stance !== "inform") {
        result = { ...result, holder: state.lastHolder, attribution: "continued", rule: "R8-continued", confidence: CONFIDENCE.continued };
      }
    }
    if (result.breaksContinuation) state.lastHolder = null;
    else if (result.holder) state.lastHolder = result.holder;

    // Participants.
    const holderIds = new Set(result.holder?.actorIds ?? []);
    const holderMentionSet = new Set(result.holderMentions);
    const addressees: string[] = [];
    const others: string[] = [];
    for (const m of mentions) {
      if (holderMentionSet.has(m) || holderIds.has(m.actorId)) continue;
      const before = text.slice(Math.max(unit.start, m.start - 40), m.start);
      if (isAddressee(before)) addressees.push(m.actorId);
      else others.push(m.actorId);
    }
    pushSalience(state, text, mentions, result);

    // Topics: the clause's own, else the paragraph's running topics; discovered; the heading's.
    const curatedSpans = topicIndex.find(text, unit.start, unit.end);
    const own = [...new Set(curatedSpans.map((t) => t.topicId))];
    const contentTopics = own.length > 0 ? own : previousTopics;
    previousTopics = contentTopics;
    const discovered = discoverTopics(text, unit.start, unit.end)
      .filter((d) => !mentions.some((m) => m.start <= d.start && d.end <= m.end))
      .filter((d) => !curatedSpans.some((c) => c.start < d.end && d.start < c.end))
      .map((d) => topicForLabel(d.label));
    const headingTopics = unit.sectionIndex === null ? [] : (sections[unit.sectionIndex]?.topicIds ?? []);
    const topicIds = [...new Set([...contentTopics, ...discovered, ...headingTopics])];

    const actorIds = [...holderIds];
    const personIds = [...new Set(actorIds.flatMap((id) => resolvePersons(id, date, gazetteer, actorIndex)))];
    for (const id of [...actorIds, ...personIds, ...addressees, ...others]) usedActors.add(id);
    for (const id of topicIds) usedTopics.add(id);
    const confidence = Math.round(result.confidence * (stance.cue ? 1 : 0.9) * 100) / 100;
    statements.push({
      id: statementId(documentId, unit.start, unit.end),
      actorIds,
      personIds,
      addresseeIds: [...new Set(addressees)],
      mentionIds: [...new Set(others)],
      topicIds,
      stance: stance.stance,
      text: clauseText,
      start: unit.start,
      end: unit.end,
      sectionId: unit.sectionIndex === null ? null : (sections[unit.sectionIndex]?.id ?? null),
      date,
      attribution: result.holder ? result.attribution : "unattributed",
      rule: `${result.rule}+${stance.rule}`,
      cue: stance.cue,
      confidence,
      eventIds: events.filter((e) => e.start >= unit.start && e.end <= unit.end).map((e) => e.id),
    });
    previousClause = { holder: result.holder, attribution: result.attribution, rule: result.rule };
  }
  for (const s of sections) for (const id of s.topicIds) usedTopics.add(id);

  return {
    document: { id: documentId, title, date, body: body?.name ?? null, source, text, format, language },
    sections,
    actors: collectActors(usedActors, actorIndex, gazetteer, date),
    topics: collectTopics(usedTopics, curatedTopics, newTopics),
    statements,
    events,
  };
}

function hasDate(text: string): boolean {
  DUTCH_DATE.lastIndex = 0;
  return DUTCH_DATE.test(text);
}

