/**
 * Reassembles physical lines into the title, headings and paragraphs of the normalised text.
 *
 * - A wrapped line continues on the next line, even across the blank line that converted text
 *   often puts after every line ("double-spaced" text): the lines are joined with one space.
 * - A paragraph ends where a line ends a sentence and is clearly shorter than the text width, or
 *   where two blank lines (or, in single-spaced text, one) follow.
 * - A heading is a short line without final punctuation that starts with a capital, follows the
 *   end of a sentence, and is followed by body text starting with a capital. A line with a
 *   paragraph gap on both sides is no wrapped line, so its length does not count against it.
 * - The title is the first line when it is title-shaped; a first line as wide as the text may be
 *   wrapped, and is the title only together with the lines up to the first paragraph gap.
 * - Line-end hyphenation follows Dutch rules (see `joinHyphenated`).
 *
 * Output layout: title, blank line, then per block: headings end with one newline, paragraphs
 * are separated by a blank line.
 */
import { OffsetTextBuilder, type MappedText } from "./offset-text.js";
import type { TextLine } from "./lines.js";
import { joinHyphenated } from "./hyphenation.js";
import { HEAD_LINE, isLetterHead, SALUTATION } from "../lexicon/letter-head.js";

export type BlockKind = "title" | "heading" | "paragraph";

