/**
 * The words of a text with their offsets (JavaScript string indices into the text as given), and
 * the search terms of one word: its stem (src/search/dutch-stem.ts) and, for a compound, the
 * stems of its parts (src/search/decompound.ts). Index, query and highlighting all go through
 * here, so what is highlighted is what matched.
 */
import { compoundParts } from "./decompound.js";
import { stemDutch } from "./dutch-stem.js";
import { foldForSearch } from "./fold.js";

export interface Word {
  /** The word folded (accents removed, lower case). */
  folded: string;
  start: number;
  end: number;
}

// Letters and digits (with combining marks), joined by an apostrophe ("auto's") or a hyphen.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ folded: foldForSearch(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

export interface WordTerms {
  /** The stem of the whole word (hyphens removed: "publiek-private" -> "publiekprivat"). */
  stem: string;
  /** Stems of the parts: hyphenated pieces and compound parts, without the whole stem. */
  parts: string[];
}

export function termsOfWord(folded: string): WordTerms {
  const pieces = folded.split(/[-‐]/).filter(Boolean);
  const stem = stemDutch(pieces.join(""));
  const parts = new Set<string>();
  if (pieces.length > 1) for (const piece of pieces) parts.add(stemDutch(piece));
  for (const piece of pieces) for (const part of compoundParts(stemDutch(piece))) parts.add(part);
  if (pieces.length === 1) for (const part of compoundParts(stem)) parts.add(part);
  parts.delete(stem);
  return { stem, parts: [...parts] };
}
