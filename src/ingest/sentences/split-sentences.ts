/**
 * Dutch sentence splitting over one paragraph, with offsets. A full stop, question or exclamation
 * mark ends a sentence when whitespace and a sentence start follow (capital, digit, quote,
 * bracket, or an enumerator like "2)"), unless the word before the stop is a known abbreviation
 * (`lexicon/abbreviations.ts`) or an initial ("A.", "J.P.").
 */
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATION_SET = new Set(ABBREVIATIONS);
const CANDIDATE = /[.!?]+["')\]]*(\s+)(?=["'(\[]?[\p{Lu}\p{N}•])/gu;

function wordBefore(text: string, stopIndex: number): string {
  let i = stopIndex;
  while (i > 0 && /[\p{L}.'’]/u.test(text[i - 1]!)) i--;
  return text.slice(i, stopIndex);
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[('"]+/, "");
  if (bare.length === 0) return false;
  // Initials: "A", "J.P", "A.B".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(bare)) return true;
  return ABBREVIATION_SET.has(bare.toLowerCase());
}

/** Splits text[start, end) into sentence spans (trimmed). */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(slice); match; match = CANDIDATE.exec(slice)) {
    const stopIndex = match.index;
    if (slice[stopIndex] === "." && isAbbreviation(wordBefore(slice, stopIndex))) continue;
    const sentenceEnd = match.index + match[0].length - match[1]!.length;
    pushTrimmed(slice, sentenceStart, sentenceEnd, start, spans);
    sentenceStart = match.index + match[0].length;
  }
  pushTrimmed(slice, sentenceStart, slice.length, start, spans);
  return spans;
}

function pushTrimmed(slice: string, s: number, e: number, offset: number, spans: Span[]): void {
  while (s < e && /\s/.test(slice[s]!)) s++;
  while (e > s && /\s/.test(slice[e - 1]!)) e--;
  if (e > s) spans.push({ start: s + offset, end: e + offset });
}
