/**
 * A PDF page's text from its text items, with the paragraph breaks the text layer drops and
 * without the lines every page repeats.
 *
 * PDF.js marks where a line ends (`hasEOL`) but not the white space between paragraphs: word
 * processors separate paragraphs by vertical space (an empty line or spacing after), not by a
 * character. Without it, paragraphs run together, and a quotation mark left open in one (a
 * typographical slip common in minutes) runs on into the next. Where the step from one line's
 * baseline to the next is clearly larger than the document's usual line pitch, or the text
 * jumps back up the page (a new column or text box), an empty line is put in, as the same
 * document saved as text would have it.
 */
import type { StructuredTextItem } from "unpdf";

/** A step this much larger than the line pitch is a paragraph's spacing (spacing after, an empty line). */
const PARAGRAPH_GAP = 1.3;

interface Line {
  text: string;
  /** Baseline of the line's first item with text, in PDF units (up is positive). */
  y: number;
}

function linesOf(items: readonly StructuredTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    current ??= { text: "", y: item.y };
    // An empty first item (PDF.js emits them between runs) does not place the line.
    if (current.text.trim() === "" && item.str.trim() !== "") current.y = item.y;
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
 * The document's line pitch: the smallest downward step between consecutive lines that is common
 * (a tenth of all steps or more). Not simply the most common step: in a news item or a list of
 * one-line paragraphs the paragraph step is the most common one.
 */
export function linePitch(pages: readonly (readonly StructuredTextItem[])[]): number | null {
  const counts = new Map<number, number>();
  let steps = 0;
  for (const items of pages) {
    const lines = linesOf(items).filter((l) => l.text.trim() !== "");
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

/** Digits do not make a repeated line different ("Pagina 2 van 3", "Datum 16 september 2019"). */
const furnitureKey = (line: Line): string => `${Math.round(line.y)}|${line.text.trim().replace(/\d+/g, "#").replace(/\s+/g, " ")}`;

/**
 * Lines with the same text (digits aside) at the same height on at least two pages and on half
 * of all pages: running headers and footers, and the date and reference a government letter
 * repeats in its margin column. Running text does not stand at the same place on two pages, so
 * with positions this holds for a document of two pages too, which repetition alone (the
 * normaliser's test: three pages or more, the first and last lines of each) cannot tell.
 */
export function runningLines(pages: readonly (readonly StructuredTextItem[])[]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const items of pages) {
    const keys = new Set(linesOf(items).filter((l) => l.text.trim().length >= 3).map(furnitureKey));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = new Set<string>();
  for (const [key, count] of counts) if (count >= Math.max(2, pages.length / 2)) running.add(key);
  return running;
}

/** The page's text as PDF.js writes it, with an empty line at each paragraph gap and without running lines. */
export function pageText(items: readonly StructuredTextItem[], pitch: number | null, running: ReadonlySet<string> = new Set()): string {
  const all = linesOf(items);
  const endsOpen = items.length > 0 && !items[items.length - 1]!.hasEOL;
  let text = "";
  let previous: Line | null = null;
  all.forEach((line, i) => {
    if (running.has(furnitureKey(line))) return;
    if (previous && pitch !== null && line.text.trim() !== "" && !text.endsWith("\n\n")) {
      const step = previous.y - line.y;
      if (step > pitch * PARAGRAPH_GAP || step < -pitch / 2) text += "\n";
    }
    text += line.text + (i === all.length - 1 && endsOpen ? "" : "\n");
    if (line.text.trim() !== "") previous = line;
  });
  return text;
}
