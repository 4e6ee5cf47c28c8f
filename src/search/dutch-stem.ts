/**
 * A Dutch stemmer for search that sends the inflected forms of a word to one stem. The Snowball
 * stemmer of the full-text index strips one suffix, so "stroomstootwapen" (-> "stroomstootwap")
 * and "stroomstootwapens" (-> "stroomstootwapen") never meet; here the plural -s of words in
 * -en/-el/-er/-em/-je is removed before the -en, vowels that open syllables double in the
 * singular are undoubled ("geldstroom" / "geldstromen" -> "geldstrom", "crimineel" / "criminele"
 * -> "criminel"), f/v and s/z alternate ("brief" / "brieven", "huis" / "huizen"), diminutives
 * and -heden / -heid meet. The stems are not words; they only have to agree, and index and query
 * use this same function. Input is folded (src/search/fold.ts) and one word.
 */
const VOWEL = /[aeiouy]/;

export function stemDutch(folded: string): string {
  let w = folded.replace(/['’]s$/, "").replace(/['’]/g, "");
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.length > 6 && w.endsWith("heden")) return `${w.slice(0, -5)}heid`;
  w = stripDiminutive(w);
  w = stripInflection(w);
  if (w.endsWith("dt")) w = w.slice(0, -1);
  // Consonant doubling after a short vowel ("wetten" -> "wett" -> "wet", "witwassen" -> "witwas").
  if (/([bcdfgklmnprstz])\1$/.test(w)) w = w.slice(0, -1);
  // A long vowel is written double in a closed syllable only ("stroom" / "stromen").
  w = w.replace(/(?<![aeiou])(aa|ee|oo|uu)([^aeiouy])$/, (_, vowel: string, consonant: string) => `${vowel[0]}${consonant}`);
  if (w.length > 3) w = w.replace(/v$/, "f").replace(/z$/, "s");
  return w;
}

function stripDiminutive(w: string): string {
  if (w.length < 6) return w;
  const doubled = /([bdfgklmnprst])\1etjes?$/.exec(w);
  if (doubled) return w.slice(0, doubled.index + 1);
  if (/mpjes?$/.test(w)) return w.replace(/pjes?$/, "");
  // -tje after a vowel, l, r or w; after n the t usually belongs to the word ("agentje").
  if (/[aeioulrw]tjes?$/.test(w)) return w.replace(/tjes?$/, "");
  if (/[^aeiouy]jes?$/.test(w) && !/ijes?$/.test(w)) return w.replace(/jes?$/, "");
  return w;
}

function stripInflection(w: string): string {
  if (w.endsWith("en") && w.length - 2 >= 3) return w.slice(0, -2);
  // Plural -s only where Dutch writes it: after -el, -em, -en, -er, -je ("wapens", "tasers").
  if (/(el|em|en|er|je)s$/.test(w) && w.length - 1 >= 4) {
    const singular = w.slice(0, -1);
    return singular.endsWith("en") ? singular.slice(0, -2) : singular;
  }
  // Inflected adjectives and -e nouns ("criminele", "politie"); not after a vowel ("zee").
  if (w.endsWith("e") && w.length - 1 >= 4 && !VOWEL.test(w.charAt(w.length - 2))) return w.slice(0, -1);
  return w;
}
