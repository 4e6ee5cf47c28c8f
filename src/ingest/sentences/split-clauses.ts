/**
 * Splits a sentence into the clauses that carry separate positions, where minutes pack several
 * speech acts into one sentence:
 *   - an enumeration introduced by a colon ("... liet weten: 1) ...") starts a new clause;
 *   - "X uitte zorgen over A en vroeg B": a coordinated second reporting verb with the same
 *     subject starts a clause that shares the first clause's holder;
 *   - a fronted nominal speech act ("Op zorgen van de burgemeesters over A liet de minister
 *     weten ...") is a clause of its own, held by the noun's "van"-actor;
 *   - ", maar <clause>" contrasts two positions ("Het fonds is een nuttig begin, maar het moet
 *     blijvend worden aangevuld"), unless it is "niet alleen ..., maar ook ..."; with the same
 *     subject going on (", maar vraagt ...") only when each half has a stance of its own;
 *   - a subordinate clause whose subject is an actor ("..., toen de burgemeester verklaarde dat
 *     ...", "Nadat de minister een uitspraak deed over X, bespraken ...") is a clause of its own.
 * Anything else stays one clause: splitting more would only fragment a single position.
 */
import { SPEECH_ACT_NOUNS, REPORTING_FINITE_FORMS } from "../lexicon/reporting-verbs.js";
import { isFiniteVerb } from "../lexicon/finite-verbs.js";
import { VOTE_VERB } from "../lexicon/framing.js";
import type { Span } from "./split-sentences.js";
import { words } from "./words.js";
import { hasSpeechAct } from "../stance/speech-act.js";
import { acknowledgementThenAct, classifyStance } from "../stance/classify-stance.js";

export interface Clause extends Span {
  /** The clause continues the previous clause's subject (coordinated verb phrase). */
  sharedSubject: boolean;
}

const COLON_ENUMERATION = /:\s+(?=(?:\d{1,2}|[a-z])\)\s|•\s)/gu;
const FRONTED_NOMINAL = new RegExp(`^(?:Op|Na|Naar aanleiding van|In reactie op|Gezien)\\s+(?:de\\s+|het\\s+|een\\s+)?(?:${SPEECH_ACT_NOUNS})\\s+van\\s+`, "i");
const VOTE_SIDE_AFTER_SEPARATOR = new RegExp(String.raw`[;,]\s+(?=(?:v[oó]{2}r|tegen)\s+${VOTE_VERB}\b)`, "giu");
const PRONOUNS = new Set(["ze", "zij", "hij"]);
const DISSENT = new RegExp(String.raw`(?:;\s+|,\s+met\s+de\s+aantekening\s+dat\s+)(?=(?:\S+\s+){1,5}?(?:${VOTE_VERB}\s+tegen|tegen\s*${VOTE_VERB}|tegenstemt|tegenstemmen|tegenstemde)\b)`, "giu");


