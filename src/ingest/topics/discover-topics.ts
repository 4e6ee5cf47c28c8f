/**
 * Topics a new document brings that the taxonomy lacks: the head nouns of the noun phrases a
 * clause is about. Without a part-of-speech tagger, a noun phrase is recognised by what opens it
 * (an article, a possessive, a quantifier or a preposition: "een landelijk vuurwerkverbod", "over
 * de bezuinigingen") and runs until a function word, a verb or punctuation; its last word is the
 * head. A head with a "van"-complement keeps it ("verharding van geweld"), and named projects,
 * programmes and plans ("project VonkStop") are topics by their name. Phrases after a topic marker
 * ("over", "inzake", "ten aanzien van", "aandacht voor") come first.
 */
import { COMMON_FINITE_VERBS } from "../lexicon/finite-verbs.js";
import { REPORTING_FINITE_FORMS, REPORTING_PARTICIPLES } from "../lexicon/reporting-verbs.js";
import { NOT_HEAD_WORDS, STOPWORDS, VAGUE_WORDS } from "../lexicon/stopwords.js";
import { FIRST_NAMES } from "../lexicon/first-names.js";
import { words, type Word } from "../sentences/words.js";

export interface DiscoveredTopicMention {
  label: string;
  start: number;
  end: number;
  /** Introduced by a topic marker ("over", "inzake", ...): what the clause is about. */
  marked: boolean;
  /** "head van complement": the complement's span, to link the topic under a curated one. */
  complement?: { start: number; end: number };
}

const DETERMINERS = new Set([
  "de", "het", "een", "geen", "deze", "dit", "die", "dat", "zijn", "haar", "hun", "onze", "ons", "mijn", "uw", "elk", "elke", "ieder",
  "iedere", "alle", "veel", "meer", "minder", "extra", "enkele", "diverse", "verschillende", "twee", "drie", "vier", "vijf", "tien",
  "zulke", "welke", "zo'n", "meerdere", "sommige", "andere", "nieuwe", "zes", "zeven", "acht", "negen", "elf", "twaalf", "twintig",
  "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "dertig", "veertig", "vijftig", "honderd",
  "duizend", "tientallen", "honderden", "duizenden", "nieuw", "groot", "klein", "oud",
]);
const PREPOSITIONS = new Set([
  "over", "voor", "op", "aan", "met", "van", "in", "bij", "tot", "naar", "tegen", "tussen", "door", "uit", "zonder", "rond", "rondom",
  "inzake", "omtrent", "betreffende", "na", "vanwege", "wegens", "ondanks", "tijdens", "binnen", "buiten", "onder", "via", "per", "om",
]);
const MARKERS = /\b(?:over|inzake|omtrent|betreffende|ten aanzien van|aandacht voor|m\.b\.t\.|met betrekking tot|t\.a\.v\.|rondom|rond|wat betreft)\s+$/i;
const NAMED = /\b(?:project|programma|plan|actieplan|wet|notitie|rapport|visie|operatie|regeling|campagne|motie|convenant)\s+((?:\p{Lu}[\p{L}\p{N}'’-]*|\d{4})(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|\d{4})){0,3})/gu;
/**
 * A motion or amendment by its number, with what it is about in brackets: "Amendement A1
 * (verkeersveiligheid)", "motie M18-23". A vote names it by the number only, so the kind stays in
 * the label ("amendement A1") and the bracket's subject is a topic of its own.
 */
const NUMBERED_BUSINESS = /\b([Mm]otie|[Aa]mendement)\s+(\p{Lu}{0,2}\d+(?:[.-]\d+)*[a-z]?|\p{Lu}{1,2})(?![\p{L}\p{N}])(?:\s*\(\s*(\p{Ll}[\p{L} -]{2,60}?)\s*[,)])?/gu;
const CAMEL = /(?<=\s)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]+/gu;
const MULTI_CAPITAL = /(?<=\p{Ll}[\s,]+(?:de\s+|het\s+)?)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu;
/** Longer "words" are not Dutch words (the longest compounds in minutes stay far below it). */
const MAX_TOPIC_WORD = 40;
const VAGUE_AFTER = /^(?:periode|jaren|jaar|keer|tijd|weken|maanden|dagen|week|maand|dag|manier|mate|kant|stap|stappen)$/i;
const MONTHS = /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/i;
const PARTICIPLE = /^ge\p{L}{3,}(?:[dt]|en)$/u;
const NOT_PARTICIPLE = /(?:heid|raad|ied|eid|uid|eld|aad|eed|oed|ood|and|ind|ond|ard|oord|cht|nst|st|gt|rt|ort)$/u;
/** Participles without ge-: "ondertekend", "verzonden", "besproken" (not the nouns "verbod", "beleid", "verband"). */
const PREFIX_PARTICIPLE = /^(?:be|ver|ont|her|onder|over|er)\p{L}{3,}(?:d|t|en)$/u;
const NOT_PREFIX_PARTICIPLE = /(?:ingen|heid|eid|and|ond|ind|od|ud|oed|aad|raad|ord|erd|ard|eld|oud|rt|st|cht|ijd|uid|ien|oen|aan|ein)$/u;
const SEPARABLE_PARTICIPLE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|vrij|binnen|achter|tegen|bekend|kenbaar)ge\p{L}{2,}(?:[dt]|en)$/u;
/**
 * A separable verb in the present tense at the end of a subordinate clause: "die voor het eerst
 * deelneemt", "een motie die het college oproept". Nouns of that shape end otherwise ("toezicht",
 * "opbrengst", "inzet", "uitgangspunt", "overschot").
 */
const SEPARABLE_PRESENT = /^(?:aan|af|bij|deel|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|vrij)\p{L}{3,}t$/u;
const NOT_SEPARABLE_PRESENT = /(?:cht|st|zet|nt|schot|oot|rit|uit)$/u;
/** A nominalised infinitive ("het opstellen van een plan"): the complement says what it is about. */
const NOMINALISED_INFINITIVE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen|vrij|be|ver|ont|her)\p{L}{3,}en$/u;
const PARTICIPLES_IN_CHT = /^(?:gericht|gebracht|gedacht|gezocht|gekocht|geacht|gewacht|gelicht|gevlucht|geslacht)$/u;
/** An attributive adjective before its noun: "de regionale plannen", "een landelijk verbod", "het financieel jaarverslag". */
const ADJECTIVE = /(?:e|lijk|isch|ig|baar|aal|ieel|eel|ief|iek|ant|ent|er|st)$/u;

