/**
 * A PDF's text from its text items: the paragraph breaks the text layer drops put back, the lines
 * every page repeats left out, and footnotes moved to the end.
 *
 * - PDF.js marks where a line ends (`hasEOL`) but not the white space between paragraphs: word
 *   processors separate paragraphs by vertical space, not by a character. Without it, paragraphs
 *   run together, and a quotation mark left open in one (a typographical slip common in minutes)
 *   runs on into the next. Where the step from one line's baseline to the next is clearly larger
 *   than the document's line pitch, or the text jumps back up the page (a new column or text
 *   box), an empty line is put in, as the same document saved as text would have it.
 * - Running headers and footers stand at the same place on every page (`runningLines`).
 * - A footnote stands at the foot of its page in a smaller font, between the last line of a page
 *   and the first of the next: where a sentence runs on over the page break it would be cut in
 *   two. Footnotes follow the last page instead, a paragraph each, as a converted document has them.
 */
import type { StructuredTextItem } from "unpdf";

/** A step this much larger than the line pitch is a paragraph's spacing (spacing after, an empty line). */
const PARAGRAPH_GAP = 1.3;
/** A footnote's font is at most this fraction of the body text's. */
const FOOTNOTE_SIZE = 0.85;

export interface Line {
  text: string;
  /** Baseline of the line's first item with text, in PDF units (up is positive). */
  y: number;
  /** The largest font size among the line's items with text. */
  size: number;
}

export interface PdfLayout {
  /** The document's line pitch (`linePitch`), null when it has none. */
  pitch: number | null;
  /** Keys of running lines (`runningLines`). */
  running: ReadonlySet<string>;
  /** The font size of most of the text (`bodySize`), null when unknown. */
  body: number | null;
}

/** A page's lines as PDF.js ends them (`hasEOL`), each placed by its first item with text. */
export function pdfLines(items: readonly StructuredTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    current ??= { text: "", y: item.y, size: 0 };
    // An empty first item (PDF.js emits them between runs) does not place the line.
    if (current.text.trim() === "" && item.str.trim() !== "") current.y = item.y;
    if (item.str.trim() !== "") current.size = Math.max(current.size, item.fontSize);
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The document's line pitch: the smallest downward step between consecutive lines of body text
 * that is common (a tenth of all steps or more). Not simply the most common step: in a news item
 * or a list of one-line paragraphs the paragraph step is the most common one.
 */
export function linePitch(pages: readonly (readonly Line[])[], body: number | null = null): number | null {
  const counts = new Map<number, number>();
  let steps = 0;
  for (const page of pages) {
    // Footnotes and margin notes in a smaller font have a pitch of their own.
    const lines = page.filter((l) => l.text.trim() !== "" && (body === null || l.size > body * FOOTNOTE_SIZE));
    for (let i = 1; i < lines.length; i++) {
      const step = Math.round(lines[i - 1]!.y - lines[i]!.y);
      if (step <= 0) continue;
      counts.set(step, (counts.get(step) ?? 0) + 1);
      steps++;
    }
  }
  // Steps within a point of each other are one pitch (rounding, superscripts).
  const near = (step: number): number => (counts.get(step - 1) ?? 0) + (counts.get(step) ?? 0) + (counts.get(step + 1) ?? 0);
  const common = [...counts.keys()].filter((step) => near(step) >= steps / 10).sort((a, b) => a - b);
  return common[0] ?? null;
}

/** The font size most of the document's characters are set in. */
export function bodySize(pages: readonly (readonly StructuredTextItem[])[]): number | null {
  const characters = new Map<number, number>();
  for (const items of pages) {
    for (const item of items) {
      const size = Math.round(item.fontSize * 2) / 2;
      if (size > 0) characters.set(size, (characters.get(size) ?? 0) + item.str.trim().length);
    }
  }
  let body: number | null = null;
  for (const [size, count] of characters) if (count > 0 && (body === null || count > characters.get(body)!)) body = size;
  return body;
}

/** Digits do not make a repeated line different ("Pagina 2 van 3", "Datum 16 september 2019"). */
const furnitureKey = (line: Line): string => `${Math.round(line.y)}|${line.text.trim().replace(/\d+/g, "#").replace(/\s+/g, " ")}`;

/**
 * Lines with the same text (digits aside) at the same height on at least two pages and on half
 * of all pages: running headers and footers, and the date and reference a government letter
 * repeats in its margin column. Running text does not stand at the same place on two pages, so
 * with positions this holds for a document of two pages too, which repetition alone (the
 * normaliser's test: three pages or more, the first and last lines of each) cannot tell.
 */
export function runningLines(pages: readonly (readonly Line[])[]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.filter((l) => l.text.trim().length >= 3).map(furnitureKey));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = new Set<string>();
  for (const [key, count] of counts) if (count >= Math.max(2, pages.length / 2)) running.add(key);
  return running;
}

export function pdfLayout(items: readonly (readonly StructuredTextItem[])[], pages: readonly (readonly Line[])[]): PdfLayout {
  const body = bodySize(items);
  return { pitch: linePitch(pages, body), running: runningLines(pages), body };
}

const NOTE_START = /^\s*(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*)\s*\S/u;

/**
 * The page's text as PDF.js writes it, with an empty line at each paragraph gap, without running
 * lines and without its footnotes: the lines below all body-size text in a smaller font, returned
 * apart (one string per note: a line that starts with a number or an asterisk starts a note).
 */
export function pageText(items: readonly StructuredTextItem[], layout: Partial<PdfLayout> = {}, lines: readonly Line[] = pdfLines(items)): { text: string; notes: string[] } {
  const { pitch = null, running = new Set<string>(), body = null } = layout;
  const all = lines.filter((line) => !running.has(furnitureKey(line)));
  const bodyLines = body === null ? [] : all.filter((l) => l.text.trim() !== "" && l.size > body * FOOTNOTE_SIZE);
  const lowestBody = bodyLines.length > 0 ? Math.min(...bodyLines.map((l) => l.y)) : null;
  const isNote = (line: Line): boolean => body !== null && lowestBody !== null && line.text.trim() !== "" && line.size <= body * FOOTNOTE_SIZE && line.y < lowestBody;
  const endsOpen = items.length > 0 && !items[items.length - 1]!.hasEOL;
  const notes: string[] = [];
  let text = "";
  let previous: Line | null = null;
  all.forEach((line, i) => {
    if (isNote(line)) {
      if (notes.length === 0 || NOTE_START.test(line.text)) notes.push(line.text.trim());
      else notes[notes.length - 1] += ` ${line.text.trim()}`;
      return;
    }
    if (previous && pitch !== null && line.text.trim() !== "" && !text.endsWith("\n\n")) {
      const step = previous.y - line.y;
      if (step > pitch * PARAGRAPH_GAP || step < -pitch / 2) text += "\n";
    }
    text += line.text + (i === all.length - 1 && endsOpen ? "" : "\n");
    if (line.text.trim() !== "") previous = line;
  });
  return { text, notes };
}

/** Each page's text; the footnotes of all pages follow the last one, a paragraph each. */
export function pdfPageTexts(pages: readonly (readonly StructuredTextItem[])[]): string[] {
  const lines = pages.map(pdfLines);
  const layout = pdfLayout(pages, lines);
  const read = pages.map((items, i) => pageText(items, layout, lines[i]));
  const texts = read.map((page) => page.text);
  const notes = read.flatMap((page) => page.notes);
  if (notes.length > 0 && texts.length > 0) texts[texts.length - 1] = `${texts[texts.length - 1]!.replace(/\n*$/, "")}\n\n${notes.join("\n\n")}\n`;
  return texts;
}
