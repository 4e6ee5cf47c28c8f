/**
 * The stance of one clause from the ordered cue lexicon (`lexicon/stance-cues.ts`): the first
 * class with a matching cue wins; a negator right before a positive cue flips it. Returns the cue
 * as written so every stance can be explained.
 */
import type { Stance } from "../extraction.js";
import { CONTENT_CUES, NEGATORS, PREDICATE_IDIOMS, STANCE_CUES, type StanceCue } from "../lexicon/stance-cues.js";
import { COMMON_FINITE_VERBS } from "../lexicon/finite-verbs.js";
import { REPORTING_FINITE_FORMS } from "../lexicon/reporting-verbs.js";
import { frameStance } from "./frame-stance.js";
import { presentPlan } from "./present-plan.js";
import { asThirdPerson } from "../lexicon/first-person.js";

export interface StanceDecision {
  stance: Stance;
  /** The words that decided, as they appear in the clause; "" for the default. */
  cue: string;
  negated: boolean;
  /** The decision step that fired (see lexicon/stance-cues.ts). */
  rule: string;
}

/**
 * Verbs whose bare stem opens a Dutch imperative ("Zorg voor ...", "Maak geld vrij", "Investeer
 * liever in ..."): in letters, quotes and position notes a call on the addressee.
 */
