/**
 * Character-level cleaning with an offset map: line ends, soft hyphens, non-breaking and other
 * special spaces, ligatures (including Dutch ĳ), curly quotes, Symbol-font bullets, and
 * composition of decomposed accents. Deliberately not NFKC: that would also rewrite ½ and
 * superscripts, which carry meaning in minutes.
 */
import { OffsetTextBuilder, type MappedText } from "./offset-text.js";

const REPLACEMENTS: Record<string, string> = {
  "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ",
  "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\t": " ", "\u000b": " ",
  "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
  "\u0133": "ij", "\u0132": "IJ",
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\uf0b7": "\u2022", "\uf0a7": "\u2022", "\uf076": "\u2022", "\uf0d8": "\u2022", "\uf0fc": "\u2022", "\u25aa": "\u2022",
  "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
};
const DROPPED = new Set(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\r"]);
const COMBINING_MARK = /[\u0300-\u036f]/;

export function cleanCharacters(raw: string): MappedText {
  const out = new OffsetTextBuilder();
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === "\r") {
      // CR LF is one line end; a lone CR (old Mac) is one too.
      if (raw[i + 1] !== "\n") out.appendAt("\n", i);
      continue;
    }
    if (DROPPED.has(ch)) continue;
    if (COMBINING_MARK.test(ch)) {
      const previous = out.lastChar();
      const composed = previous === undefined ? "" : (previous + ch).normalize("NFC");
      if (composed.length === 1) out.replaceLast(composed);
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      // Keep a surrogate pair together (both halves map to the pair's start).
      out.appendAt(raw.slice(i, i + 2), i);
      i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue; // lone low surrogate: noise
    out.appendAt(REPLACEMENTS[ch] ?? ch, i);
  }
  return out.build(raw.length);
}
