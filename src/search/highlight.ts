/**
 * Why a statement matched: the spans of its words that carry a query term (the same terms the
 * index holds, src/search/words.ts), and an HTML snippet with those words in <mark>, cut around
 * the first match when the text is long.
 */
import { termsOfWord, wordsOf } from "./words.js";

export interface TextSpan {
  start: number;
  end: number;
}

export function highlightSpans(text: string, terms: ReadonlySet<string>): TextSpan[] {
  if (terms.size === 0) return [];
  const spans: TextSpan[] = [];
  for (const word of wordsOf(text)) {
    const { stem, parts } = termsOfWord(word.folded);
    if (terms.has(stem) || parts.some((part) => terms.has(part))) spans.push({ start: word.start, end: word.end });
  }
  return spans;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** At most about `maxChars` of the text (whole words), escaped, with the spans in <mark>. */
export function markedSnippet(text: string, spans: readonly TextSpan[], maxChars = 240): string {
  let from = 0;
  let to = text.length;
  if (text.length > maxChars) {
    const first = spans[0]?.start ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(maxChars / 3), text.length - maxChars));
    to = Math.min(text.length, from + maxChars);
    // Whole words only: move the cut to the next space inwards.
    if (from > 0) from = nextBoundary(text, from, to);
    if (to < text.length) to = previousBoundary(text, from, to);
  }
  let html = from > 0 ? "…" : "";
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, at);
    html += escapeHtml(text.slice(at, start)) + `<mark>${escapeHtml(text.slice(start, Math.min(span.end, to)))}</mark>`;
    at = Math.min(span.end, to);
  }
  html += escapeHtml(text.slice(at, to)) + (to < text.length ? "…" : "");
  return html;
}

function nextBoundary(text: string, from: number, to: number): number {
  const space = text.indexOf(" ", from);
  return space >= 0 && space < to ? space + 1 : from;
}

function previousBoundary(text: string, from: number, to: number): number {
  const space = text.lastIndexOf(" ", to);
  return space > from ? space : to;
}
