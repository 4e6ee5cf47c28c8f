/**
 * How to join a line that ends in a hyphen with the next one, by Dutch spelling rules:
 * - "beleids-" + "en beheerszaken": a weglatingsstreepje (elided compound part) keeps hyphen and
 *   space ("beleids- en beheerszaken");
 * - "LOVP-" + "vergadering", "Noord-" + "Nederland", "2%-" + ...: hyphen belongs to the word;
 * - otherwise the document decides: the joined word occurs elsewhere -> join, the hyphenated form
 *   occurs elsewhere -> keep; with no evidence, a line-end hyphen is taken as a break and joined.
 */
export type JoinKind = "space" | "drop-hyphen" | "keep-hyphen";

const ELISION_NEXT = /^(?:en|of|tot|en\/of|dan|als)\b/;

export function joinHyphenated(previousLine: string, nextLine: string, wholeText: string): JoinKind {
  const left = /([\p{L}\p{N}%]+)-$/u.exec(previousLine);
  if (!left || /\s-$/.test(previousLine)) return "space";
  const right = /^(\p{L}+)/u.exec(nextLine);
  if (!right) return "space";
  const leftWord = left[1]!;
  const rightWord = right[1]!;
  if (ELISION_NEXT.test(nextLine)) return "space";
  if (/^\p{Lu}/u.test(rightWord) || /\d/.test(leftWord) || (leftWord.length > 1 && leftWord === leftWord.toUpperCase())) {
    return "keep-hyphen";
  }
  const lower = wholeText.toLowerCase();
  const joined = `${leftWord}${rightWord}`.toLowerCase();
  const hyphenated = `${leftWord}-${rightWord}`.toLowerCase();
  const occurrences = (needle: string): number => lower.split(needle).length - 1;
  // The broken form itself occurs once (across the line end); look for other evidence.
  if (occurrences(hyphenated) > 0) return "keep-hyphen";
  if (occurrences(joined) > 0) return "drop-hyphen";
  return "drop-hyphen";
}
