/**
 * A plan in the present tense with a time ahead: in minutes "De minister informeert het LOVP in
 * januari", "De commandant start in september een wervingscampagne", "Hij stuurt de evaluatie vóór
 * de kerst" are what the subject will do (commitment). Not a past or a perfect ("In september
 * startte ...", "is in maart begonnen"), a passive ("wordt in mei besproken"), a forecast ("verwacht",
 * "naar verwachting"), a condition or a question, nor a plan someone else reports ("meldt dat het
 * korps in mei begint": round (c) measured that as no commitment); a plan the speaker reports of
 * itself ("zegt dat hij de Kamer binnen twee weken informeert") is one.
 */
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";

const MONTH = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";
const TIME_AHEAD = new RegExp(
  [
    String.raw`\b(?:in|vanaf|per|medio|uiterlijk|v[oó]{2}r|eind|begin)\s+(?:\d{1,2}\s+)?${MONTH}\b`,
    String.raw`\bin\s+het\s+(?:eerste|tweede|derde|vierde|volgende)\s+kwartaal\b`,
    String.raw`\bv[oó]{2}r\s+(?:het\s+)?eind(?:e)?\s+van\s+(?:het|dit)\s+jaar\b`,
    String.raw`\bv[oó]{2}r\s+de\s+(?:kerst|jaarwisseling)\b`,
    String.raw`\bna\s+de\s+zomer\b`,
    String.raw`\b(?:volgend|komend)e?\s+(?:jaar|voorjaar|najaar|kwartaal)\b`,
    String.raw`\bdit\s+(?:najaar|voorjaar)\b`,
    String.raw`\bin\s+het\s+(?:voorjaar|najaar)\b`,
    String.raw`\bbinnen\s+(?:een|twee|drie|vier|zes|acht|enkele|\d+)\s+(?:dagen|weken|maanden)\b`,
  ].join("|"),
  "iu",
);

const STRONG_PAST = "was waren werd werden had hadden zou zouden kon konden moest moesten mocht mochten wilde wilden ging gingen kwam kwamen nam namen deed deden stond stonden zag zagen hield hielden bracht brachten bleef bleven kreeg kregen lag lagen zat zaten sprak spraken vond vonden zei zeiden dacht dachten liet lieten gaf gaven begon begonnen sloot sloten startte startten stuurde stuurden";
const PAST_FORMS: ReadonlySet<string> = new Set([...STRONG_PAST.split(" "), ...REPORTING_VERBS.flatMap((v) => v.finite.slice(2, 4))]);

const PERFECT = /\b(?:heeft|hebben|is|zijn)\s+(?:\S+\s+){0,8}?(?:ge\p{L}{3,}|\p{L}+(?:eerd|erd))\b/iu;
const NOT_A_PLAN = /\b(?:wordt|worden|verwacht\p{L}*|naar\s+verwachting|waarschijnlijk|mogelijk|misschien|dreigt|dreigen|als|indien|wanneer|tenzij|zodra|pas)\b/iu;
/** "dat" opening a reported clause, unless its subject is a pronoun: the speaker's own plan. */
const REPORTED_OTHER = /\bdat\s+(?!(?:hij|zij|ze|wij|we|ik)\b)/iu;

const ATTRIBUTIVE_OR_COMPARED = /(?:\bdan|\bvan\s+(?:de|het|een)\s+(?:\S+\s+){0,2})\s*$/iu;

/** The time ahead that makes the clause a plan (the cue), or null. */
export function presentPlan(clause: string): string | null {
  const time = TIME_AHEAD.exec(clause);
  if (!time) return null;
  // "liever nu dan in juli" compares; "de resultaten van de oefening Hoogwater in april" dates a noun.
  if (ATTRIBUTIVE_OR_COMPARED.test(clause.slice(0, time.index))) return null;
  if (/\?["')]?\s*$/u.test(clause) || NOT_A_PLAN.test(clause) || PERFECT.test(clause) || REPORTED_OTHER.test(clause)) return null;
  if (clause.toLowerCase().split(/[^\p{L}]+/u).some((w) => PAST_FORMS.has(w))) return null;
  return time[0];
}
