/**
 * Turns what a user typed into a Lucene query over the terms of src/search/index-text.ts, treating
 * the text as data: each word becomes its stem or, for a compound or hyphenated word, its stem
 * OR all its parts ("politieagenten" -> (politieagent OR (politie AND agent))), and all words
 * must match (AND). Terms are letters and digits only, so no Lucene syntax can get through.
 */
import { termsOfWord, wordsOf } from "./words.js";

export interface SearchQuery {
  /** The Lucene query for the full-text indexes. */
  lucene: string;
  /** Every term a matching word may carry: what highlighting marks (src/search/highlight.ts). */
  terms: ReadonlySet<string>;
}

/** Null when nothing searchable is left (e.g. only punctuation). */
export function toSearchQuery(text: string): SearchQuery | null {
  const clauses: string[] = [];
  const terms = new Set<string>();
  for (const word of wordsOf(text)) {
    const { stem, parts } = termsOfWord(word.folded);
    if (!stem) continue;
    terms.add(stem);
    for (const part of parts) terms.add(part);
    clauses.push(parts.length > 0 ? `(${stem} OR (${parts.join(" AND ")}))` : stem);
  }
  if (clauses.length === 0) return null;
  return { lucene: [...new Set(clauses)].join(" AND "), terms };
}