export interface Block {
  kind: BlockKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

/**
 * Blocks a structured reader (web page, DOCX, ODT) already knows, by the raw offset of their first
 * character. The rules do not guess there: a known block starts a block of its kind, and no
 * other line becomes a heading (a line inside a known block is one of its manual line breaks).
 */
export type KnownBlocks = ReadonlyMap<number, "heading" | "paragraph">;

export interface LaidOutText extends MappedText {
  blocks: Block[];
}

const SENTENCE_END = /[.!?:;]["')\]]*$/;
const BULLET = /^(?:[\u2022\-\u2013*\u25cf\u25e6]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
const STARTS_UPPER = /^["'(]?[A-ZÀ-Þ0-9]/;
// Numbered agenda headings ("3. Actualiteiten", "4a Cybercrime"): a number, then a capitalised title.
const NUMBERED_HEADING = /^\d{1,2}[a-z]?[.)]?\s+["'(]?[A-ZÀ-Þ]/;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** A short capitalised label and its colon opening a line: "Politie:", "De heer Brink (VVD):", "Besluit:". */
const LABEL_OPENING = /^\p{Lu}[^\n:.!?]{1,50}:\s+\S/u;
// A line that names itself an agenda item ("Agendapunt 7. Wijziging APV: ...", "Punt 3 – ...") may
// carry the item's full title, which in minutes often runs past the length of other headings.
const AGENDA_ITEM_HEADING = /^(?:agendapunt|agenda-item|punt|bespreekpunt|hamerstuk)\s+\d{1,2}[a-z]?\b/i;

function isHeadingShaped(line: TextLine, width: number): boolean {
  const t = line.text;
  const words = t.split(/\s+/).length;
  const agendaItem = AGENDA_ITEM_HEADING.test(t);
  return (
    t.length <= (agendaItem ? 160 : 90) &&
    words <= (agendaItem ? 24 : 12) &&
    !/[.,;:]$/.test(t) &&
    STARTS_UPPER.test(t) &&
    (!BULLET.test(t) || NUMBERED_HEADING.test(t)) &&
    (width < 40 || t.length < width * 0.8)
  );
}

/** A title: one line of at most 25 words that does not end a sentence (a heading may end with "?" or "!"). */
function isTitleShaped(t: string): boolean {
  return t.length <= 200 && t.split(/\s+/).length <= 25 && !/[.,;:]["')\]]*$/.test(t);
}

export function layOut(cleaned: MappedText, lines: TextLine[], known?: KnownBlocks): LaidOutText {
  const widths = lines.map((l) => l.text.length);
  const width = percentile(widths, 0.8);
  // Unwrapped text (one paragraph per line): every line end is a paragraph end. Long lines say so;
  // so do body lines that nearly all end a sentence, as short paragraphs each on a line of their own
  // do (a wrapped text ends a sentence only at a paragraph's last line).
  const bodyLines = lines.slice(1).filter((l) => l.text.length >= 60);
  const unwrapped = width > 200 || (bodyLines.length >= 3 && bodyLines.filter((l) => SENTENCE_END.test(l.text)).length >= 0.75 * bodyLines.length);
  const transitions = lines.slice(1);
  const doubleSpaced = transitions.length > 0 && transitions.filter((l) => l.blankBefore > 0).length / transitions.length > 0.6;
  const kinds: BlockKind[] = lines.map(() => "paragraph");
  // A new block starts at line i when breaks[i] is true.
  const breaks: boolean[] = lines.map(() => false);
  const gapBefore = (i: number): boolean => {
    const line = lines[i];
    return line !== undefined && (line.spacedBlankBefore || line.blankBefore >= 2 || (!doubleSpaced && line.blankBefore >= 1));
  };
  // A first line as long as the text is wide may be wrapped: the title is then the lines up to the
  // first paragraph gap (at most three), if together they are shaped like one; else running text.
  let titleLines = 0;
  if (lines.length > 0) {
    const wrapped = !unwrapped && !known && lines[0]!.text.length >= width * 0.8;
    let block = 1;
    while (wrapped && block < lines.length && block < 3 && !gapBefore(block)) block++;
    const blockText = lines.slice(0, block).map((l) => l.text).join(" ");
    const wrappedShaped = wrapped ? gapBefore(block) && isTitleShaped(blockText) : isTitleShaped(lines[0]!.text);
    // Short double-spaced text (a note of a few one-line paragraphs) makes its dated title line look as
    // wide as the text: a title-shaped first line with a year, a blank line after it and a capital on
    // the next line is the title on its own, not the start of a wrapped paragraph.
    const datedTitleAlone =
      wrapped && !wrappedShaped && isTitleShaped(lines[0]!.text) && /\b(?:19|20)\d{2}\b/.test(lines[0]!.text) && (lines[1]?.blankBefore ?? 0) >= 1 && STARTS_UPPER.test(lines[1]?.text ?? "");
    const shaped = wrappedShaped || datedTitleAlone;
    // A document that opens with running text (a news item, a letter) has no title line.
    kinds[0] = shaped ? "title" : "paragraph";
    titleLines = shaped ? (wrapped && !datedTitleAlone ? block : 1) : 0;
    breaks[0] = true;
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!;
    const next = lines[i + 1];
    if (i < titleLines) {
      kinds[i] = "title";
      continue;
    }
    const previousEnds = SENTENCE_END.test(previous.text) || kinds[i - 1] !== "paragraph";
    const paragraphGap = gapBefore(i);
    const knownKind = known?.get(cleaned.rawOffsets[line.start]!);
    if (knownKind) {
      kinds[i] = knownKind;
      breaks[i] = true;
      continue;
    }
    // A line with a paragraph gap on both sides stands alone: it is no wrapped line of running text,
    // so its length says nothing (a PDF's headline can be nearly as wide as the text).
    const standsAlone = !unwrapped && paragraphGap && (next === undefined || gapBefore(i + 1));
    // A line after a gap that calls itself an agenda item opens one even when the line before it
    // (a list of those present, a title) does not end a sentence: no wrapped line starts that way.
    // So does a numbered heading ("1. Overlast stationsgebied") after a line that is no wrapped phrase.
    const opensAgendaItem = line.blankBefore >= 1 && (AGENDA_ITEM_HEADING.test(line.text) || (NUMBERED_HEADING.test(line.text) && !/[,\-–]$/u.test(previous.text)));
    if (!known && (previousEnds || opensAgendaItem) && next && isHeadingShaped(line, standsAlone || opensAgendaItem ? 0 : width) && STARTS_UPPER.test(next.text.replace(BULLET, "")) && !/^[a-z]/.test(line.text)) {
      kinds[i] = "heading";
      breaks[i] = true;
      continue;
    }
    if (kinds[i - 1] !== "paragraph") {
      breaks[i] = true;
      continue;
    }
    // A letter's head: each line its own block; after a head line a new block begins at a gap (a long
    // subject line may wrap without one), after a salutation always.
    if (isLetterHead(line.text) || SALUTATION.test(previous.text) || (HEAD_LINE.test(previous.text) && paragraphGap)) {
      breaks[i] = true;
      continue;
    }
    const shortLine = previous.text.length < width * 0.8;
    if (SENTENCE_END.test(previous.text) && (unwrapped || paragraphGap || shortLine)) breaks[i] = true;
    else if (BULLET.test(line.text) && (SENTENCE_END.test(previous.text) || paragraphGap)) breaks[i] = true;
    // A line that opens with a label ("Politie: de overlast neemt toe.", "OM: ...") after a finished
    // sentence is the next speaker's turn or the next item, not a wrapped line.
    else if (SENTENCE_END.test(previous.text) && LABEL_OPENING.test(line.text)) breaks[i] = true;
    else if (paragraphGap && STARTS_UPPER.test(line.text) && !/[,\-]$/.test(previous.text) && SENTENCE_END.test(previous.text)) breaks[i] = true;
  }

  const out = new OffsetTextBuilder();
  const blocks: Block[] = [];
  let blockStart = 0;
  let blockKind: BlockKind = kinds[0] ?? "title";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (breaks[i]) {
      if (i > 0) {
        blocks.push({ kind: blockKind, start: blockStart, end: out.length });
        out.appendAt(blockKind === "heading" ? "\n" : "\n\n", line.start - 1);
      }
      blockStart = out.length;
      blockKind = kinds[i]!;
      appendLine(out, cleaned, line.start, line.end);
      continue;
    }
    // Continuation of the block: join the wrapped line.
    const joined = joinHyphenated(lines[i - 1]!.text, line.text, cleaned.text);
    if (joined === "drop-hyphen") out.dropLast();
    else if (joined === "space") out.appendAt(" ", line.start - 1);
    // "keep-hyphen": no separator, the hyphen stays.
    appendLine(out, cleaned, line.start, line.end);
  }
  if (lines.length > 0) blocks.push({ kind: blockKind, start: blockStart, end: out.length });
  const built = out.build(cleaned.text.length);
  return { ...built, blocks };
}

/** Copies a line, collapsing runs of spaces to one; offsets recorded are cleaned-text offsets. */
function appendLine(out: OffsetTextBuilder, cleaned: MappedText, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (cleaned.text[i] === " " && cleaned.text[i - 1] === " " && i > start) continue;
    out.appendAt(cleaned.text[i]!, i);
  }
}
