/**
 * Accent folding for the full-text indexes: the Dutch analyzer lower-cases and stems but keeps
 * diacritics, so "geëvalueerd" would not match "geevalueerd". We store a folded copy
 * (`searchText`, written by src/load) and search queries (src/repositories) fold their input
 * with this same function, so the two can never drift apart.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Name and aliases as one folded field, one per line so phrases never run into each other. */
export function foldNames(name: string, aliases: readonly string[]): string {
  const unique = [...new Set([name, ...aliases].map(foldForSearch))];
  return unique.join("\n");
}
