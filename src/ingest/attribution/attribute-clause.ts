/**
 * The attribution cascade: who holds the position of one clause. Ordered rules, first match wins;
 * every result names its rule and a confidence:
 *
 *   R9-shared-subject      "... uitten zorgen over A en vroegen B": second verb, same holder
 *   R0-writer-framing      the note-writer's voice ("Denk aan ...", "Er werd ingegaan op ...",
 *                          a sentence about the meeting itself): unattributed, ends continuation
 *   R7-collective          a decision of the meeting body ("wordt gesteund in het LOVP",
 *                          "Afgesproken wordt dat ...")
 *   R3-co-holder-met       "Met de korpschef benadrukten ze ...": both are holders
 *   R5-nominal-speech-act  "Op zorgen van de burgemeesters over A ...": holder of the noun
 *   R11-source-adverbial   "Volgens de PG ...", "..., aldus de korpschef"
 *   R12-psych-verb         "Het verbaast de burgemeesters dat ...": the experiencer holds it
 *   R1-subject-verb        actor (or coordinated actors) as fronted subject
 *   R6b-anaphoric-description "De opstellers van de brief vragen ...": plural antecedent
 *   R6-pronoun             "Ze uitten" (plural verb) / "Ze benoemde", "Hij" (singular)
 *   R13-direct-quote       'De korpschef: "..."'
 *   R4-passive-door        "Door de PG werd benadrukt ..."
 *   R2-inverted            verb-second inversion: "Tijdens X kon de minister ...", "Ook vragen ze ..."
 *   R8-continued           no holder of its own: continues the paragraph's running report
 *   R10-unattributed       nothing recoverable: no holder is guessed
 *
 * Organisations are holders only with a speech act (reporting verb or nominal speech act):
 * minutes report what participants say; "De politie werkt aan ..." is content, not a speaker.
 */
import type { Attribution } from "../extraction.js";
import type { ActorMention } from "../actors/actor-index.js";
import { COMMON_FINITE_VERBS, SINGULAR_FORMS_IN_N } from "../lexicon/finite-verbs.js";
import {
  DECISION_AT_START,
  DECISION_PASSIVE,
  DECISION_VERBS,
  DISCUSSION_PASSIVE,
  PLURAL_ANAPHORIC_DESCRIPTION,
  PRONOUN_SUBJECT,
  PSYCH_VERB_BEFORE,
  SINGULAR_ANAPHORIC_DESCRIPTION,
  SOURCE_ADVERBIAL,
  SUBJECT_PREFIX,
  WRITER_IMPERATIVE,
} from "../lexicon/framing.js";
import { NOMINAL_SPEECH_ACT, REPORTING_FINITE_FORMS, REPORTING_PARTICIPLES, SPEECH_ACT_NOUNS } from "../lexicon/reporting-verbs.js";
import { words, type Word } from "../sentences/words.js";
import type { DiscourseState, Holder } from "./discourse.js";

export interface ClauseInput {
  text: string;
  start: number;
  end: number;
  mentions: ActorMention[];
  sharedSubject: boolean;
  /** False when a fronted phrase was split off before this clause (so it may start with its verb). */
  firstInSentence: boolean;
  /** Holder of the previous clause of the same sentence (for R9). */
  previousClause: { holder: Holder | null; attribution: Attribution; rule: string } | null;
  /** Organisation id of the meeting body ("org:lovp"), if known. */
  bodyId: string | null;
  /** Holder for the body's collective decisions (its members group, or the body). */
  bodyMembers: Holder | null;
}

export interface AttributionResult {
  holder: Holder | null;
  /** Mentions that are the holder (excluded from addressees and mentions). */
  holderMentions: ActorMention[];
  attribution: Attribution;
  rule: string;
  confidence: number;
  /** The clause ends a running report (writer framing). */
  breaksContinuation: boolean;
  /** The clause has its own subject that is not a speaker: do not continue into it. */
  blocksContinuation: boolean;
}

