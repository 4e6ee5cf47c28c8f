/**
 * Repairs UTF-8 text that was decoded once as Windows-1252 and saved again ("CoÃ¶rdinatie",
 * "â€œ"). Only runs that look like such a double encoding are re-decoded, and only when they
 * re-decode as valid UTF-8, so genuine "Ã" (rare in Dutch) is left alone.
 */

// Characters Windows-1252 puts in 0x80..0x9F, mapped back to their byte.
export const WINDOWS_1252_HIGH: Record<string, number> = {
  "\u20ac": 0x80, "\u201a": 0x82, "\u0192": 0x83, "\u201e": 0x84, "\u2026": 0x85, "\u2020": 0x86, "\u2021": 0x87,
  "\u02c6": 0x88, "\u2030": 0x89, "\u0160": 0x8a, "\u2039": 0x8b, "\u0152": 0x8c, "\u017d": 0x8e, "\u2018": 0x91,
  "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2022": 0x95, "\u2013": 0x96, "\u2014": 0x97, "\u02dc": 0x98,
  "\u2122": 0x99, "\u0161": 0x9a, "\u203a": 0x9b, "\u0153": 0x9c, "\u017e": 0x9e, "\u0178": 0x9f,
};
const CONTINUATION = "[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]";
// A UTF-8 lead byte (0xC2..0xF4) read as Windows-1252, followed by one to three continuation bytes.
const DOUBLE_ENCODED_RUN = new RegExp(`[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`, "g");

function toWindows1252Bytes(run: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff) bytes.push(code);
    else if (WINDOWS_1252_HIGH[ch] !== undefined) bytes.push(WINDOWS_1252_HIGH[ch]!);
    else return null;
  }
  return Uint8Array.from(bytes);
}

// Double encodings through a Central European code page seen on Dutch government pages
// ("patiĆ«nten", "coĂ¶rdinatie"): the diaeresis letters Dutch uses, as they come out.
const CENTRAL_EUROPEAN: Record<string, string> = {
  "\u0106\u00ab": "\u00eb", "\u0102\u00ab": "\u00eb", "\u0102\u00af": "\u00ef", "\u0102\u00b6": "\u00f6", "\u0102\u00bc": "\u00fc",
  "\u0102\u00a9": "\u00e9", "\u0102\u00a8": "\u00e8",
};
const CENTRAL_EUROPEAN_RUN = new RegExp(Object.keys(CENTRAL_EUROPEAN).join("|"), "g");

export function repairMojibake(text: string): string {
  text = text.replace(CENTRAL_EUROPEAN_RUN, (run) => CENTRAL_EUROPEAN[run] ?? run);
  if (!DOUBLE_ENCODED_RUN.test(text)) return text;
  DOUBLE_ENCODED_RUN.lastIndex = 0;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  return text.replace(DOUBLE_ENCODED_RUN, (run) => {
    const bytes = toWindows1252Bytes(run);
    if (!bytes) return run;
    try {
      return utf8.decode(bytes);
    } catch {
      return run;
    }
  });
}