function isVerbLike(word: string, previous: string | undefined): boolean {
  const lower = (word.split("-").pop() ?? word).toLowerCase();
  if (PREFIX_PARTICIPLE.test(lower) && !NOT_PREFIX_PARTICIPLE.test(lower)) return true;
  if (COMMON_FINITE_VERBS.has(lower) || REPORTING_FINITE_FORMS.has(lower) || REPORTING_PARTICIPLES.has(lower)) return true;
  if ((PARTICIPLE.test(lower) && !NOT_PARTICIPLE.test(lower)) || PARTICIPLES_IN_CHT.test(lower) || SEPARABLE_PARTICIPLE.test(lower)) return true;
  return previous?.toLowerCase() === "te";
}

function isHead(word: Word, previous: string | undefined): boolean {
  const t = word.text;
  if (/^\p{Lu}{2,6}$/u.test(t)) return true;
  if (t.length < 4 || t.length > MAX_TOPIC_WORD || /^\d/.test(t) || MONTHS.test(t)) return false;
  const lower = t.toLowerCase();
  if (STOPWORDS.has(lower) || NOT_HEAD_WORDS.has(lower) || isVerbLike(t, previous) || FIRST_NAMES.has(t)) return false;
  return !/(?:lijk|isch|baar|ig)$/u.test(lower);
}

function isSeparablePresent(word: string): boolean {
  const lower = word.toLowerCase();
  return SEPARABLE_PRESENT.test(lower) && !NOT_SEPARABLE_PRESENT.test(lower);
}

function attributiveParticiple(tokens: readonly Word[], i: number, gapBreaks: (a: Word, b: Word) => boolean): boolean {
  const word = tokens[i];
  const next = tokens[i + 1];
  if (!word || !next || gapBreaks(word, next) || !/en$/u.test(word.text) || !isVerbLike(word.text, tokens[i - 1]?.text)) return false;
  return !STOPWORDS.has(next.text.toLowerCase()) && !isVerbLike(next.text, word.text);
}

