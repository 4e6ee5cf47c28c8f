/**
 * Does a clause take its subject matter from what was said before it? Minutes answer a proposal
 * without naming it again: "X steunt dat verzoek", "Y is het daar niet mee eens", "Z deelt die
 * zorg", "Dat hoort niet bij ons werk". Such a clause is about the topics of the statement it
 * answers, which its own words ("verzoek", "zorg") do not name.
 */
import { VOTE_VERB } from "../lexicon/framing.js";

/** Nouns that stand for something said or proposed: "dat verzoek", "dit gewijzigde voorstel", "die zorg". */
const SAID_NOUNS = [
  "voorstel", "voorstellen", "verzoek", "verzoeken", "plan", "plannen", "idee", "punt", "standpunt", "advies", "besluit", "motie",
  "amendement", "maatregel", "maatregelen", "zorg", "zorgen", "signaal", "signalen", "pleidooi", "oproep", "initiatief", "aanpak",
  "model", "kritiek", "wens", "suggestie", "oplossing", "beeld", "knelpunt", "probleem", "problemen", "risico", "risico's", "stap",
  "keuze", "lijn", "richting", "analyse", "conclusie", "opvatting", "mening", "vraag", "vragen", "toezegging", "afspraak", "afspraken",
  "ontwikkeling", "werkwijze", "constatering", "opmerking", "opmerkingen", "inzet", "uitgangspunt", "benadering", "route", "variant",
  // What was done or written about it: "dat gesprek", "deze evaluatie", "die campagne".
  "gesprek", "gesprekken", "overleg", "onderzoek", "evaluatie", "rapport", "brief", "notitie", "bijeenkomst", "campagne", "pilot",
  "proef", "regeling", "wetsvoorstel", "verbod", "uitbreiding", "aanpassing", "wijziging", "bezuiniging", "investering",
].join("|");

/** A demonstrative before such a noun, with at most one adjective between them. */
const DEMONSTRATIVE_NOUN = new RegExp(`\\b(?:dit|dat|deze|die|dergelijke|zo'n|zulke)\\s+(?:\\p{L}+e\\s+)?(?:${SAID_NOUNS})\\b`, "iu");

/** A pronominal adverb, joined or split: "daarover", "hiermee", "staat daar positief tegenover", "komt hier op terug". */
const PRONOMINAL_ADVERB =
  /\b(?:daar|hier)(?:mee|over|op|tegen|tegenover|voor|achter|in|aan|bij|van|naar|toe)\b|\b(?:daar|hier)\b(?:\s+\S+){0,5}?\s+(?:mee|over|op|tegen|tegenover|voor|achter|aan|bij|van|naar|om)\b/iu;

/** Agreeing or disagreeing with someone's words: "sluit zich aan bij", "is het eens met", "valt hem bij", "deelt de zorg". */
const ANSWERS =
  /\bsl(?:uit|uiten|oot|oten)\s+zich\b.*\baan\b|\b(?:on)?eens\s+met\b|\bv(?:alt|allen|iel|ielen)\s+\p{L}+\s+bij\b|\bde(?:elt|len|elde|elden)\s+(?:die|de|dat|deze|dit|het|zijn|haar|hun)\s+(?:zorg|zorgen|mening|opvatting|analyse|punt|standpunt|conclusie|kritiek|wens)\b/iu;

/** The proposal under discussion, named without a complement of its own: "steunt het voorstel", "stemt in met het plan." */
const DEFINITE_PROPOSAL = /\b(?:het|de)\s+(?:voorstel|verzoek|plan|motie|amendement|pleidooi|oproep|initiatief)\b(?!\s+(?:van|om|tot|voor|over|inzake|dat|aan|met|ter)\b)/iu;

/** "dit" or "dat" standing alone as a pronoun, before an adverb or a particle: "zegt dit toe", "vindt dat te ver gaan", "hebben dit al gemeld". */
const DEMONSTRATIVE_PRONOUN = /\b(?:dit|dat)\s+(?:al|ook|niet|nog|wel|toe|mee|uit|na|te|zeker|graag|eerder|later|vervolgens|eveneens|direct|meteen|binnenkort)\b/iu;

/** A vote is cast on the motion or proposal just described: "stemden tegen", "Voor stemmen ...". */
const VOTE = new RegExp(String.raw`\b${VOTE_VERB}\s+(?:\p{L}+\s+)?(?:voor|tegen)\b|\b(?:voor|tegen)\s+${VOTE_VERB}\b`, "iu");

/** A pronoun as the subject that opens the clause: "Dat hoort niet bij ons werk", "Dit is geen incident", "Het is geen wondermiddel". */
const DEMONSTRATIVE_SUBJECT = /^(?:het\s+(?:is|was)\s+(?:geen|een|niet|wel)\b|(?:dat|dit)\s+(?:is|was|zijn|waren|hoort|hoorde|gaat|ging|moet|kan|kon|zal|zou|leidt|leidde|betekent|geldt|vindt|vond|lijkt|blijft|werkt|helpt|kost|raakt|mag)\b)/iu;

export function refersBack(clause: string): boolean {
  const text = clause.trim();
  return [DEMONSTRATIVE_NOUN, PRONOMINAL_ADVERB, ANSWERS, DEFINITE_PROPOSAL, DEMONSTRATIVE_PRONOUN, VOTE, DEMONSTRATIVE_SUBJECT].some((pattern) => pattern.test(text));
}