export function splitClauses(text: string, sentence: Span, actorStarts: (start: number, end: number) => number[]): Clause[] {
  const cuts = new Set<number>();
  const shared = new Set<number>();
  const body = text.slice(sentence.start, sentence.end);

  for (const m of body.matchAll(COLON_ENUMERATION)) cuts.add(sentence.start + m.index! + m[0].length);
  // The two sides of one vote in one sentence ("Voor stemmen A en B; tegen stemmen C", "Vóór stemmen
  // A, tegen stemmen B") are two lists.
  for (const m of body.matchAll(VOTE_SIDE_AFTER_SEPARATOR)) cuts.add(sentence.start + m.index! + m[0].length);
  // A dissent noted on a body's decision is the dissenter's own vote: "Het bestuur stemt in; de heer X
  // stemt tegen", "..., met de aantekening dat de gemeente Y tegenstemt".
  for (const m of body.matchAll(DISSENT)) cuts.add(sentence.start + m.index! + m[0].length);
  // The later items of an inline enumeration ("1) ... 2) ... en 3) ...") are clauses of their own.
  const items = [...body.matchAll(/(?<=^|\s)(?:\d{1,2}|[a-z])\)\s/gu)];
  if (items.length >= 2) for (const m of items.slice(1)) cuts.add(sentence.start + m.index!);

  // Coordinated reporting verbs: "... en vroegen ...", only when a finite verb precedes.
  const tokens = words(body, sentence.start);
  // "erkende het knelpunt en zegde toe ...": a short acknowledgement before a promise or a request
  // is one position, the promise's or the request's.
  const acknowledged = acknowledgementThenAct(body);
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== "en") continue;
    const next = tokens[i + 1]!;
    if (!REPORTING_FINITE_FORMS.has(next.text)) continue;
    // "... en maken die waar" is not a second report: the verb must be a speech act with its particle.
    if (!hasSpeechAct(text.slice(next.start, sentence.end))) continue;
    const after = tokens[i + 2]?.text.toLowerCase();
    if (after && (PRONOUNS.has(after) || after === "de" || after === "het")) continue; // "en vroeg de minister": a new inverted clause
    if (!tokens.slice(0, i).some((t) => isFiniteVerb(t.text))) continue;
    if (acknowledged?.at === next.start - sentence.start) continue;
    cuts.add(next.start);
    shared.add(next.start);
  }

  // Fronted nominal speech act: cut before the finite verb that introduces the main clause's subject.
  const fronted = FRONTED_NOMINAL.exec(body);
  if (fronted) {
    const starts = new Set(actorStarts(sentence.start, sentence.end));
    for (let i = 1; i < tokens.length - 1; i++) {
      const verb = tokens[i]!;
      if (verb.start < sentence.start + fronted[0].length || !isFiniteVerb(verb.text)) continue;
      let subject = tokens[i + 1]!;
      if ((subject.text === "de" || subject.text === "het") && tokens[i + 2]) subject = tokens[i + 2]!;
      if (starts.has(subject.start) || PRONOUNS.has(subject.text.toLowerCase())) {
        cuts.add(verb.start);
        break;
      }
    }
  }

  // ", maar" between two clauses with a verb each.
  for (const m of body.matchAll(/,\s+(?=maar\s)/gu)) {
    const before = body.slice(0, m.index!);
    const after = body.slice(m.index! + m[0].length);
    if (/\bniet\s+(?:alleen|zozeer)\b/i.test(before) || /^maar\s+(?:ook|wel|vooral|eerder)\b/i.test(after)) continue;
    if (words(before).length < 4 || words(after).length < 5) continue;
    // "maar" opens a main clause only with a finite verb of its own (not one of a relative clause: "maar uitvoering van wat is afgesproken").
    const afterWords = words(after);
    if (!afterWords.some((t, k) => isFiniteVerb(t.text) && !/^(?:wat|die|dat|welke|waar)$/i.test(afterWords[k - 1]?.text ?? ""))) continue;
    const at = sentence.start + m.index! + m[0].length;
    // "deelt de zorg, maar vindt ...": the same subject goes on, one position with its reservation,
    // unless each half takes a position of its own ("vindt het een goed idee, maar wijst op de
    // lasten", "is geen voorstander, maar sluit een tweede fase niet uit"): then two, one holder.
    if (isFiniteVerb(afterWords[1]?.text ?? "") || REPORTING_FINITE_FORMS.has((afterWords[1]?.text ?? "").toLowerCase())) {
      const first = classifyStance(before).stance;
      const second = classifyStance(after.replace(/^maar\s+/i, "")).stance;
      if (first === "inform" || second === "inform" || first === second) continue;
      shared.add(at);
    }
    cuts.add(at);
  }

  // A concessive clause with a speech act of its own: "..., al vroeg die fractie om extra jongerenwerkers".
  for (const m of body.matchAll(/,\s+(?=al\s+(\p{L}+)\s)/gu)) {
    if (REPORTING_FINITE_FORMS.has(m[1]!.toLowerCase())) cuts.add(sentence.start + m.index! + m[0].length);
  }

  // Subordinate clauses with an actor as subject: "toen/nadat/terwijl/waarop <actor> ...".
  const starts = new Set(actorStarts(sentence.start, sentence.end));
  for (const m of body.matchAll(/(?:^|,\s+|\s)(toen|nadat|terwijl|waarop|waarna)\s+(?:de\s+|het\s+)?/gi)) {
    const actorAt = sentence.start + m.index! + m[0].length;
    if (!starts.has(actorAt)) continue;
    const conjunctionAt = sentence.start + m.index! + m[0].indexOf(m[1]!);
    if (conjunctionAt > sentence.start) {
      cuts.add(conjunctionAt);
      continue;
    }
    // Sentence-initial: the subordinate clause runs to the comma before the main clause's verb.
    const comma = /,\s+(?=\p{Ll}+\s)/gu;
    comma.lastIndex = m[0].length;
    for (let c = comma.exec(body); c; c = comma.exec(body)) {
      const next = /^\p{Ll}+/u.exec(body.slice(c.index + c[0].length))?.[0] ?? "";
      if (isFiniteVerb(next) || /(?:de|te|den|ten)$/u.test(next)) {
        cuts.add(sentence.start + c.index + c[0].length);
        break;
      }
    }
  }

  // A second position introduced by "met de kanttekening dat", "met het verzoek om".
  for (const m of body.matchAll(/,\s+(?=met\s+(?:de|het)\s+(?:kanttekening|opmerking|verzoek|aantekening|voorwaarde|wens)\b)/gi)) {
    cuts.add(sentence.start + m.index! + m[0].length);
    shared.add(sentence.start + m.index! + m[0].length);
  }
  // Main clauses joined by a comma or "en" with a new subject: ", de burgemeester komt ...", "en de toedeling is ...".
  for (const m of body.matchAll(/(?:,|\s+en)\s+(?=(?:de|het)\s+)/gu)) {
    const at = sentence.start + m.index! + m[0].length;
    const next = tokens.findIndex((t) => t.start >= at);
    if (next < 0) continue;
    const subject = tokens[next + 1];
    const verb = tokens[next + 2];
    // A singular verb right after "de X": X is a subject of its own (coordinated subjects take a plural verb).
    if (!subject || !verb || !/^(?:is|wordt|werd|heeft|had|kan|kon|zal|moet|komt|kwam|gaat|ging)$/u.test(verb.text)) continue;
    if (!tokens.some((t) => t.end <= at && isFiniteVerb(t.text))) continue;
    cuts.add(at);
  }

  const points = [...cuts].filter((c) => c > sentence.start && c < sentence.end).sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let start = sentence.start;
  for (const point of [...points, sentence.end]) {
    let s = start;
    let e = point;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) clauses.push({ start: s, end: e, sharedSubject: shared.has(start) });
    start = point;
  }
  return clauses;
}
