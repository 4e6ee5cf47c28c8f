/**
 * What the full-text indexes read (`searchText` of statements, actors and topics): every word
 * of the text as its stem followed by the stems of its compound parts, so inflected forms and
 * compounds of a word share index terms ("wapens" and "stroomstootwapen" both hold "wap"). The
 * index's own (Dutch) analyzer runs over these terms too; queries (src/search/search-query.ts)
 * are built from the same terms, so both sides agree whatever it does to them.
 */
import { termsOfWord, wordsOf } from "./words.js";

/**
 * Stored as `searchVersion` next to `searchText`: start-up re-indexes nodes whose text was indexed
 * by another version (src/db/search-backfill.ts). Bump it whenever the terms of a text change.
 */
export const SEARCH_TEXT_VERSION = 2;

export function searchTextOf(text: string): string {
  const terms: string[] = [];
  for (const word of wordsOf(text)) {
    const { stem, parts } = termsOfWord(word.folded);
    terms.push(stem, ...parts);
  }
  return terms.join(" ");
}

/** Name and aliases, one per line so phrases never run into each other. */
export function searchTextOfNames(name: string, aliases: readonly string[]): string {
  return [...new Set([name, ...aliases].map(searchTextOf))].filter(Boolean).join("\n");
}
