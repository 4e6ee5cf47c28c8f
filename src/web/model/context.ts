/**
 * The context of a statement inside its document: the sentence(s) around the span, cut at
 * sentence ends and paragraph breaks, with the statement's own offsets kept for highlighting.
 */
export interface Context {
  before: string;
  match: string;
  after: string;
  /** True when text was cut off before / after the context. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const SENTENCE_END = /[.!?]["”’)]?\s/g;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ");
}

export function contextOf(text: string, start: number, end: number, maxSide = 260): Context {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  // Backwards: the start of the sentence containing `start`, then one more sentence if short.
  const windowStart = Math.max(0, safeStart - maxSide);
  const head = text.slice(windowStart, safeStart);
  let from = windowStart;
  const paragraph = head.lastIndexOf("\n\n");
  const ends = [...head.matchAll(SENTENCE_END)].map((m) => windowStart + (m.index ?? 0) + m[0].length);
  if (ends.length > 0) from = ends[ends.length - 1] as number;
  if (paragraph >= 0 && windowStart + paragraph + 2 > from) from = windowStart + paragraph + 2;
  // Forwards: to the end of the sentence containing `end`.
  const windowEnd = Math.min(text.length, safeEnd + maxSide);
  const tail = text.slice(safeEnd, windowEnd);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(tail);
  SENTENCE_END.lastIndex = 0;
  let to = next ? safeEnd + next.index + next[0].trimEnd().length : windowEnd;
  const tailParagraph = tail.indexOf("\n\n");
  if (tailParagraph >= 0 && safeEnd + tailParagraph < to) to = safeEnd + tailParagraph;
  return {
    before: collapse(text.slice(from, safeStart)).trimStart(),
    match: collapse(text.slice(safeStart, safeEnd)),
    after: collapse(text.slice(safeEnd, to)).trimEnd(),
    clippedStart: from > 0 && from === windowStart,
    clippedEnd: to < text.length && to === windowEnd,
  };
}
