/**
 * Raw document text to normalised text with blocks and an offset map back to the raw text.
 * Steps: character cleaning -> physical lines (page numbers, running headers/footers removed) ->
 * layout (wrapped lines joined, Dutch hyphenation, paragraphs, headings, title).
 */
import { cleanCharacters } from "./clean-characters.js";
import { layOut, type KnownBlocks, type LaidOutText } from "./layout.js";
import { splitLines } from "./lines.js";

export type NormalisedText = LaidOutText;

/** `known`: the blocks a structured reader found (see KnownBlocks); plain text and PDF have none. */
export function normalise(raw: string, known?: KnownBlocks): NormalisedText {
  const cleaned = cleanCharacters(raw);
  const lines = splitLines(cleaned);
  const laidOut = layOut(cleaned, lines, known);
  // Compose the two maps: layout offsets point into the cleaned text, which points into raw.
  const rawOffsets = laidOut.rawOffsets.map((o, i) => (i === laidOut.text.length ? raw.length : (cleaned.rawOffsets[o] ?? raw.length)));
  return { ...laidOut, rawOffsets };
}
