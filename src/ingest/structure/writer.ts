/**
 * Who writes the document, when the document says so: the body it is signed for ("Namens de
 * regioburgemeesters," above a signature, or "Namens X wil ik ..." in its opening), the body a
 * title names as the author of a note ("Reactie regioburgemeesters op ...", "Strategische agenda
 * van het Veiligheidsberaad"), or the publisher of a known series of notes (the gazetteer's
 * `series`: the LOVP feedback notes are written by the regioburgemeesters' bureau). The writer
 * holds the positions its text states in the first person ("wij vragen aandacht voor ...").
 * Nothing is guessed: a document that does not say who writes has no writer.
 */
import type { ActorIndex, ActorMention } from "../actors/actor-index.js";
import type { DocumentSeries } from "../gazetteer/gazetteer.js";
import { findOpinionAuthor } from "./opinion-author.js";
import type { WrittenQuestions } from "./written-questions.js";

export interface Writer {
  actorId: string;
  /** How the document says it: "signature", "namens", "byline" (of an opinion piece), "title" or "series". */
  evidence: "signature" | "namens" | "byline" | "title" | "series";
}

const NOTE_KINDS = /^(?:[a-zà-öø-ÿ]+\s+){0,2}?(?:reactie|standpunt|brief|position paper|positionpaper|strategische agenda|agenda|persbericht|verklaring|zienswijze|advies|notitie|inbreng|oproep|visie|pamflet|manifest|bijdrage)\b/i;
/** "Namens het algemeen bestuur van X," on a line of its own (the signature follows, maybe on the same line after conversion). */
const NAMENS = /(?:^|\n|groet,|groeten,)\s*[Nn]amens\s+(?:de\s+|het\s+|alle\s+)?([^,\n]{2,100}),/gu;

const CLOSING = /(?:^|\n|[.!?]\s+)\s*(?:[Mm]et\s+(?:vriendelijke|hartelijke|collegiale|beste)\s+groet(?:en)?|[Hh]oogachtend)\s*,\s*/u;

const speaker = (m: ActorMention): boolean => m.kind !== "person";

/** `questions`: the document's written questions, if it is one (their asker writes it). */
export function findWriter(text: string, title: string, index: ActorIndex, series: DocumentSeries[], source: string, questions: WrittenQuestions | null = null): Writer | null {
  // A signature block: "Namens X," on a line of its own in the last part of the document.
  const tail = Math.max(0, text.length - 600);
  for (const m of text.slice(tail).matchAll(NAMENS)) {
    const at = tail + m.index! + m[0].length - m[1]!.length - 1;
    const mentions = index.find(text, at, at + m[1]!.length).filter(speaker);
    // "namens het algemeen bestuur van Veiligheidsregio X": the named body over its generic board.
    const mention = mentions.find((x) => !index.get(x.actorId)?.generic) ?? mentions[0];
    if (mention) return { actorId: mention.actorId, evidence: "signature" };
  }
  // A letter closed by its writer: "Met vriendelijke groet, / De burgemeester van X, / C. Ter Horst".
  const closing = CLOSING.exec(text.slice(tail));
  if (closing) {
    const at = tail + closing.index! + closing[0].length;
    const signer = index.find(text, at, Math.min(text.length, at + 200))[0];
    if (signer) return { actorId: signer.actorId, evidence: "signature" };
  }
  const author = findOpinionAuthor(text, title, source, index);
  if (author) return author;
  // "... kreeg ik de kans namens X ...", "Namens X wil ik / willen wij ...": the first person speaks for X.
  // The first person may open its sentence: "Wij doen hier verslag namens de regioburgemeesters."
  const firstPersonFor = /(?:^|[.!?]\s+)[^.!?]{0,80}?\b(?:[Ii]k|[Ww]ij|[Ww]e)\b[^.!?]{0,60}?\bnamens\s+((?:de|het|alle)\s+)?([^,.!?]{2,60}?)(?=\s+(?:onze|ons|mijn|de|het|een|in|te|om)\b|[,.!?])/u.exec(text.slice(0, 1500));
  if (firstPersonFor) {
    const at = firstPersonFor.index! + firstPersonFor[0].lastIndexOf(firstPersonFor[2]!);
    const mention = index.find(text, at, at + firstPersonFor[2]!.length).find(speaker);
    if (mention) return { actorId: mention.actorId, evidence: "namens" };
  }
  // "Namens X wil ik / willen wij ..." opening the text.
  const opening = /(?:^|[.!?]\s+)[Nn]amens\s+((?:de|het|alle)\s+)?([^,.]{2,80}?)\s+\p{Ll}+\s+(?:ik|wij|we)\b/u.exec(text.slice(0, 1500));
  if (opening) {
    const at = opening.index! + opening[0].indexOf(opening[2]!);
    const mention = index.find(text, at, at + opening[2]!.length).find(speaker);
    if (mention) return { actorId: mention.actorId, evidence: "namens" };
  }
  // Written questions are the asker's, up to the answers (which extract-text gives to the one asked).
  if (questions) return { actorId: questions.askerId, evidence: "title" };
  const cleanTitle = title.replace(/^(?:fictie[fv]e?|concept)\s*:?\s*/i, "");
  if (NOTE_KINDS.test(cleanTitle)) {
    // Not the addressee: "Reactie ... Aan de minister van Justitie en Veiligheid".
    const mention = index.find(cleanTitle).find((m) => speaker(m) && !/\b(?:aan|tot|voor)\s+(?:de\s+|het\s+)?$/iu.test(cleanTitle.slice(0, m.start)));
    if (mention) return { actorId: mention.actorId, evidence: "title" };
  }
  // The series' title may stand under a line before it (a disclaimer, a kicker, a date line).
  const openingLines = text.slice(0, 600).split("\n").slice(0, 6).filter((line) => line.trim().length > 0 && line.length <= 120 && !/[.!?]["')]*\s*$/u.test(line));
  for (const s of series) {
    const pattern = new RegExp(s.title, "iu");
    if (pattern.test(title) || openingLines.some((line) => pattern.test(line))) return { actorId: s.writer, evidence: "series" };
  }
  return null;
}