export function discoverTopics(text: string, start: number, end: number): DiscoveredTopicMention[] {
  const clause = text.slice(start, end);
  const tokens = words(clause, start);
  const found: DiscoveredTopicMention[] = [];
  const gapBreaks = (a: Word, b: Word): boolean => /[,.;:()"!?]/u.test(text.slice(a.end, b.start));
  const chunkFrom = (at: number): { first: number; last: number } | null => {
    // A participle in -en before a noun is its adjective: "ervaren rechercheurs", "gesloten deuren".
    const i = attributiveParticiple(tokens, at, gapBreaks) ? at + 1 : at;
    let j = i;
    while (j < tokens.length && j < i + 4) {
      const t = tokens[j]!;
      if (j > i && gapBreaks(tokens[j - 1]!, t)) break;
      const lower = t.text.toLowerCase();
      if (STOPWORDS.has(lower) || isVerbLike(t.text, tokens[j - 1]?.text)) break;
      j++;
    }
    if (j === i) return null;
    // The head is the first word that is not an adjective before another word of the phrase.
    let k = i;
    while (k < j - 1 && ADJECTIVE.test(tokens[k]!.text.toLowerCase())) k++;
    // A word right before a vague noun ("de voorbije periode") is its adjective: no topic.
    const after = tokens[k + 1];
    if (after && k + 1 >= j && (VAGUE_AFTER.test(after.text) || (VAGUE_WORDS.has(after.text.toLowerCase()) && /e$/u.test(tokens[k]!.text))) && !gapBreaks(tokens[k]!, after)) return null;
    return isHead(tokens[k]!, tokens[k - 1]?.text) ? { first: i, last: k } : null;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const anchor = tokens[i]!.text.toLowerCase();
    if (!DETERMINERS.has(anchor) && !PREPOSITIONS.has(anchor)) continue;
    if (gapBreaks(tokens[i]!, tokens[i + 1]!)) continue;
    let from = i + 1;
    while (from < tokens.length && DETERMINERS.has(tokens[from]!.text.toLowerCase())) from++;
    const chunk = chunkFrom(from);
    if (!chunk) continue;
    const head = tokens[chunk.last]!;
    // After a preposition, a word that ends the clause in -en or -t is the verb of a subordinate
    // clause ("waar we enorm aan hechten", "daar ook bij hoort"), not a noun.
    const next = tokens[chunk.last + 1];
    if (PREPOSITIONS.has(anchor) && chunk.last === from && /(?:en|t)$/u.test(head.text) && (!next || gapBreaks(head, next))) continue;
    if (isSeparablePresent(head.text) && (!next || gapBreaks(head, next))) continue;
    const marked = MARKERS.test(clause.slice(0, tokens[i]!.end - start + 1)) || MARKERS.test(clause.slice(0, tokens[from]!.start - start));
    // "een digitaal team", "de financiële gevolgen": the attributive adjective says which one; it stays in the label.
    const adjective = chunk.last > chunk.first ? tokens[chunk.last - 1]! : null;
    const labelStart = adjective && !gapBreaks(adjective, head) && /^\p{Ll}/u.test(adjective.text) ? adjective : head;
    const mention: DiscoveredTopicMention = { label: text.slice(labelStart.start, head.end), start: labelStart.start, end: head.end, marked };
    // "verharding van (het) geweld": the complement names what the head is about.
    const link = tokens[chunk.last + 1];
    let complementHead: Word | undefined;
    if (link && /^van$/i.test(link.text) && !gapBreaks(head, link)) {
      let c = chunk.last + 2;
      while (c < tokens.length && DETERMINERS.has(tokens[c]!.text.toLowerCase())) c++;
      const complement = c < tokens.length && !gapBreaks(link, tokens[c]!) ? chunkFrom(c) : null;
      if (complement) {
        complementHead = tokens[complement.last]!;
        mention.complement = { start: tokens[complement.first]!.start, end: complementHead.end };
      }
    }
    // "het opstellen van een regionaal plan" is about the plan; "het opstellen" alone about nothing.
    if (tokens[from - 1]!.text.toLowerCase() === "het" && chunk.first === from && NOMINALISED_INFINITIVE.test(head.text.toLowerCase())) {
      if (complementHead) found.push({ label: complementHead.text, start: complementHead.start, end: complementHead.end, marked });
      i = chunk.last;
      continue;
    }
    found.push(mention);
    i = chunk.last;
  }
  const numbered = [...clause.matchAll(NUMBERED_BUSINESS)];
  for (const m of numbered) {
    found.push({ label: `${m[1]!.toLowerCase()} ${m[2]!}`, start: start + m.index!, end: start + m.index! + m[1]!.length + 1 + m[2]!.length, marked: true });
    const subject = m[3];
    if (subject) {
      const at = start + m.index! + m[0].lastIndexOf(subject);
      found.push({ label: subject, start: at, end: at + subject.length, marked: true });
    }
  }
  for (const m of clause.matchAll(NAMED)) if (m[1]!.length <= 80 && !numbered.some((n) => n.index === m.index)) found.push({ label: m[1]!, start: start + m.index! + m[0].length - m[1]!.length, end: start + m.index! + m[0].length, marked: true });
  for (const m of [...clause.matchAll(CAMEL), ...clause.matchAll(MULTI_CAPITAL)]) {
    if (m[0].length > 80 || m[0].split(/\s+/).some((w) => MONTHS.test(w) || FIRST_NAMES.has(w))) continue;
    found.push({ label: m[0], start: start + m.index!, end: start + m.index! + m[0].length, marked: false });
  }
  return found;
}
