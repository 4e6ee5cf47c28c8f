/**
 * The extraction pipeline over one decoded document text:
 *   normalise -> metadata -> actors -> writer -> sections -> sentences -> clauses and quotes ->
 *   attribution -> stance -> topics -> dated references -> Extraction.
 * Pure: no I/O, no clock, no randomness; the same input always gives the same output.
 */
import { BadDocumentError } from "../errors/app-error.js";
import { ActorIndex, type ActorMention } from "./actors/actor-index.js";
import { discoverActors } from "./actors/discover-actors.js";
import { licensedActors } from "./actors/license-aliases.js";
import { mergeRoleAndName } from "./actors/merge-mentions.js";
import { slug } from "./actors/slug.js";
import { attributeClause, bodyAboveList, CONFIDENCE, holderOf, type AttributionResult } from "./attribution/attribute-clause.js";
import { isAddressee } from "./attribution/addressees.js";
import { DiscourseState, type Holder, type SalienceEntry } from "./attribution/discourse.js";
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
import { DISCUSSION_VERBS, PROCEDURAL_HEADING_PREFIX, PROCEDURAL_HEADINGS } from "./lexicon/framing.js";
import type { Block, KnownBlocks } from "./normalise/layout.js";
import { normalise } from "./normalise/normalise.js";
import { findQuotes, type Quote } from "./sentences/quotes.js";
import { splitClauses } from "./sentences/split-clauses.js";
import { splitSentences } from "./sentences/split-sentences.js";
import { isFiniteVerb } from "./lexicon/finite-verbs.js";
import { classifyStance, type StanceDecision } from "./stance/classify-stance.js";
import { hasSpeechAct } from "./stance/speech-act.js";
import { findMeetingBody, findMeetingDate } from "./structure/metadata.js";
import { findSections } from "./structure/sections.js";
import { findWriter } from "./structure/writer.js";
import { findInterview } from "./structure/interview.js";
import { stem } from "./topics/stem.js";
import { statementTopics } from "./topics/statement-topics.js";
import { refersBack } from "./topics/refers-back.js";
import { TopicIndex } from "./topics/topic-index.js";
import { genderOfFirstName, type Gender } from "./lexicon/first-names.js";
import { titleSubjectTopics } from "./topics/title-topics.js";
import { quoteTag } from "./attribution/quote-speaker.js";
import { speakerLabel } from "./attribution/speaker-turns.js";
import { addresseeOfQuestion, ANSWERABLE_RULES, QUESTION_END } from "./attribution/answers.js";
import { ANSWER_LABEL, findWrittenQuestions, looksLikeWrittenQuestions, QUESTION_LABEL } from "./structure/written-questions.js";

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
  /** The direct speech the clause lies in. */
  quote: Quote | null;
  /** Direct speech that opens inside the clause and runs on after it ('X zei: "...'). */
  opens: Quote | null;
  /** The paragraph is an item of a list ("• ...", "1. ..."). */
  listItem: boolean;
}

interface UnitResult {
  unit: Unit;
  result: AttributionResult;
  stance: StanceDecision;
  mentions: ActorMention[];
}

/**
 * A clause that states no position still continues the report right after an explicitly attributed
 * clause of its paragraph: the next sentence of "De korpschef meldde dat ... " is the korpschef's
 * explanation. One step only: a run of descriptive sentences drifts into the writer's own account
 * (measured on the seed: continuing the whole run claimed 14 more sentences for 4 more right ones,
 * one step 3 more for 1). A clause with a speech act of its own
 * ("Het OM stelde ...") or that names the holder ("Na Joost sprak de marktmeester") reports someone else.
 */
function informContinues(
  unit: Unit,
  clauseText: string,
  mentions: readonly ActorMention[],
  previousClause: { holder: Holder | null; attribution: Attribution } | null,
  lastHolderParagraph: Block | null,
): boolean {
  const holder = previousClause?.holder;
  if (!holder || previousClause.attribution === "continued" || lastHolderParagraph !== unit.paragraph) return false;
  return !hasSpeechAct(clauseText) && !mentions.some((m) => holder.actorIds.includes(m.actorId));
}

/**
 * Longest text extracted (some 2 500 pages; real minutes are far shorter). Extraction takes about
 * 3 s per million characters on a busy 2-core machine, so a larger text (a 50 MB dump) is refused
 * with a clear reason instead of holding the process for minutes.
 */
export const MAX_TEXT_CHARACTERS = 5_000_000;