const IMPERATIVE = /^[\s"'“‘(]*(?:zorg|maak|leg|geef|neem|investeer|stel|breng|regel|kom|help|zet|voorkom|betrek|houd|begin|stop|schrap|verhoog|verlaag|versterk|vergroot|bied|trek|kijk|denk|ga|wacht|werk|pak|richt|maak|verbied|sta|erken|financier|ondersteun|steun|handhaaf|beperk|bel|meld|let|blijf|doe)\s+(?!(?:u|je|jij|we|wij|ze|zij|hij|het\s+u)\b)/i;

const RHETORICAL_QUESTION = /^[\s"'“‘(]*(?:(?:Wie|Hoe|Waar|Waarom|Wat)\b[^?]*\b(?:nog|straks|veeleer|eigenlijk|dan)\b|Is\s+het\s+niet\b|Hoe\s+lang\b|Hoe\s+kan\s+het\b)[^?]*\?/u;

/** Of "A, maar B" the part after "maar" carries the point: its stance wins when it has one. */
const CONTRAST = /,\s*maar\s+/i;
const CLAUSE_OPENER = /^(?:hij|zij|ze|wij|we|ik|het|dat|die|er|daar|dan|wel|ook|nog|de|deze)$/;

/**
 * "De minister erkende het knelpunt en zegde toe ...", "De korpschef beaamde dat en vroeg ...": a
 * short acknowledgement (at most seven words, no comma) coordinated with a promise or a request.
 * Returns the offset of the second verb and its act when that act is a commitment or a request and
 * the first is no rejection: that act is the point of the sentence, which stays one statement.
 */
export function acknowledgementThenAct(clause: string): { at: number; act: StanceDecision } | null {
  const m = /^([^,;:]+?)\s+en\s+(\p{L}+)\b/u.exec(clause);
  if (!m || !REPORTING_FINITE_FORMS.has(m[2]!.toLowerCase())) return null;
  const first = m[1]!.trim().split(/\s+/);
  if (first.length > 7 || !first.some((w) => COMMON_FINITE_VERBS.has(w.toLowerCase()) || REPORTING_FINITE_FORMS.has(w.toLowerCase()))) return null;
  const at = m.index + m[0].length - m[2]!.length;
  const act = classifyClause(clause.slice(at));
  if (act.stance !== "commitment" && act.stance !== "request") return null;
  if (classifyClause(m[1]!).stance === "oppose") return null;
  return { at, act };
}

/** A future "zal/zullen" a few words before the verb of asking that ends the text ("... zal het OM een verbod eisen"). */
const WILL_ASK = /\b(?:zal|zullen)\s+(?:\S+\s+){0,8}?(?:vragen|eisen|verzoeken|vorderen)\s*$/iu;

export function classifyStance(written: string): StanceDecision {
  const clause = asThirdPerson(written);
  const acknowledged = acknowledgementThenAct(clause);
  if (acknowledged) return { ...acknowledged.act, rule: `${acknowledged.act.rule}-after-acknowledgement` };
  const whole = classifyClause(clause);
  const contrast = CONTRAST.exec(clause);
  if (!contrast) return whole;
  const cueAt = whole.cue ? clause.toLowerCase().indexOf(whole.cue.toLowerCase().replace(/^niet /, "")) : -1;
  if (cueAt < 0 || cueAt > contrast.index) return whole;
  // Only a second clause ("..., maar zegt toe ...", "..., maar zij vreest ..."), not a contrasted
  // noun phrase ("geen nieuwe plannen, maar uitvoering van wat is afgesproken").
  const tailText = clause.slice(contrast.index + contrast[0].length);
  const first = /^\S+/.exec(tailText)?.[0].toLowerCase() ?? "";
  if (!CLAUSE_OPENER.test(first) && !COMMON_FINITE_VERBS.has(first) && !REPORTING_FINITE_FORMS.has(first)) return whole;
  const tail = classifyClause(tailText);
  if (tail.stance === "inform" || tail.stance === whole.stance) return whole;
  return { ...tail, rule: `${tail.rule}-contrast` };
}

/** The first entry of `cues` that matches, a negator right before it flipping it. */
function firstCue(clause: string, cues: readonly StanceCue[]): StanceDecision | null {
  for (const entry of cues) {
    const match = entry.pattern.exec(clause);
    if (!match) continue;
    const before = clause.slice(0, match.index);
    if (entry.negated && NEGATORS.test(before)) {
      const negator = /\b(niet|geen|nooit|nauwelijks|onvoldoende)\b/i.exec(before.slice(-40));
      return { stance: entry.negated, cue: `${negator?.[1] ?? "niet"} ${match[0]}`.trim(), negated: true, rule: `${entry.rule}-negated` };
    }
    return { stance: entry.stance, cue: match[0].trim(), negated: false, rule: entry.rule };
  }
  return null;
}

/**
 * Surnames spelled like a verb of wanting ("mevrouw De Wilde", "De Wilde-Prins", "Van Wil") are no
 * verb: masked (same length, so every cue keeps its place) before the cues are matched.
 */
const VERB_LIKE_SURNAME = /\b((?:[Dd]e|[Vv]an|[Dd]en)\s+)Wil(?:de|den)?\b|\bWil(?:de|den)?(?=-\p{Lu})/gu;

function maskSurnames(clause: string): string {
  return clause.replace(VERB_LIKE_SURNAME, (match, particle: string | undefined) => (particle ?? "") + "N".repeat(match.length - (particle ?? "").length));
}

function classifyClause(text: string): StanceDecision {
  const clause = maskSurnames(text);
  const imperative = IMPERATIVE.exec(clause);
  if (imperative && !/\?["')]?\s*$/u.test(clause)) {
    return { stance: "request", cue: imperative[0].replace(/^[\s"'“‘(]+/, "").trim(), negated: false, rule: "S3-imperative" };
  }
  // A rhetorical question voices a worry, not a wish for an answer: "Wie houdt dan nog rekening
  // met ...?", "Hoe lang moeten onze mensen nog wachten?", "Is het niet veeleer de taak van ...?".
  const rhetorical = RHETORICAL_QUESTION.exec(clause);
  if (rhetorical) return { stance: "concern", cue: rhetorical[0].replace(/^[\s"'“‘(]+/, "").slice(0, 40).trim(), negated: false, rule: "S5-rhetorical-question" };
  // Explicit rejection ("wensen geen") first, then the speech act's own class, then content cues.
  for (const entry of STANCE_CUES) {
    if (entry.rule !== "S1-rejection") break;
    const match = entry.pattern.exec(clause);
    if (match) return { stance: entry.stance, cue: match[0].trim(), negated: false, rule: entry.rule };
  }
  // The predicate: a predicate idiom or a reporting verb with a class, whichever comes first
  // ("vreest dat droge zomers de norm worden en wil weten of ..." is a concern before a question).
  let idiomFound: { idiom: (typeof PREDICATE_IDIOMS)[number]; match: RegExpExecArray } | null = null;
  for (const idiom of PREDICATE_IDIOMS) {
    const match = idiom.pattern.exec(clause);
    if (match && (!idiomFound || match.index < idiomFound.match.index)) idiomFound = { idiom, match };
  }
  const frame = frameStance(clause);
  if (frame && (!idiomFound || frame.index < idiomFound.match.index)) {
    // "zal de minister van VWS vragen ...", "zal het OM een stadionverbod eisen": asking is what the
    // holder promises to do, not what it asks of the reader.
    if (frame.stance === "request" && !frame.negated && !/\?["'’”)]*\s*$/u.test(clause) && WILL_ASK.test(clause.slice(0, frame.index + frame.cue.length))) {
      return { stance: "commitment", cue: frame.cue, negated: false, rule: "S4-commissive-will-ask" };
    }
    return { stance: frame.stance, cue: frame.cue, negated: frame.negated, rule: `S2-speech-act-${frame.stance}` };
  }
  if (idiomFound) {
    const { idiom, match } = idiomFound;
    if (idiom.negated && NEGATORS.test(clause.slice(0, match.index))) {
      return { stance: idiom.negated, cue: `niet ${match[0]}`.trim(), negated: true, rule: `${idiom.rule}-negated` };
    }
    return { stance: idiom.stance, cue: match[0].trim(), negated: false, rule: idiom.rule };
  }
  // The cues of S1-S7, then (only when none fired) the stance the content carries (S9).
  const cued = firstCue(clause, STANCE_CUES) ?? firstCue(clause, CONTENT_CUES);
  if (cued) return cued;
  const plan = presentPlan(clause);
  if (plan) return { stance: "commitment", cue: plan, negated: false, rule: "S9-present-plan" };
  // A question put in the minutes is a request for an answer.
  if (/\?["')]?\s*$/u.test(clause)) return { stance: "request", cue: "?", negated: false, rule: "S3-question" };
  return { stance: "inform", cue: "", negated: false, rule: "S0-default" };
}
