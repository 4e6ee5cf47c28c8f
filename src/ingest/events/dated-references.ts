/**
 * Dated references in the text ("het Algemeen Overleg van 5 september", "op 28 oktober in het
 * LOVP") as events with an ISO date. A date without a year takes the document's year. The label
 * takes in the named occasion before "van <date>" or the body after "<date> in het".
 */
import { DUTCH_DATE, MONTHS, isoDate } from "../lexicon/dutch-dates.js";

export interface DatedReference {
  label: string;
  date: string;
  start: number;
  end: number;
}

const OCCASION_BEFORE = /(?<!\p{L})(?:(?:het|de|een)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:\p{L}+\s+)?van\s+$/u;
const BODY_AFTER = /^\s+(?:in|bij|tijdens)\s+(?:het|de)\s+[\p{Lu}][\p{L}-]*/u;

export function findDatedReferences(text: string, from: number, to: number, documentYear: number | null): DatedReference[] {
  const found: DatedReference[] = [];
  const slice = text.slice(from, to);
  DUTCH_DATE.lastIndex = 0;
  for (const m of slice.matchAll(DUTCH_DATE)) {
    const month = MONTHS[m[2]!.toLowerCase()]!;
    const year = m[3] ? Number(m[3]) : documentYear;
    if (!year) continue;
    const date = isoDate(year, month, Number(m[1]));
    if (!date) continue;
    let start = from + m.index!;
    let end = start + m[0].length;
    const before = OCCASION_BEFORE.exec(text.slice(Math.max(from, start - 60), start));
    if (before && /\p{Lu}/u.test(before[0])) start -= before[0].length;
    else {
      const after = BODY_AFTER.exec(text.slice(end, Math.min(to, end + 40)));
      if (after) end += after[0].length;
    }
    found.push({ label: text.slice(start, end), date, start, end });
  }
  return found;
}
