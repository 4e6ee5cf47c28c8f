/**
 * Turns user text into a Lucene query for the full-text indexes, treating the text as data:
 * folded like the indexed `searchText` (NFD, combining marks removed, lower case), every Lucene
 * special character escaped, and the words joined with AND so all must match.
 */
import { foldForSearch } from "../db/search-text.js";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Returns null when nothing searchable is left (e.g. only punctuation). */
export function toLuceneQuery(text: string): string | null {
  const words = foldForSearch(text)
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`))
    // A word that is only escaped punctuation would become a term the analyzer drops anyway.
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  return words.join(" AND ");
}

/** Topic keys as users type them: ids, labels or aliases, matched case-insensitively. */
export function topicKeys(values: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (!trimmed) continue;
    keys.add(trimmed);
    keys.add(trimmed.toLowerCase());
  }
  return [...keys];
}
