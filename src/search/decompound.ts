/**
 * Splits a Dutch compound at a known head (src/search/compound-heads.ts): "politieagent" ->
 * "politie" + "agent", "geweldsmiddel" -> "geweld" + "middel" (the linking s dropped),
 * "stroomstootwapen" -> "stroomstoot" + "wapen", and the left part again where it is itself a
 * compound. Works on stems (src/search/dutch-stem.ts), so "politieagenten" splits like
 * "politieagent". Returns the stems of the parts, or [] when the word is no compound it knows.
 */
import { COMPOUND_HEADS } from "./compound-heads.js";
import { stemDutch } from "./dutch-stem.js";

const MIN_LEFT = 3;
const MAX_DEPTH = 2;

const HEAD_STEMS: ReadonlySet<string> = new Set(COMPOUND_HEADS.map(stemDutch).filter((stem) => stem.length >= 3));
const LONGEST_HEAD = Math.max(...[...HEAD_STEMS].map((stem) => stem.length));

export function compoundParts(stem: string, depth = 0): string[] {
  if (depth >= MAX_DEPTH || stem.length < MIN_LEFT + 3) return [];
  for (let cut = Math.max(MIN_LEFT, stem.length - LONGEST_HEAD); cut <= stem.length - 3; cut++) {
    const head = stem.slice(cut);
    if (!HEAD_STEMS.has(head)) continue;
    const left = stemDutch(dropLinkingS(stem.slice(0, cut)));
    if (left.length < MIN_LEFT) continue;
    return [left, ...compoundParts(left, depth + 1), head];
  }
  return [];
}

/** "gewelds" -> "geweld", "veiligheids" -> "veiligheid"; not "huis" (s after a vowel is the word's own). */
function dropLinkingS(left: string): string {
  return left.length > 4 && /[bdfgkpt]s$/.test(left) ? left.slice(0, -1) : left;
}