export const CONFIDENCE: Record<Attribution, number> = {
  explicit: 0.9,
  coordinated: 0.85,
  collective: 0.8,
  pronoun: 0.75,
  continued: 0.55,
  unattributed: 0.2,
};

const COPULAS = /^(?:is|zijn|was|waren|wordt|worden|werd|werden|blijft|blijven|bleef|bleven|lijkt|lijken|leek|leken)$/iu;
const BARE_MEMBERS = /^(?:(?:Ook|Alle)\s+)?(?:[Dd]e|[Aa]lle)\s+(?:aanwezige\s+)?leden\b(?!\s+van\b)/u;
const PRONOUN_AT_START = /^(?:(?:Ook|Daarnaast|Tevens|Verder|Voorts|Vervolgens|Bovendien|Wel)\s+)?(ze|zij|hij)\s+(\p{L}+)/iu;
const NOMINAL_AT_START = new RegExp(`^(?:(?:Op|Naar aanleiding van|In reactie op|Op verzoek van|Gezien)\\s+)?(?:de\\s+|het\\s+)?(?:${SPEECH_ACT_NOUNS})\\s+van\\s+(?:de\\s+|het\\s+)?$`, "iu");

const isPluralVerb = (verb: string): boolean => /n$/i.test(verb) && !SINGULAR_FORMS_IN_N.has(verb.toLowerCase());
const isFiniteVerb = (w: string): boolean => REPORTING_FINITE_FORMS.has(w.toLowerCase()) || COMMON_FINITE_VERBS.has(w.toLowerCase());

function holderOf(mentions: ActorMention[]): Holder {
  return {
    actorIds: [...new Set(mentions.map((m) => m.actorId))],
    plural: mentions.length > 1 || mentions.some((m) => m.plural),
    human: mentions.some((m) => m.human),
  };
}

function hasSpeechAct(clauseText: string): boolean {
  const tokens = words(clauseText);
  return (
    tokens.some((t) => REPORTING_FINITE_FORMS.has(t.text.toLowerCase()) || REPORTING_PARTICIPLES.has(t.text.toLowerCase())) ||
    NOMINAL_SPEECH_ACT.test(clauseText)
  );
}

/** Mentions joined by "en" / "," right after `first`: "De PG en de korpschef ...". */
function coordinatedWith(text: string, mentions: ActorMention[], index: number, offset: number): ActorMention[] {
  const group = [mentions[index]!];
  for (let i = index + 1; i < mentions.length; i++) {
    const gap = text.slice(group[group.length - 1]!.end - offset, mentions[i]!.start - offset);
    if (!/^\s*(?:,|en|,\s*en)\s+(?:de\s+|het\s+)?$/iu.test(gap)) break;
    group.push(mentions[i]!);
  }
  return group;
}

function result(
  holder: Holder | null,
  holderMentions: ActorMention[],
  attribution: Attribution,
  rule: string,
  confidence = CONFIDENCE[attribution],
): AttributionResult {
  return { holder, holderMentions, attribution, rule, confidence, breaksContinuation: false, blocksContinuation: false };
}

function resolvePronoun(state: DiscourseState, plural: boolean, rule: string): AttributionResult | null {
  const found = state.resolvePronoun(plural);
  if (!found) return null;
  return result(found.holder, [], "pronoun", rule, found.local ? CONFIDENCE.pronoun : 0.6);
}

