/**
 * Splits a sentence into the clauses that carry separate positions, where minutes pack several
 * speech acts into one sentence:
 *   - an enumeration introduced by a colon ("... liet weten: 1) ...") starts a new clause;
 *   - "X uitte zorgen over A en vroeg B": a coordinated second reporting verb with the same
 *     subject starts a clause that shares the first clause's holder;
 *   - a fronted nominal speech act ("Op zorgen van de burgemeesters over A liet de minister
 *     weten ...") is a clause of its own, held by the noun's "van"-actor.
 * Anything else stays one clause: splitting more would only fragment a single position.
 */
import { SPEECH_ACT_NOUNS, REPORTING_FINITE_FORMS } from "../lexicon/reporting-verbs.js";
import { COMMON_FINITE_VERBS } from "../lexicon/finite-verbs.js";
import type { Span } from "./split-sentences.js";
import { words } from "./words.js";

export interface Clause extends Span {
  /** The clause continues the previous clause's subject (coordinated verb phrase). */
  sharedSubject: boolean;
}

const COLON_ENUMERATION = /:\s+(?=(?:\d{1,2}|[a-z])\)\s|•\s)/gu;
const FRONTED_NOMINAL = new RegExp(`^(?:Op|Naar aanleiding van|In reactie op|Op verzoek van|Gezien)\\s+(?:de\\s+|het\\s+)?(?:${SPEECH_ACT_NOUNS})\\s+van\\s+`, "iu");
const PRONOUNS = new Set(["ze", "zij", "hij"]);

const isFinite = (w: string): boolean => REPORTING_FINITE_FORMS.has(w.toLowerCase()) || COMMON_FINITE_VERBS.has(w.toLowerCase());

export function splitClauses(text: string, sentence: Span, actorStarts: (start: number, end: number) => number[]): Clause[] {
  const cuts = new Set<number>();
  const shared = new Set<number>();
  const body = text.slice(sentence.start, sentence.end);

  for (const m of body.matchAll(COLON_ENUMERATION)) cuts.add(sentence.start + m.index! + m[0].length);

  // Coordinated reporting verbs: "... en vroegen ...", only when a finite verb precedes.
  const tokens = words(body, sentence.start);
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== "en") continue;
    const next = tokens[i + 1]!;
    if (!REPORTING_FINITE_FORMS.has(next.text)) continue;
    const after = tokens[i + 2]?.text.toLowerCase();
    if (after && (PRONOUNS.has(after) || after === "de" || after === "het")) continue; // "en vroeg de minister": a new inverted clause
    if (!tokens.slice(0, i).some((t) => isFinite(t.text))) continue;
    cuts.add(next.start);
    shared.add(next.start);
  }

  // Fronted nominal speech act: cut before the finite verb that introduces the main clause's subject.
  const fronted = FRONTED_NOMINAL.exec(body);
  if (fronted) {
    const starts = new Set(actorStarts(sentence.start, sentence.end));
    for (let i = 1; i < tokens.length - 1; i++) {
      const verb = tokens[i]!;
      if (verb.start < sentence.start + fronted[0].length || !isFinite(verb.text)) continue;
      let subject = tokens[i + 1]!;
      if ((subject.text === "de" || subject.text === "het") && tokens[i + 2]) subject = tokens[i + 2]!;
      if (starts.has(subject.start) || PRONOUNS.has(subject.text.toLowerCase())) {
        cuts.add(verb.start);
        break;
      }
    }
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
