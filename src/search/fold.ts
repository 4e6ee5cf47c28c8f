/**
 * Accent and case folding, the first step of every search normalisation: "geëvalueerd" and
 * "Geevalueerd" are one word to an analyst.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
