/**
 * The extraction pipeline over one decoded document text:
 *   normalise -> metadata -> sections -> sentences -> clauses -> actors -> attribution ->
 *   stance -> topics -> dated references -> Extraction.
 * Pure: no I/O, no clock, no randomness; the same input always gives the same output.
 */
import { BadDocumentError } from "../errors/app-error.js";
import { ActorIndex, type ActorMention } from "./actors/actor-index.js";
import { discoverActors } from "./actors/discover-actors.js";
import { personHolding } from "./actors/resolve-person.js";
import { slug } from "./actors/slug.js";
import { attributeClause, CONFIDENCE, type AttributionResult } from "./attribution/attribute-clause.js";
import { DiscourseState, type Holder } from "./attribution/discourse.js";
import { findDatedReferences } from "./events/dated-references.js";
import type {
  Attribution,
  ExtractedActor,
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
import type { Block } from "./normalise/layout.js";
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
  format?: "txt" | "pdf";
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

export function extractFromText(raw: string, source: string, gazetteer: Gazetteer, options: ExtractOptions = {}): Extraction {
  const format = options.format ?? "txt";
  const policy = options.continuation ?? DEFAULT_CONTINUATION;
  if (raw.trim().length === 0) throw new BadDocumentError(source, "empty document");
  const normalised = normalise(raw);
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
  const date = findMeetingDate(title, text.slice(0, 600));
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
      if (ADDRESSEE_BEFORE.test(before)) addressees.push(m.actorId);
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

const ADDRESSEE_BEFORE =
  /(?:\baan\s+(?:de\s+|het\s+)?|\b(?:vraagt|vragen|vroeg|vroegen|verzoekt|verzoeken|verzocht|verzochten|herinnert|herinneren|herinnerde|herinnerden|informeert|informeerde|informeerden|adviseert|adviseerde|adviseerden|riep|riepen|roept|roepen)\s+(?:de\s+|het\s+)?)$/iu;

/** The group that holds a body's collective decisions: its "leden" group, else the body itself. */
function membersOf(bodyId: string | null, index: ActorIndex): Holder | null {
  if (!bodyId) return null;
  const members = index.all().find((a) => a.kind === "group" && a.partOf === bodyId && /leden/i.test(a.name));
  return { actorIds: [members?.id ?? bodyId], plural: true, human: true };
}

/**
 * A generic office ("de burgemeester") names the specific office of the same kind mentioned last
 * in the agenda item with the same noun ("de burgemeester van Amsterdam"): its id extends the
 * generic one and it was written as "<noun> van ...". ("de PG" does not make a later "de
 * voorzitter" the chair of the prosecutors.)
 */
function specialise(mention: ActorMention, state: DiscourseState, index: ActorIndex): ActorMention {
  if (mention.kind !== "office") return mention;
  const prefix = `${mention.actorId}-`;
  const noun = mention.surface.toLowerCase();
  const specific = state.latestInSection(
    (e) => e.actorIds.length === 1 && e.actorIds[0]!.startsWith(prefix) && e.surfaces.some((s) => s.toLowerCase().startsWith(`${noun} van `)),
  );
  if (!specific || !index.get(specific.actorIds[0]!)) return mention;
  return { ...mention, actorId: specific.actorIds[0]! };
}

function pushSalience(state: DiscourseState, text: string, mentions: ActorMention[], result: AttributionResult): void {
  const holderMentions = new Set(result.holderMentions);
  let group: ActorMention[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    state.push({
      actorIds: [...new Set(group.map((m) => m.actorId))],
      plural: group.length > 1 || group.some((m) => m.plural),
      human: group.some((m) => m.human),
      isHolder: false,
      surfaces: group.map((m) => m.surface),
    });
    group = [];
  };
  for (const m of mentions) {
    if (holderMentions.has(m)) {
      flush();
      continue;
    }
    const last = group[group.length - 1];
    if (last && !/^\s*(?:,|en|,\s*en)\s+(?:de\s+|het\s+)?$/iu.test(text.slice(last.end, m.start))) flush();
    group.push(m);
  }
  flush();
  if (result.holder) state.push({ ...result.holder, isHolder: true, surfaces: result.holderMentions.map((m) => m.surface) });
}

function resolvePersons(actorId: string, date: string | null, gazetteer: Gazetteer, index: ActorIndex): string[] {
  const actor = index.get(actorId);
  if (!actor) return [];
  if (actor.kind === "person") return [actor.id];
  if (actor.kind === "office") {
    const person = personHolding(gazetteer, actor.id, date);
    return person ? [person] : [];
  }
  return [];
}

function collectActors(used: Set<string>, index: ActorIndex, gazetteer: Gazetteer, date: string | null): ExtractedActor[] {
  const ids = new Set<string>();
  const visit = (id: string): void => {
    if (ids.has(id)) return;
    const actor = index.get(id);
    if (!actor) return;
    ids.add(id);
    if (actor.partOf) visit(actor.partOf);
    if (actor.kind === "office") {
      const person = personHolding(gazetteer, id, date);
      if (person) visit(person);
    }
  };
  for (const id of [...used].sort()) visit(id);
  return [...ids].sort().map((id) => {
    const actor = index.get(id)!;
    const heldBy = actor.kind === "office" ? personHolding(gazetteer, id, date) : undefined;
    return {
      id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      ...(heldBy ? { heldBy } : {}),
      ...(actor.partOf ? { partOf: actor.partOf } : {}),
      isNew: actor.isNew,
    };
  });
}

function collectTopics(
  used: Set<string>,
  curated: Map<string, { id: string; label: string; aliases: string[]; broader: string[] }>,
  discovered: Map<string, ExtractedTopic>,
): ExtractedTopic[] {
  const ids = new Set<string>();
  const visit = (id: string): void => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const b of curated.get(id)?.broader ?? []) visit(b);
  };
  for (const id of used) visit(id);
  return [...ids].sort().flatMap((id) => {
    const c = curated.get(id);
    if (c) return [{ id, label: c.label, aliases: c.aliases, broader: c.broader, isNew: false }];
    const d = discovered.get(id);
    return d ? [d] : [];
  });
}