export function attributeClause(input: ClauseInput, state: DiscourseState): AttributionResult {
  const { text, start, mentions } = input;
  const local = (m: ActorMention): number => m.start - start;

  // R9: the second verb of a coordinated verb phrase shares the first verb's holder.
  if (input.sharedSubject && input.previousClause?.holder) {
    const prev = input.previousClause;
    return result(prev.holder, [], prev.attribution, "R9-shared-subject");
  }

  // R0: the writer's voice.
  if (WRITER_IMPERATIVE.test(text) || DISCUSSION_PASSIVE.test(text)) {
    return { ...result(null, [], "unattributed", "R0-writer-framing"), breaksContinuation: true };
  }

  // R7: collective decision of the meeting body.
  const bodyMention = input.bodyId ? mentions.find((m) => m.actorId === input.bodyId) : undefined;
  if (bodyMention && input.bodyMembers) {
    const before = text.slice(0, local(bodyMention));
    const after = text.slice(local(bodyMention) + bodyMention.surface.length).trimStart();
    const bodyIsSubject = SUBJECT_PREFIX.test(before) && DECISION_VERBS.test(after);
    const bodyIsPlace = /\b(?:in|door|binnen)\s+(?:het\s+|de\s+)?$/iu.test(before) && DECISION_PASSIVE.test(text);
    if (bodyIsSubject || bodyIsPlace) return result(input.bodyMembers, [bodyMention], "collective", "R7-collective");
  }
  if (input.bodyMembers && DECISION_AT_START.test(text)) return result(input.bodyMembers, [], "collective", "R7-collective");
  // "De leden ..." without "van X" in minutes of a body are that body's members.
  if (input.bodyMembers && BARE_MEMBERS.test(text)) return result(input.bodyMembers, [], "collective", "R7-collective");

  const first = mentions[0];
  // R3: "Met X <verb> ze/Y": co-holders.
  if (first && /^Met\s+(?:de\s+|het\s+)?$/iu.test(text.slice(0, local(first)))) {
    const rest = text.slice(local(first) + first.surface.length);
    const m = /^\s+(\p{L}+)\s+(ze|zij|hij)\b/iu.exec(rest);
    if (m && isFiniteVerb(m[1]!)) {
      const plural = m[2]!.toLowerCase() !== "hij" && isPluralVerb(m[1]!);
      const other = state.resolvePronoun(plural);
      if (other) {
        const ids = [...new Set([...other.holder.actorIds, first.actorId])];
        return result({ actorIds: ids, plural: true, human: true }, [first], "coordinated", "R3-co-holder-met");
      }
    }
    const second = mentions[1];
    if (second && /^\s+\p{L}+\s+(?:de\s+|het\s+)?$/iu.test(text.slice(local(first) + first.surface.length, local(second)))) {
      return result(holderOf([first, second]), [first, second], "coordinated", "R3-co-holder-met");
    }
  }

  // R5: a nominal speech act names its holder with "van".
  for (const m of mentions) {
    if (NOMINAL_AT_START.test(text.slice(0, local(m)))) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, "explicit", "R5-nominal-speech-act");
    }
  }

  // R11 / R12: the holder in a source adverbial or as the experiencer of a psych verb.
  for (const m of mentions) {
    const before = text.slice(0, local(m));
    if (SOURCE_ADVERBIAL.test(before)) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R11-source-adverbial");
    }
    if (PSYCH_VERB_BEFORE.test(before)) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R12-psych-verb");
    }
  }

  // R13: a direct quotation introduced by its speaker: 'De korpschef: "..."'.
  if (first && SUBJECT_PREFIX.test(text.slice(0, local(first))) && /^\s*:\s*["']/u.test(text.slice(local(first) + first.surface.length))) {
    return result(holderOf([first]), [first], "explicit", "R13-direct-quote");
  }

  // R1: fronted subject.
  if (first && SUBJECT_PREFIX.test(text.slice(0, local(first)))) {
    const group = coordinatedWith(text, mentions, 0, start);
    const last = group[group.length - 1]!;
    const followedByWord = /^\s+\p{L}/u.test(text.slice(local(last) + last.surface.length));
    if (followedByWord) {
      const speakers = group.filter((m) => m.kind !== "organisation" || hasSpeechAct(text));
      if (speakers.length === 0) return { ...result(null, [], "unattributed", "R10-unattributed"), blocksContinuation: true };
      const attribution: Attribution = speakers.length > 1 ? "coordinated" : "explicit";
      return result(holderOf(speakers), speakers, attribution, speakers.length > 1 ? "R1-coordinated-subject" : "R1-subject-verb");
    }
  }

  // R6b / R6: anaphora at the start of the clause.
  if (PLURAL_ANAPHORIC_DESCRIPTION.test(text) && !(first && local(first) === 0)) {
    const resolved = resolvePronoun(state, true, "R6b-anaphoric-description");
    if (resolved) return resolved;
  }
  if (SINGULAR_ANAPHORIC_DESCRIPTION.test(text)) {
    const resolved = resolvePronoun(state, false, "R6b-anaphoric-description");
    if (resolved) return resolved;
  }
  const pronoun = PRONOUN_AT_START.exec(text);
  if (pronoun) {
    const plural = pronoun[1]!.toLowerCase() !== "hij" && isPluralVerb(pronoun[2]!);
    const resolved = resolvePronoun(state, plural, "R6-pronoun");
    if (resolved) return resolved;
    return result(null, [], "unattributed", "R10-unattributed");
  }

  // R4: passive with a "door"-agent next to the auxiliary.
  for (const m of mentions) {
    const before = text.slice(0, local(m));
    const after = text.slice(local(m) + m.surface.length);
    const agentBefore = /\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,2}door\s+(?:de\s+|het\s+)?$/iu.test(before);
    const agentFirst = /(?:^|\b)[Dd]oor\s+(?:de\s+|het\s+)?$/u.test(before) && /^\s+(?:wordt|werd|is|zijn|worden|werden)\b/iu.test(after);
    if ((agentBefore || agentFirst) && /\b(?:ge\p{L}+[dt]|\p{L}+(?:eerd|erd))\b/u.test(text)) {
      return result(holderOf([m]), [m], "explicit", "R4-passive-door");
    }
  }

  // R2: verb-second inversion, actor or pronoun right after a finite verb.
  const tokens = words(text, start);
  const mentionAt = new Map(mentions.map((m) => [m.start, m]));
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i - 1]!;
    // Verb-first is not a declarative main clause, unless the fronted phrase was split off.
    if (!isFiniteVerb(verb.text) || (i - 1 === 0 && input.firstInSentence)) continue;
    const fronted = text.slice(0, verb.start - start).trim();
    // "Dit is het LOCO": after a pronoun and a copula the NP is a predicate. With other verbs the
    // pronoun is a fronted object and the NP is the subject ("Dat heeft de minister toegezegd").
    if (PRONOUN_SUBJECT.test(fronted) && COPULAS.test(verb.text)) break;
    let subject: Word = tokens[i]!;
    if (/^(?:de|het)$/iu.test(subject.text) && tokens[i + 1]) subject = tokens[i + 1]!;
    const m = mentionAt.get(subject.start);
    if (m) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      const speakers = group.filter((g) => g.kind !== "organisation" || hasSpeechAct(text));
      if (speakers.length === 0) return { ...result(null, [], "unattributed", "R10-unattributed"), blocksContinuation: true };
      return result(holderOf(speakers), speakers, speakers.length > 1 ? "coordinated" : "explicit", "R2-inverted");
    }
    if (/^(?:ze|zij|hij)$/iu.test(subject.text) && subject === tokens[i]) {
      const plural = subject.text.toLowerCase() !== "hij" && isPluralVerb(verb.text);
      const resolved = resolvePronoun(state, plural, "R2-inverted");
      if (resolved) return resolved;
    }
  }

  // A sentence about the meeting itself ("De brief is na het LOVP verzonden") is the writer's.
  if (bodyMention) return { ...result(null, [], "unattributed", "R0-writer-framing"), breaksContinuation: true };

  // R8 / R10 are decided by the caller, which knows the continuation policy.
  return result(null, [], "unattributed", "R10-unattributed");
}
