/**
 * Topics a new document brings that the taxonomy lacks: the noun phrase after a Dutch topic
 * marker ("over", "ten aanzien van", "aandacht voor", "m.b.t.", "inzake", "ingegaan op", "rondom")
 * and multi-word proper names ("de Algemene Beschouwingen"). Phrases that contain a curated topic
 * are not new; everything else is kept, marked isNew, so nothing is lost.
 */
import { COMMON_FINITE_VERBS } from "../lexicon/finite-verbs.js";
import { REPORTING_FINITE_FORMS } from "../lexicon/reporting-verbs.js";
import { words } from "../sentences/words.js";

export interface DiscoveredTopicMention {
  label: string;
  start: number;
  end: number;
}

const MARKER = /\b(?:over|ten aanzien van|aandacht voor|m\.b\.t\.|met betrekking tot|inzake|ingegaan op|rondom|t\.a\.v\.)\s+/giu;
const SKIP = new Set(["de", "het", "een", "enkele", "alle", "deze", "dit", "die", "zogenoemde", "zogenaamde", "nog", "ook", "meer", "veel", "extra"]);
const STOP = new Set([
  "en", "of", "dat", "die", "om", "te", "in", "op", "met", "voor", "bij", "aan", "door", "naar", "uit", "van", "tot", "zoals",
  "maar", "is", "zijn", "wordt", "werd", "was", "waren", "heeft", "hebben", "kan", "moet", "zal", "waar", "wat", "als", "dan",
  "er", "nog", "ook", "niet", "geen", "het", "de", "een", "binnen", "tussen", "tegen", "na", "vanuit", "via", "per",
]);
const NOT_A_TOPIC = new Set(["goed", "snel", "dit", "dat", "wat", "hoe", "elkaar", "zich", "hen", "haar", "hem", "ons", "name", "mogelijk"]);
const PROPER_NAME = /(?<=\p{Ll}[\s,]+(?:de\s+|het\s+)?)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;
const MONTHS = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/i;

const isStop = (word: string): boolean => {
  const lower = word.toLowerCase();
  return STOP.has(lower) || COMMON_FINITE_VERBS.has(lower) || REPORTING_FINITE_FORMS.has(lower);
};

export function discoverTopics(text: string, start: number, end: number): DiscoveredTopicMention[] {
  const clause = text.slice(start, end);
  const found: DiscoveredTopicMention[] = [];
  for (const m of clause.matchAll(MARKER)) {
    const from = m.index! + m[0].length;
    const tokens = words(clause.slice(from, Math.min(clause.length, from + 80)), start + from);
    let i = 0;
    while (i < tokens.length && SKIP.has(tokens[i]!.text.toLowerCase())) i++;
    const phrase = [];
    for (; i < tokens.length && phrase.length < 3; i++) {
      const t = tokens[i]!;
      const gap = text.slice(phrase.length ? phrase[phrase.length - 1]!.end : t.start, t.start);
      if (/[,.;:()]/.test(gap) || isStop(t.text)) break;
      phrase.push(t);
    }
    // A head noun with a "van"/"aan" complement names its topic with it: "introductie van het stroomstootwapen".
    const linker = tokens[i]?.text.toLowerCase();
    if (phrase.length === 1 && (linker === "van" || linker === "aan")) {
      let j = i + 1;
      while (j < tokens.length && SKIP.has(tokens[j]!.text.toLowerCase())) j++;
      for (let k = 0; j < tokens.length && k < 2; j++, k++) {
        const t = tokens[j]!;
        if (/[,.;:()]/.test(text.slice(tokens[j - 1]!.end, t.start)) || isStop(t.text)) break;
        phrase.push(t);
      }
    }
    if (phrase.length === 0) continue;
    const label = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
    if (NOT_A_TOPIC.has(label.toLowerCase()) || label.length < 4) continue;
    found.push({ label, start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end });
  }
  for (const m of clause.matchAll(PROPER_NAME)) {
    if (m[0].split(/\s+/).some((w) => MONTHS.test(w))) continue;
    found.push({ label: m[0], start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return found;
}
