/**
 * Written questions and their answers ("Schriftelijke vragen van de fractie van X aan het college
 * over ...", "Vragen van het lid Y (Partij) aan de minister van Justitie en Veiligheid over ..."):
 * the asker holds the questions and the text around them, the one asked holds the answers. The
 * document says both in its opening; the labels "Vraag 2" and "Antwoord 2" (a heading, or the
 * start of a paragraph) say which part is which.
 */
import type { ActorIndex } from "../actors/actor-index.js";

export interface WrittenQuestions {
  askerId: string;
  /** Who is asked (and answers), when the opening names one the document knows. */
  answererId: string | null;
}

/**
 * "Vragen van <asker> aan <asked> over ..." opening a line of the document's first part (its title,
 * or the line under it), maybe as "Antwoord op vragen van ..." or "Beantwoording schriftelijke
 * vragen van ..." (then "aan" may be missing): group 1 the asker, group 2 the asked. Minutes that
 * mention questions in a sentence ("De vragen van X aan het college worden beantwoord") are no
 * written questions.
 */
const QUESTIONS_OF = /(?:^|\n)[^\S\n]*(?:(?:[Aa]ntwoord(?:en)?|[Bb]eantwoording)\s+(?:op\s+|van\s+)?(?:de\s+)?)?(?:[Ss]chriftelijke\s+)?[Vv]ragen\s+(?:\([^)\n]{1,40}\)\s+)?(?:van|gesteld\s+door|ingediend\s+door)\s+((?:het\s+(?:\p{L}+-?)?lid\s+|de\s+(?:fractie|fracties|leden)\s+van\s+|de\s+)?[^\n]{2,120}?)(?:\s*\([^)\n]{1,60}\))?(?:\s+aan\s+((?:de|het)\s+[^\n,]{2,120}?))?(?=\s+(?:over|inzake|betreffende|aangaande|met\s+betrekking\s+tot|naar\s+aanleiding\s+van|omtrent)\b|\s*[,.(:\n]|$)/gu;
/** A letter of questions: "de fractie van X heeft de volgende vragen", "stelt de VVD-fractie de volgende vragen". Group 1 or 2 the asker. */
const ASKER_END = String.raw`(?=\s+(?:heeft|hebben|stelt|stellen|wil|willen|legt|leggen)\b|\s+(?:de\s+)?volgende\s+vragen\b)`;
const ASKER = String.raw`(?:de\s+)?(?:fractie\s+van\s+[^\n,.]{2,60}?|\S+-fractie|het\s+(?:\p{L}+-?)?lid\s+[^\n,.]{2,60}?)`;
const FOLLOWING_QUESTIONS = new RegExp(
  String.raw`\b(${ASKER})${ASKER_END}\s+(?:(?:heeft|hebben|stelt|stellen|wil|willen|legt|leggen)\s+(?:\S+\s+){0,5}?)?(?:de\s+)?volgende\s+vragen\b|\b(?:stelt|stellen|heeft|hebben)\s+(${ASKER})${ASKER_END}\s+(?:de\s+)?volgende\s+vragen\b`,
  "u",
);
/** Who a letter of questions or its answers is put to: "Aan het college van ...", "Geacht college,", "Antwoorden van het college". */
const ASKED = /(?:^|\n)[^\S\n]*(?:[Aa]an|[Gg]eachte?|[Aa]ntwoord(?:en)?\s+van)\s+((?:de|het)?\s*(?:college|minister|staatssecretaris|burgemeester|gedeputeerde\s+staten)[^\n,]{0,80})/u;
/** The answers signed by who gives them, on the last line: "Het college van burgemeester en wethouders van X". */
const ANSWERS_SIGNED = /\n[^\S\n]*((?:[Hh]et\s+)?college\s+van\s+burgemeester\s+en\s+wethouders[^\n]{0,60}|(?:[Dd]e\s+)?(?:minister|staatssecretaris)\s+van\s+[^\n]{2,80})[^\S\n]*$/u;

/** A label that opens the answers or one answer: a heading of its own, or the start of a paragraph. */
export const ANSWER_LABEL = /^\s*(?:\d{1,2}[.)]?\s+)?(?:Antwoord(?:en)?|Beantwoording|Reactie\s+van\s+het\s+college)\b/iu;
/** A label that opens a question. */
export const QUESTION_LABEL = /^\s*(?:\d{1,2}[.)]?\s+)?(?:Vraag|Vragen)\b/iu;

/** Whether the opening reads as written questions, before any actor is known (the layout's headings depend on it). */
export function looksLikeWrittenQuestions(text: string): boolean {
  return [...text.slice(0, 800).matchAll(QUESTIONS_OF)].length > 0 || FOLLOWING_QUESTIONS.test(text.slice(0, 1500));
}

export function findWrittenQuestions(text: string, index: ActorIndex): WrittenQuestions | null {
  const opening = text.slice(0, 800);
  // The title may name the asker only ("Antwoord op vragen van het lid X over ..."); the line under it also whom they were put to.
  const all = [...opening.matchAll(QUESTIONS_OF)];
  const titled = all.find((m) => m[2]) ?? all[0] ?? null;
  const letter = titled ? null : FOLLOWING_QUESTIONS.exec(text.slice(0, 1500));
  const askerGroup = titled?.[1] ?? letter?.[1] ?? letter?.[2];
  const match = titled ?? letter;
  if (!match || !askerGroup) return null;
  const at = (group: string) => match.index + match[0].indexOf(group);
  const askers = index.find(text, at(askerGroup), at(askerGroup) + askerGroup.length);
  const asker = askers.find((m) => m.kind === "person") ?? askers[0];
  if (!asker) return null;
  const askedGroup = titled?.[2];
  const asked = askedGroup ? index.find(text, at(askedGroup), at(askedGroup) + askedGroup.length)[0] : answererNamed(text, index);
  return { askerId: asker.actorId, answererId: asked?.actorId ?? null };
}

function answererNamed(text: string, index: ActorIndex) {
  const named = ASKED.exec(text.slice(0, 1500));
  if (named) {
    const start = named.index + named[0].indexOf(named[1]!);
    return index.find(text, start, start + named[1]!.length)[0];
  }
  const tail = text.trimEnd();
  const signed = ANSWERS_SIGNED.exec(tail);
  if (!signed) return undefined;
  const start = signed.index + signed[0].indexOf(signed[1]!);
  return index.find(text, start, start + signed[1]!.length)[0];
}
