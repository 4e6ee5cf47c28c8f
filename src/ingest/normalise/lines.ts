/**
 * Physical lines of the character-cleaned text, with the blank lines, page breaks and removed
 * running headers/footers that precede each one. The layout step decides from these what is a
 * wrapped line, a paragraph break, a heading or the title.
 */
import type { MappedText } from "./offset-text.js";

export interface TextLine {
  /** Offsets of the trimmed line in the cleaned text. */
  start: number;
  end: number;
  text: string;
  /** Blank lines between the previous kept line and this one. */
  blankBefore: number;
  /** A blank line that contained spaces (a deliberate empty paragraph in converted text). */
  spacedBlankBefore: boolean;
  /** A page break lies between the previous kept line and this one. */
  pageBreakBefore: boolean;
}

const PAGE_NUMBER = /^(?:(?:pagina|blz\.?|p\.)\s*)?-?\s*\d{1,3}\s*-?(?:\s*(?:van|\/|of)\s*\d{1,3})?$/i;

/** Digits do not make a running header different ("Pagina 3" and "Pagina 4" are the same line). */
function headerKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

interface RawLine {
  start: number;
  end: number;
  text: string;
  page: number;
}

function physicalLines(cleaned: MappedText): RawLine[] {
  const lines: RawLine[] = [];
  let page = 0;
  let lineStart = 0;
  const text = cleaned.text;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === "\n" || ch === "\f") {
      let s = lineStart;
      let e = i;
      while (s < e && text[s] === " ") s++;
      while (e > s && text[e - 1] === " ") e--;
      const blankWithSpaces = s === e && i > lineStart;
      lines.push({ start: s, end: e, text: blankWithSpaces ? " " : text.slice(s, e), page });
      if (ch === "\f") page++;
      lineStart = i + 1;
    }
  }
  return lines;
}

/** Keys of lines that repeat at the top or bottom of at least half of the pages (3+ pages). */
function runningHeaderKeys(lines: RawLine[]): Set<string> {
  const pages = new Map<number, RawLine[]>();
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    const list = pages.get(line.page) ?? [];
    list.push(line);
    pages.set(line.page, list);
  }
  if (pages.size < 3) return new Set();
  const counts = new Map<string, number>();
  for (const pageLines of pages.values()) {
    const edge = new Set([...pageLines.slice(0, 2), ...pageLines.slice(-2)].map((l) => headerKey(l.text)));
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, count] of counts) if (count >= Math.max(2, pages.size / 2) && key.length <= 120) repeated.add(key);
  return repeated;
}

export function splitLines(cleaned: MappedText): TextLine[] {
  const raw = physicalLines(cleaned);
  const headers = runningHeaderKeys(raw);
  const kept: TextLine[] = [];
  let blank = 0;
  let spacedBlank = false;
  let pageBreak = false;
  let lastPage = 0;
  for (const line of raw) {
    if (line.page !== lastPage) {
      pageBreak = true;
      lastPage = line.page;
    }
    if (line.text.trim() === "") {
      blank++;
      if (line.text === " ") spacedBlank = true;
      continue;
    }
    if (PAGE_NUMBER.test(line.text) || headers.has(headerKey(line.text))) continue;
    kept.push({
      start: line.start,
      end: line.end,
      text: line.text,
      blankBefore: pageBreak ? 0 : blank,
      spacedBlankBefore: pageBreak ? false : spacedBlank,
      pageBreakBefore: pageBreak,
    });
    blank = 0;
    spacedBlank = false;
    pageBreak = false;
  }
  return kept;
}
