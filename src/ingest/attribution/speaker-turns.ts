/**
 * Speaker turns: minutes that write who speaks as a label before the words give the words to that
 * speaker, as a quotation gives them to its speaker:
 *   "De heer Brakema (VVD): Wij steunen het voorstel.", "Burgemeester Van Oosten: Dat kan ik toezeggen.",
 *   "- Burgemeester Lijftogt: vindt de herverdeling onacceptabel ...", "Vraag van de fractie D66: ...",
 *   "Antwoord van het college: ...".
 * A label alone on its line ("Wethouder Sijbesma:") gives the list items after it, or the one
 * paragraph after it. A header is no turn: in "Voorzitter: de heer Kramer." what follows the colon
 * has no verb, it names who holds the chair. Nor is a label before quotation marks ('De korpschef:
 * "..."'): that is a quotation.
 */
import type { ActorMention } from "../actors/actor-index.js";
import { isFiniteVerb } from "../lexicon/finite-verbs.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";

export interface SpeakerLabel {
  /** The label's span in the text, without the colon. */
  start: number;
  end: number;
  /** Nothing follows the colon in the paragraph: the turn is in what comes next. */
  alone: boolean;
}

const LABEL = /^[^\S\n]*(?:[-–•*][^\S\n]+|\(?\d{1,2}[.)][^\S\n]+)?([^\n:!?"“”]{2,90}?)[^\S\n]*:(?=\s|$)/u;
/** The lower-case words a label may hold besides names: articles, forms of address, roles, "Vraag van", "namens". */
const LABEL_WORD = new RegExp(
  String.raw`^(?:de|het|van|der|den|namens|en|vraag|vragen|antwoord|antwoorden|reactie|inbreng|bijdrage|fractie|heer|mevrouw|dhr|mw|mevr|mr|drs|dr|ir|prof|lid|leden|eerste|tweede|termijn|${ROLE_PATTERN})$`,
  "iu",
);
const FIRST_PERSON = /(?<![\p{L}])(?:ik|wij|we|mij|ons|onze|mijn)(?![\p{L}])/iu;

/** A present or past form the lists may lack ("kost", "bedroeg") counts too; nouns in -t that headers hold do not. */
const LOOKS_FINITE = /^(?!(?:agent|wijkagent|recht|bericht|dienst|punt|plaats|raadslid|lid)$)\p{Ll}{3,}(?:t|de|te)$/u;

/**
 * The speaker label opening the paragraph text[start, end), if it is one: a few words naming an
 * actor (`find` gives the actor mentions of a span) and nothing else, before a colon.
 */
export function speakerLabel(text: string, start: number, end: number, find: (start: number, end: number) => ActorMention[]): SpeakerLabel | null {
  const paragraph = text.slice(start, end);
  const match = LABEL.exec(paragraph);
  if (!match) return null;
  const labelStart = start + match.index + match[0].indexOf(match[1]!);
  const labelEnd = labelStart + match[1]!.length;
  const mentions = find(labelStart, labelEnd);
  if (mentions.length === 0) return null;
  // Besides the actors it names, a label holds only label words and names (capitalised).
  let rest = match[1]!;
  for (const m of mentions) rest = rest.slice(0, m.start - labelStart) + " ".repeat(m.end - m.start) + rest.slice(m.end - labelStart);
  const words = match[1]!.replace(/\([^()]*\)/gu, " ").split(/[\s,.]+/u).filter((w) => w.length > 0);
  if (words.length > 10) return null;
  if (rest.replace(/\([^()]*\)/gu, " ").split(/[\s,.]+/u).some((w) => /^\p{Ll}/u.test(w) && !LABEL_WORD.test(w))) return null;
  const content = paragraph.slice(match[0].length).trim();
  if (content.length === 0) return { start: labelStart, end: labelEnd, alone: true };
  // Words in quotation marks after the label are a quotation, which its own rule reads (R13-direct-quote).
  if (/^["'‘“]/u.test(content)) return null;
  // What a speaker says holds a verb or speaks in the first person; a header names a person.
  const opening = content.slice(0, 300).replace(/\([^()]*\)/gu, " ");
  const says = FIRST_PERSON.test(opening) || opening.split(/[^\p{L}-]+/u).some((w) => /^\p{Ll}/u.test(w) && (isFiniteVerb(w) || LOOKS_FINITE.test(w)));
  return says ? { start: labelStart, end: labelEnd, alone: false } : null;
}
