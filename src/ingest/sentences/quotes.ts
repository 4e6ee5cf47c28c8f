/**
 * Direct speech in a paragraph: the spans between quotation marks that hold what someone said
 * (news reports quote a mayor over several sentences: "...", stelt X). After normalisation every
 * quotation mark is ASCII: " for double quotes, ' for single ones. A single quote is a quotation
 * mark only at a word edge (not the apostrophe of "zo'n", "collega's", "'s-Hertogenbosch").
 * Quotes of a few words ('afsteken', "bijzonder verheugd") are cited words inside a sentence of the
 * writer, not speech of their own; they are left to the sentence's attribution.
 */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when it never closes). */
  close: number;
  /** True when the quote holds a sentence of its own (five words or more, or a full stop inside). */
  speech: boolean;
  /** A speaker's turn in minutes has no quotation marks: the label before the colon names the speaker. */
  label?: { start: number; end: number };
}

function isOpening(text: string, i: number, mark: string): boolean {
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? " ";
  if (mark === "'" && /^(?:s|t|n)\b/u.test(text.slice(i + 1, i + 3)) && /[\s(]/u.test(before)) return false; // 's, 't, 'n
  return /[\s(\[:–—-]/u.test(before) && /[\p{L}\p{N}.…(]/u.test(after);
}

function isClosing(text: string, i: number): boolean {
  const before = text[i - 1] ?? " ";
  const after = text[i + 1] ?? " ";
  return /[\p{L}\p{N}.!?,;:…)]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export function findQuotes(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '"' && ch !== "'") continue;
    if (open && ch === open.mark && isClosing(text, i)) {
      quotes.push(quote(text, open.at, i + 1));
      open = null;
    } else if (!open && isOpening(text, i, ch)) {
      open = { at: i, mark: ch };
    }
  }
  // A double quote left open runs to the paragraph's end (a quote continued in the next paragraph, or a truncated page).
  if (open && open.mark === '"') quotes.push(quote(text, open.at, end));
  return quotes;
}

function quote(text: string, open: number, close: number): Quote {
  const inner = text.slice(open + 1, close - 1);
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return { open, close, speech: words >= 5 || /[.!?]\s+\p{Lu}/u.test(inner) };
}