const LIST_MARKER_ONLY = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[\u2022\-\u2013*\u25cf\u25e6])\s*$/u;
const LIST_ITEM = /^(?:[\u2022\-\u2013*\u25cf\u25e6]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/u;
/** Attributions whose holder is a subject: they need a speech act or a stated position. */
const SUBJECT_RULES = /^(?:R1-|R2-|R6-|R6b-|R3-)/u;
/** A sentence that sums up the list before it: "Deze vragen wil de commissie voorleggen". */
const SUMMING_UP = /^(?:Deze|Die|Al deze|Bovenstaande|Genoemde)\s+(?:vragen|punten|zorgen|opmerkingen|wensen|voorstellen|aandachtspunten|signalen|knelpunten|adviezen)\b/u;

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

  const titleBlock = normalised.blocks.find((b) => b.kind === "title");
  // In written questions a short question on a line of its own is the asker's question, not a crosshead.
  const blocks = looksLikeWrittenQuestions(text)
    ? normalised.blocks.map((b) => (b.kind === "heading" && QUESTION_END.test(text.slice(b.start, b.end)) ? { ...b, kind: "paragraph" as const } : b))
    : normalised.blocks;
  const { sections: spans, preamble, subtitle } = findSections(text, blocks);
  const title = [titleBlock ? text.slice(titleBlock.start, titleBlock.end) : fileTitle(source), ...subtitle].join(" ");
  const date = findMeetingDate(title, text.slice(0, 600)) ?? options.dateline ?? null;

  const actorIndex = new ActorIndex(licensedActors(gazetteer, text, date));
  const discovery = discoverActors(text, actorIndex);
  const body = findMeetingBody(title, text.slice(0, 300), actorIndex);
  const bodyMembers = membersOf(body?.actorId ?? null, actorIndex);
  // Written questions: the asker holds the questions (and writes the document), the one asked the answers after an answer label.
  const writtenQuestions = findWrittenQuestions(text, actorIndex);
  const writerFound = findWriter(text, title, actorIndex, gazetteer.series ?? [], source, writtenQuestions);
  const writer: Holder | null = writerFound ? holderFor(writerFound.actorId, actorIndex) : null;
  const writerSpeaksThroughout = writerFound !== null && writerFound.evidence !== "series";
  const interview = findInterview(text, normalised.blocks, actorIndex, (found) => mergeRoleAndName(text, found));
  const interviewee: Holder | null = interview ? holderFor(interview.intervieweeId, actorIndex) : null;
  const year = date ? Number(date.slice(0, 4)) : null;

  const topicIndex = new TopicIndex(gazetteer.topics);
  const curatedTopics = new Map(gazetteer.topics.map((t) => [t.id, t]));
  const newTopics = new Map<string, ExtractedTopic>();
  const topicForLabel = (label: string, broader: string[] = [], key = label): string => {
    const clean = label.replace(/["]/g, "").replace(/\s+/g, " ").trim();
    const id = `topic:${slug(key)}`;
    if (curatedTopics.has(id)) return id;
    const existing = newTopics.get(id);
    if (existing) existing.broader = [...new Set([...existing.broader, ...broader])];
    else newTopics.set(id, { id, label: clean, aliases: [], broader, isNew: true });
    return id;
  };
  // A discovered noun keeps its written form as label; singular and plural share one id.
  const discoveredTopic = (label: string, broader: string[]): string => topicForLabel(label, broader, label.split(/\s+/).map(stem).join(" "));

  // Sections and their heading topics.
  const sections: Section[] = spans.map((span) => {
    let topicIds = [...new Set(topicIndex.find(text, span.headingStart, span.headingEnd).map((t) => t.topicId))];
    // A heading the taxonomy lacks is a new topic, unless it is procedural or a date line; a
    // headline (a sentence rather than a name) gives the topics of its noun phrases instead.
    const label = span.heading.replace(/^\d{1,2}[a-z]?[.)]?\s+/, "").replace(PROCEDURAL_HEADING_PREFIX, "");
    if (topicIds.length === 0 && !PROCEDURAL_HEADINGS.test(label) && !hasDate(span.heading) && label.length <= 120) {
      // A short crosshead that is a sentence, a question or a quote ("Bond spreekt van kaalslag", "Wie
      // betaalt?", "'Meer blauw op straat'") is a headline too: a name has no finite verb, no question
      // mark and no quotation marks.
      const labelWords = label.split(/\s+/);
      const question = QUESTION_END.test(label);
      const headline = /^["'‘“].*["'’”]$/u.test(label) || question || labelWords.slice(1).some((w) => isFiniteVerb(w.replace(/[^\p{L}]/gu, "")));
      if (labelWords.length <= 5 && !headline) topicIds = [topicForLabel(label)];
      else {
        const found = statementTopics({ text, start: span.headingStart, end: span.headingEnd, topicIndex, mentions: actorIndex.find(text, span.headingStart, span.headingEnd), headingTopics: [], runningTopics: [], topicFor: discoveredTopic }).topicIds.slice(0, 2);
        // A question that names nothing ("Wie betaalt dat?") is about what its answer is about.
        topicIds = found.length > 0 ? found : question ? [] : [topicForLabel(label)];
      }
    }
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

  // Clauses in reading order, with the direct speech they lie in.
  const units: Unit[] = [];
  const addParagraphs = (paragraphs: Block[], sectionIndex: number | null): void => {
    // A label alone on its line ("Wethouder X:") speaks in the list items after it, or in the one paragraph after it.
    let labelAbove: { start: number; end: number } | null = null;
    let listed = false;
    for (const paragraph of paragraphs) {
      let first = true;
      const listItem = LIST_ITEM.test(text.slice(paragraph.start, paragraph.start + 4));
      const label = speakerLabel(text, paragraph.start, paragraph.end, (s, e) => actorIndex.find(text, s, e));
      if (label?.alone) {
        labelAbove = label;
        listed = false;
        continue;
      }
      const turnLabel = label ?? (labelAbove && (listItem || !listed) ? labelAbove : null);
      if (listItem && !label) listed = true;
      if (label || !listItem) labelAbove = null;
      // Quotation marks inside a turn are found first: a speaker may quote someone else.
      const quotes = [
        ...findQuotes(text, paragraph.start, paragraph.end).filter((q) => q.speech),
        ...(turnLabel ? [{ open: paragraph.start, close: paragraph.end, speech: true, label: { start: turnLabel.start, end: turnLabel.end } }] : []),
      ];
      for (const sentence of splitSentences(text, paragraph.start, paragraph.end)) {
        const clauses = splitClauses(text, sentence, (s, e) => actorIndex.find(text, s, e).map((m) => m.start));
        clauses.forEach((clause, i) => {
          // A list item's number split off as a sentence of its own ("1." before "Enkele jaren ...") says nothing.
          if (LIST_MARKER_ONLY.test(text.slice(clause.start, clause.end))) return;
          // The last sentence of a quote that began in an earlier one ('... Dat pik ik niet,' zegt ze.) is direct speech too.
          const quote = quotes.find((q) => q.open <= clause.start && clause.end <= q.close + 1) ?? quotes.find((q) => q.open < clause.start && clause.start < q.close && q.close < clause.end) ?? null;
          const opens = quotes.find((q) => clause.start < q.open && q.open < clause.end && q.close > clause.end) ?? null;
          units.push({ ...clause, sectionIndex, paragraph, firstInParagraph: first, firstInSentence: i === 0, quote, opens, listItem });
          first = false;
        });
      }
    }
  };
  addParagraphs(preamble, null);
  spans.forEach((span) => addParagraphs(span.paragraphs, span.index));

  const state = new DiscourseState((id) => personGender(actorIndex, id));
  const results: UnitResult[] = [];
  const quoteSpeakers = new Map<Quote, { speaker: Holder; named: boolean }>();
  let currentSection: number | null | undefined;
  let previousClause: { holder: Holder | null; attribution: Attribution; rule: string } | null = null;
  let listHolder: Holder | null = null;
  // Who submitted the motion or amendment the item last spoke of: "De motie verzoekt ..." is theirs.
  let motionHolder: Holder | null = null;
  // What the sentence that introduced a list asks, promises or judges ("Wij vragen u:").
  let listStance: StanceDecision | null = null;
  /** The lead-in ends in "om:" ("Wij vragen het kabinet om:"): each item completes its infinitive. */
  let listOpensInfinitive = false;
  let lastHolderParagraph: Block | null = null;
  let lastHolderCollective = false;

  // The actors a span names, as the clauses see them (a title run into its name, a generic one made specific).
  const namedIn = (span: { start: number; end: number }): ActorMention[] =>
    mergeRoleAndName(text, actorIndex.find(text, span.start, span.end)).map((m) => specialise(m, state, actorIndex, discovery));
  const holderOfMention = (m: ActorMention): Holder => ({ actorIds: [m.actorId], plural: m.plural, human: m.human });

  // The speaker a turn's label names: the person in it ("De heer X (VVD)"), else the body or office ("Antwoord van het college").
  const labelSpeaker = (label: { start: number; end: number }): { speaker: Holder; named: boolean } | null => {
    const named = namedIn(label);
    const speaker = named.find((m) => m.kind === "person") ?? named[0];
    return speaker ? { speaker: holderOfMention(speaker), named: true } : null;
  };

  // The paragraph after a question put to an actor is that actor's answer (R19-answer).
  const answererAfter = (question: { start: number; end: number }): Holder | null => {
    if (!QUESTION_END.test(text.slice(question.start, question.end))) return null;
    const sentence = splitSentences(text, question.start, question.end).at(-1);
    const addressee = sentence ? addresseeOfQuestion(text.slice(sentence.start, sentence.end), sentence.start, namedIn(sentence)) : null;
    return addressee ? holderOfMention(addressee) : null;
  };
  let answerer: Holder | null = null;
  let previousParagraph: Block | null = null;
  const asker = writtenQuestions ? holderFor(writtenQuestions.askerId, actorIndex) : null;
  const askedAnswers = writtenQuestions?.answererId ? holderFor(writtenQuestions.answererId, actorIndex) : null;
  let inAnswers = false;

  for (const unit of units) {
    if (unit.firstInParagraph) {
      // The question may be the paragraph before, or the heading of this agenda item ("2. Kan de burgemeester ...?").
      const heading = unit.sectionIndex !== currentSection && unit.sectionIndex !== null ? spans[unit.sectionIndex] : undefined;
      const question = heading && heading.headingEnd > heading.headingStart ? { start: heading.headingStart, end: heading.headingEnd } : previousParagraph;
      answerer = question && question !== unit.paragraph ? answererAfter(question) : null;
      previousParagraph = unit.paragraph;
    }
    if (writtenQuestions && (unit.firstInSentence || unit.sectionIndex !== currentSection)) {
      const heading = unit.sectionIndex !== currentSection && unit.sectionIndex !== null ? spans[unit.sectionIndex]?.heading ?? "" : "";
      const opening = text.slice(unit.start, Math.min(unit.end, unit.start + 40));
      for (const label of [heading, opening]) {
        if (ANSWER_LABEL.test(label)) inAnswers = true;
        else if (QUESTION_LABEL.test(label)) inAnswers = false;
      }
    }
    if (unit.sectionIndex !== currentSection) {
      state.startSection();
      currentSection = unit.sectionIndex;
      motionHolder = null;
    }
    if (unit.firstInParagraph) {
      state.startParagraph(policy.scope === "paragraph");
      if (!unit.listItem) listHolder = null;
      // A list continues the report it follows ("Aan het voorstel liggen drie principes ten grondslag." + items).
      else if (!listHolder) listHolder = state.lastHolder;
    }
    const clauseText = text.slice(unit.start, unit.end);
    // "de fracties van D66 en GroenLinks": the parties named, not the council's groups in general.
    const mentions = namedIn(unit).filter((m, i, all) => !(/^fracties?$/iu.test(m.surface) && all[i + 1] && /^\s+van\s+(?:de\s+|het\s+)?$/u.test(text.slice(m.end, all[i + 1]!.start))));

    // Direct speech: its speaker is named by the tag after it, or is who opened it, or who spoke last.
    let quote: { speaker: Holder | null; named: boolean } | null = null;
    if (unit.quote) {
      quote = quoteSpeakers.get(unit.quote) ?? null;
      if (!quote) {
        const tagged = unit.quote.label ? labelSpeaker(unit.quote.label) : quoteTag(text, unit.quote, actorIndex, state);
        // An answer of an interview that no tag names is the interviewee's.
        const answer = interviewee && (unit.quote.open === unit.paragraph.start || !state.lastSpeaker) ? interviewee : null;
        const speaker = answer ?? state.lastSpeaker;
        quote = tagged ?? (speaker ? { speaker, named: false } : null);
        if (quote?.speaker) quoteSpeakers.set(unit.quote, { speaker: quote.speaker, named: quote.named });
      }
    }

    const ownStance = classifyStance(clauseText);
    // An item with no cue of its own that is no sentence of its own ("1. een minimumnorm op te nemen;",
    // "- Meer rechercheurs voor de eenheid.") does what its lead-in does.
    const stance: StanceDecision = unit.listItem && listStance && ownStance.rule === "S0-default" && isListFragment(clauseText) ? { ...listStance, rule: `${listStance.rule}-list` } : ownStance;
    let result: AttributionResult = attributeClause(
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
        writer,
        quote,
        ...positionCues(stance, clauseText),
      },
      state,
    );
    // A subject that neither speaks nor takes a position holds no statement; a person or body
    // that is the subject of its own sentence ends the running report of whoever spoke before.
    let demotedSubject: SalienceEntry | null = null;
    if (result.holder && SUBJECT_RULES.test(result.rule) && stance.rule === "S0-default" && (!hasSpeechAct(clauseText) || DISCUSSION_VERBS.test(clauseText))) {
      if (result.holder.human && !sameHolder(result.holder, state.lastHolder)) state.lastHolder = null;
      // Its subject stays salient (a later "zij" may point back to it), as a mention rather than a
      // holder, and more salient than what the rest of its clause names ("De regioburgemeesters
      // hechten aan de norm van één wijkagent per vijfduizend inwoners. Zij ...").
      demotedSubject = { ...result.holder, isHolder: false, surfaces: result.holderMentions.map((m) => m.surface) };
      result = { ...result, holder: null, holderMentions: [], attribution: "unattributed", rule: "R17-no-position", confidence: CONFIDENCE.unattributed, blocksContinuation: true };
    }
    // The interviewer's question or prompt holds no position, unless it names who said what.
    if (interview?.prompts.has(unit.paragraph) && result.attribution !== "explicit") {
      result = { ...result, holder: null, holderMentions: [], attribution: "unattributed", rule: "R0-interviewer", confidence: CONFIDENCE.unattributed, breaksContinuation: true };
    }
    // A new paragraph of a note its writer signs returns to the writer's voice.
    if (!result.holder && writer && writerSpeaksThroughout && unit.firstInParagraph && !unit.listItem && result.rule === "R10-unattributed" && !result.blocksContinuation && stance.stance !== "inform" && !mentions.some((m) => m.start - unit.start < 3)) {
      result = { ...result, holder: writer, attribution: "continued", rule: "R15-writer-note", confidence: 0.5 };
    }
    // "De motie verzoekt het college ...", "Het amendement regelt dat ...": what a motion asks is
    // asked by whoever submitted it ("Mevrouw X dient een motie in", "de motie van Partij Y").
    if (!result.holder && MOTION_SPEAKS.test(clauseText)) {
      const submitter = submittersNamed(text, unit.start, clauseText, mentions) ?? motionHolder;
      if (submitter) result = { ...result, holder: submitter, attribution: "continued", rule: "R6c-motion", confidence: CONFIDENCE.continued };
    }
    // The items of a list continue the sentence that introduced them.
    // An item that completes the lead-in's infinitive ("Wij vragen het kabinet om: ... 4.
    // burgemeesters van kleine gemeenten een stem te geven") has no subject of its own: what
    // stands before "te" is its object.
    if (result.holder && unit.listItem && listHolder && listOpensInfinitive && /^R1-subject-verb/.test(result.rule) && /\bte\s+\p{L}+en\b/u.test(clauseText)) {
      result = { ...result, holder: listHolder, holderMentions: [], attribution: "continued", rule: "R8-list-item", confidence: CONFIDENCE.continued };
    }
    if (!result.holder && unit.listItem && listHolder && result.rule === "R10-unattributed") {
      result = { ...result, holder: listHolder, attribution: "continued", rule: "R8-list-item", confidence: CONFIDENCE.continued };
    } else if (
      !options.noContinuation &&
      !result.holder &&
      result.rule === "R10-unattributed" &&
      !result.blocksContinuation &&
      state.lastHolder &&
      (!result.continuesInParagraphOnly || lastHolderParagraph === unit.paragraph) &&
      (!result.continuesCollectiveOnly || lastHolderCollective)
    ) {
      if (!policy.onlyPositions || stance.stance !== "inform" || informContinues(unit, clauseText, mentions, previousClause, lastHolderParagraph)) {
        result = { ...result, holder: state.lastHolder, attribution: "continued", rule: "R8-continued", confidence: CONFIDENCE.continued };
      }
    }
    // A note the writer signs, or whose title names its writer, states the writer's positions
    // wherever no one else is named: its sentences are the writer's unless they say otherwise.
    if (!result.holder && writer && writerSpeaksThroughout && result.rule === "R10-unattributed" && !result.blocksContinuation && !mentions.some((m) => m.start - unit.start < 3)) {
      result = { ...result, holder: writer, attribution: "continued", rule: "R15-writer-note", confidence: 0.5 };
    }
    if (answerer && ANSWERABLE_RULES.test(result.rule)) {
      result = { ...result, holder: answerer, attribution: "continued", rule: "R19-answer", confidence: CONFIDENCE.continued };
    }
    let finalStance = stance;
    if (asker && inAnswers && askedAnswers && ANSWERABLE_RULES.test(result.rule)) {
      result = { ...result, holder: askedAnswers, attribution: "continued", rule: "R19-answer", confidence: CONFIDENCE.continued };
    } else if (asker && !inAnswers && QUESTION_END.test(clauseText) && (!result.holder || result.attribution !== "explicit" || sameHolder(result.holder, askedAnswers))) {
      // A question of the asker asks for something: to know, or to act ("Is het college bereid ...?").
      result = { ...result, holder: asker, holderMentions: [], attribution: "continued", rule: "R20-written-question", confidence: CONFIDENCE.continued };
      if (stance.stance === "commitment" || stance.stance === "inform" || stance.rule === "S5-rhetorical-question") finalStance = { ...stance, stance: "request", rule: `${stance.rule}-question` };
    }
    if (result.backwardHolder) {
      applyBackwardTag(results, unit, result.backwardHolder, text);
      result = { ...result, holder: result.backwardHolder, attribution: "explicit", confidence: 0.75 };
    }
    if (result.holder && SUMMING_UP.test(clauseText)) applyToPrecedingList(results, unit, result.holder);
    if (result.breaksContinuation) state.lastHolder = null;
    else if (result.holder) {
      state.lastHolder = result.holder;
      lastHolderParagraph = unit.paragraph;
      // A body, or members deciding together: who a "wij" may be when no writer is known ("Het
      // bestuur keurde de plannen goed. Daarmee kunnen we ..."); a person or an office is not.
      lastHolderCollective = result.attribution === "collective" || !result.holder.human;
    }
    // A clause that submits a motion, or names who did, says whose it is; one that names a motion
    // of no known submitter ("Motie M3 (XYZ):") leaves no one's to continue.
    if (MOTION.test(clauseText) && result.rule !== "R6c-motion") {
      motionHolder = submittersNamed(text, unit.start, clauseText, mentions) ?? (result.holder && SUBMITS.test(clauseText) ? result.holder : null);
    }
    const speaker = result.holder ?? result.backwardHolder;
    if (speaker) state.lastSpeaker = speaker;
    if (!unit.listItem) listStance = /:\s*$/u.test(clauseText) && stance.stance !== "inform" ? stance : null;
    if (!unit.listItem) listOpensInfinitive = listStance !== null && /\b(?:om|te)\s*:\s*$/u.test(clauseText);
    if (result.holder && !unit.listItem && /:\s*$/u.test(clauseText)) listHolder = result.holder;
    // "Het algemeen bestuur:" above a list of decisions: the body holds each item.
    else if (!result.holder && !unit.listItem) listHolder = bodyAboveList(clauseText, mentions) ?? listHolder;
    // Direct speech opened inside this clause ('X valt hem bij: "..."') belongs to its holder.
    if (result.holder && unit.opens && !quoteSpeakers.has(unit.opens)) {
      quoteSpeakers.set(unit.opens, { speaker: result.holder, named: result.attribution === "explicit" });
    }
    pushSalience(state, text, mentions, result);
    if (demotedSubject) state.push(demotedSubject);
    if (result.backwardHolder) state.push({ ...result.backwardHolder, isHolder: true, surfaces: result.holderMentions.map((m) => m.surface) });
    results.push({ unit, result, stance: finalStance, mentions });
    previousClause = { holder: result.holder, attribution: result.attribution, rule: result.rule };
  }

  foldDescriptiveCoordinates(results);

  // Statements.
  const statements: ExtractedStatement[] = [];
  const usedActors = new Set<string>();
  const usedTopics = new Set<string>();
  // Running topics are the agenda item's: a clause that names none is about what the item was
  // about last. Before the first heading (a news item) the title's topics stand in for a heading.
  let previousTopics: string[] = [];
  let leadTopics: string[] = [];
  // The content topics of the agenda item's statements so far: what a back-reference answers.
  let spoken: string[][] = [];
  let topicSection: number | null | undefined;
  const titleTopics = titleBlock ? [...new Set(topicIndex.find(text, titleBlock.start, titleBlock.end).map((t) => t.topicId))] : [];
  const titleSubjects = titleBlock ? titleSubjectTopics(text, titleBlock.start, titleBlock.end, topicIndex, actorIndex.find(text, titleBlock.start, titleBlock.end), discoveredTopic) : [];
  // The headline of a news item: its title, else a first heading that opens the text (after at most
  // one line such as a kicker or a disclaimer). Its crossheads ("Bond spreekt van kaalslag") are no
  // new agenda items: the headline's topics run on under them.
  const first = sections[0];
  const opening = first && first.headingStart < 300 && results.filter((r) => r.unit.start < first.headingStart).length <= 1 ? first : undefined;
  const headlineTopics = titleBlock ? [...new Set([...titleTopics, ...titleSubjects])] : (opening?.topicIds ?? []);
  const newsLike = NEWS_ITEM.test(source) || NEWS_ITEM.test(title) || DATELINE.test(text.slice(0, 1500));
  for (const { unit, result, stance: decided, mentions } of results) {
    if (unit.sectionIndex !== topicSection) {
      previousTopics = unit.sectionIndex === null ? titleTopics : [];
      leadTopics = unit.sectionIndex === null ? [...new Set([...titleTopics, ...titleSubjects])] : [];
      spoken = [];
      topicSection = unit.sectionIndex;
    }
    const stance = result.voteStance ? { ...decided, stance: result.voteStance, cue: text.slice(unit.start, unit.start + 5).replace(/:.*$/su, ""), rule: `S8-vote-${result.voteStance}` } : decided;
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

    const headingTopics = unit.sectionIndex === null ? leadTopics : [...new Set([...(sections[unit.sectionIndex]?.topicIds ?? []), ...(newsLike ? headlineTopics : [])])];
    // A vote is cast on the motion or proposal just described.
    const answers = result.voteStance !== undefined || refersBack(text.slice(unit.start, unit.end));
    const topics = statementTopics({
      text, start: unit.start, end: unit.end, topicIndex, mentions, headingTopics, runningTopics: previousTopics, leadTopics,
      answeredTopics: answers ? answeredTopics(spoken) : [], topicFor: discoveredTopic,
    });
    if (topics.curated.length > 0) previousTopics = topics.curated;
    spoken.push(topics.content);
    if (leadTopics.length === 0) leadTopics = topics.curated;
    // A clause that names nothing and has no heading ("Ook burgemeester X van Y is kritisch.") is
    // about what was said last in the item, not about nothing: a statement without a topic is one
    // no question about a topic finds.
    const topicIds = topics.topicIds.length > 0 ? topics.topicIds : (spoken.findLast((c) => c.length > 0) ?? []).slice(0, MAX_INHERITED_TOPICS);

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
      text: text.slice(unit.start, unit.end),
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

/**
 * "De korpschef deelde die analyse en wees op het hoge verzuim": a coordinated clause that shares
 * its subject and takes no position of its own adds to the statement before it rather than being
 * one (sets A–N: 14 of 16 such clauses were no statement in the annotation). It is folded into the
 * previous clause of the same sentence, whose stance and holder the statement keeps.
 */
function foldDescriptiveCoordinates(results: UnitResult[]): void {
  for (let i = results.length - 1; i > 0; i--) {
    const { unit, result, stance, mentions } = results[i]!;
    const previous = results[i - 1]!;
    if (!unit.sharedSubject || unit.firstInSentence || !/^R9-/u.test(result.rule) || stance.rule !== "S0-default") continue;
    if (previous.unit.paragraph !== unit.paragraph || previous.unit.end > unit.start || !previous.result.holder) continue;
    previous.unit = { ...previous.unit, end: unit.end };
    previous.mentions = [...previous.mentions, ...mentions];
    results.splice(i, 1);
  }
}

/**
 * What a back-reference points at: the last two statements of the agenda item ("X stelt voor A.
 * Zij licht dat toe. Y steunt dat voorstel." answers the proposal, one statement back). Measured on
 * the sets that may be looked at: one statement back found 28 more right topics, two found 35.
 */
const ANSWERED_STATEMENTS = 2;
/** At most this many topics pass to a clause that names none (the content topics of the last statement that named some). */
const MAX_INHERITED_TOPICS = 3;

function answeredTopics(spoken: readonly string[][]): string[] {
  return [...new Set(spoken.slice(-ANSWERED_STATEMENTS).reverse().flat())];
}

/**
 * R14: "Dat heeft X verklaard." gives X the clauses before it that have no holder of their own:
 * back to the start of its paragraph, or through the previous paragraph when it opens one.
 */
function applyBackwardTag(results: UnitResult[], unit: Unit, holder: Holder, text: string): void {
  for (let i = results.length - 1; i >= 0; i--) {
    const previous = results[i]!;
    if (previous.unit.paragraph !== unit.paragraph && !unit.firstInParagraph) break;
    if (previous.unit.sectionIndex !== unit.sectionIndex) break;
    // The clause right before the tag is what "Dat" points at: an organisation that is only its
    // subject, without a speech act ("De politie kan niet meer garanderen dat ... . Dat schrijven de
    // burgemeesters."), is what the tagged holder says something about, not the one who says it.
    const reported =
      i === results.length - 1 &&
      previous.result.holderMentions.length > 0 &&
      previous.result.holderMentions.every((m) => m.kind === "organisation") &&
      !hasSpeechAct(text.slice(previous.unit.start, previous.unit.end));
    const own = previous.result.holder && previous.result.attribution !== "continued" && !reported;
    if (own) break;
    previous.result = { ...previous.result, holder, holderMentions: [], attribution: "explicit", rule: "R14-backward-tag", confidence: 0.75 };
    if (previous.unit.firstInParagraph && previous.unit.paragraph !== unit.paragraph) break;
  }
}

function sameHolder(a: Holder, b: Holder | null): boolean {
  return b !== null && a.actorIds.length === b.actorIds.length && a.actorIds.every((id) => b.actorIds.includes(id));
}

/**
 * Which cues license a subject as the holder: a stated position does, an obligation or a passive
 * future ("De politie zal worden gereorganiseerd") does not. An organisation's active future ("Het
 * OM zal blijven vervolgen") is its commitment.
 */
function positionCues(stance: StanceDecision, clause: string): { positionCue: boolean; obligationCue: boolean } {
  const obligationCue = stance.stance === "request" && /\b(?:moet|moeten|dient|dienen|nodig|noodzakelijk|vereist|gewenst)\b/i.test(stance.cue) && !/\b(?:vraag|vroeg|verzoek|wil|wens|pleit)/i.test(stance.cue);
  const future = stance.stance === "commitment" && /^(?:zal|zullen)$/i.test(stance.cue) && /\b(?:zal|zullen)\b(?:\s+\S+){0,8}\s+(?:worden|zijn|gaan\s+gelden)\b/i.test(clause);
  return { positionCue: stance.stance !== "inform" && !obligationCue && !future, obligationCue };
}

/** "Deze vragen wil de commissie voorleggen ...": the list just before is that holder's. */
function applyToPrecedingList(results: UnitResult[], unit: Unit, holder: Holder): void {
  for (let i = results.length - 1; i >= 0; i--) {
    const previous = results[i]!;
    if (!previous.unit.listItem || previous.unit.sectionIndex !== unit.sectionIndex) break;
    const own = previous.result.holder && !/^R8-/u.test(previous.result.rule) && previous.result.attribution !== "continued";
    if (!own) previous.result = { ...previous.result, holder, holderMentions: [], attribution: "explicit", rule: "R14-summing-up", confidence: 0.7 };
  }
}

/** A person's gender from the text ("mevrouw X") or, for a person the gazetteer knows, the given name. */
function personGender(index: ActorIndex, actorId: string): Gender | undefined {
  const actor = index.get(actorId);
  if (actor?.kind !== "person") return undefined;
  return actor.gender ?? genderOfFirstName(actor.name.split(/\s+/)[0] ?? "");
}

const MOTION = /\b(?:motie|moties|amendement|amendementen)\b/iu;
const SUBMITS = /\b(?:dient|dienen|diende|dienden|ingediend|indienen|kondigt|kondigen|kondigde|kondigden|aangekondigd)\b/iu;
const MOTION_SPEAKS = /^(?:De|Het|Deze|Dit)\s+(?:motie|amendement)\b[^.;:]*?\b(?:verzoekt|vraagt|roept|draagt|spreekt|regelt|beoogt|stelt\s+voor)\b/u;

/**
 * The parties a motion's own mention names: "de motie 'Veilig thuis' van Partij Y", "De motie,
 * ingediend door X, vraagt", "Motie M3 (VVD, CDA):". A bracket lists its parties with commas alone,
 * which `coordinatedWith` of the attribution would read as an apposition.
 */
function submittersNamed(text: string, clauseStart: number, clauseText: string, mentions: ActorMention[]): Holder | null {
  const motion = /\b(?:[Mm]otie|[Aa]mendement)\b/u.exec(clauseText);
  if (!motion) return null;
  const after = clauseStart + motion.index + motion[0].length;
  const first = mentions.find((m) => m.start >= after && /^[^.;:!?]{0,50}?(?:\bvan|\bdoor|\()\s*(?:de\s+|het\s+)?$/u.test(text.slice(after, m.start)));
  if (!first) return null;
  const group = [first];
  for (const m of mentions) {
    const last = group[group.length - 1]!;
    if (m.start > last.start && /^\s*(?:,|en|,\s*en)\s+(?:de\s+|het\s+)?$/u.test(text.slice(last.end, m.start))) group.push(m);
  }
  return holderOf(group);
}

function holderFor(actorId: string, index: ActorIndex): Holder {
  const actor = index.get(actorId);
  return { actorIds: [actorId], plural: actor?.kind === "group", human: actor?.kind !== "organisation" };
}

/** A list item that is an infinitive clause or a phrase without a finite verb, not a sentence of its own. */
function isListFragment(item: string): boolean {
  return /\bte\s+\p{L}+n\b/u.test(item) || !item.split(/[\s,;:.]+/).some(isFiniteVerb);
}

/** A news item or a press release, as its title or file name says. */
const NEWS_ITEM = /\b(?:nieuws|nieuwsbericht|persbericht)\b/iu;
/** A news item's dateline opening a paragraph of sentences: "HOOGERWAARD - De politie sluit ... ." (not a heading "LOVP - Terugkoppeling"). */
const DATELINE = /(?:^|\n)[^\S\n]*\p{Lu}{3,}(?:[-'’]\p{Lu}+)*(?:[^\S\n]\p{Lu}{2,}(?:[-'’]\p{Lu}+)*)?(?:[^\S\n]\([^)\n]{2,30}\))?[^\S\n]+[-–—][^\S\n]+\p{Lu}\p{Ll}*[^\S\n][^\n]{30,}?[.!?]/u;

/** A document without a title line is called after its file ("fictief-verslag-2024.txt" -> "fictief verslag 2024"). */
function fileTitle(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[a-z0-9]{1,4}$/i, "").replace(/[-_]+/g, " ").trim();
}

function hasDate(text: string): boolean {
  DUTCH_DATE.lastIndex = 0;
  return DUTCH_DATE.test(text) || /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b/i.test(text);
}
