/**
 * The attribution cascade: who holds the position of one clause. Ordered rules, first match wins;
 * every result names its rule and a confidence:
 *
 *   R13-quote              inside direct speech: the quote's speaker (its tag, or who opened it)
 *   R16-vote               "Voor: A, B en C." / "Tegen: D.": the parties of a vote
 *   R14-backward-tag       "Dat heeft X verklaard": no position of its own; X holds what came before
 *   R9-shared-subject      "... uitten zorgen over A en vroegen B": second verb, same holder
 *   R0-writer-framing      the note-writer's voice ("Denk aan ...", "Er werd ingegaan op ...",
 *                          "kwam X aan bod", a sentence about the meeting itself): ends continuation
 *   R7-collective          a decision of a named body ("wordt gesteund in het LOVP", "Het LOVP
 *                          besluit", "..., waarin de jaarrekening is goedgekeurd")
 *   R7-agreed-task         "Afgesproken is dat het DB in kaart brengt ...": the actor the agreement tasks
 *   R7-collective-agentless "Afgesproken is ...", "Men heeft ingestemd": nobody's in particular
 *   R10-unnamed-function   "De secretaris zegt toe", "Enkele ondernemers vrezen": a subject no actor stands for
 *   R15-writer             first person outside quotes ("Wij vragen aandacht voor"): the writer,
 *                          unless a tag names the speaker ('"... we ...", aldus X')
 *   R15-writer-judgement   "X was afwezig, wat wij betreuren", "ons inziens": the writer
 *   R3-co-holder-met       "Met de korpschef benadrukten ze ...": both are holders
 *   R5-nominal-speech-act  "Op zorgen van de burgemeesters over A ...": holder of the noun
 *   R11-source-adverbial   "Volgens de PG ...", "..., aldus de korpschef", "namens X"
 *   R12-psych-verb         "Het verbaast de burgemeesters dat ...": the experiencer holds it
 *   R12-meets-resistance   "Dat stuit bij de burgemeesters op weerstand": those who resist
 *   R18-trailing-tag       "..., waarschuwen ze.", "..., legt Voskuilen uit.": the tag's subject
 *   R1-subject-verb        actor (or coordinated actors) as fronted subject
 *   R6b-anaphoric-description "De opstellers van de brief vragen ...": plural antecedent
 *   R6-pronoun             "Ze uitten" (plural verb) / "Ze benoemde", "Hij" (singular)
 *   R4-passive-door        "Door de PG werd benadrukt ..."
 *   R2-inverted            verb-second inversion: "Tijdens X kon de minister ...", "Ook vragen ze ..."
 *   R5-nominal-speech-act  (anywhere) "... het verlangen van de regioburgemeesters om ..."
 *   R8-continued           no holder of its own: continues the running report (decided by the caller)
 *   R10-unattributed       nothing recoverable: no holder is guessed
 *
 * A holder found as the subject of a verb that is neither a speech act nor a stated position
 * ("De regioburgemeesters leverden hun bijdrage", "De voorzitter opent de vergadering") holds no
 * statement: the clause is left unattributed (R17-no-position) and does not continue anybody's report.
 * Organisations are holders only with a speech act for the same reason.
 */
import { isLetterHeadBlock } from "../lexicon/letter-head.js";
import type { Attribution } from "../extraction.js";
import type { ActorMention } from "../actors/actor-index.js";
import { isFiniteVerb, SINGULAR_FORMS_IN_N } from "../lexicon/finite-verbs.js";
import {
  AGENDA_PASSIVE,
  ANAPHORIC_SOURCE,
  BACKWARD_TAG,
  DECISION_AT_START,
  DECISION_PASSIVE,
  DECISION_VERBS,
  DECLINES_TO_COMMENT,
  DISCUSSION_PASSIVE,
  EXPERIENCER_OBJECT,
  FIRST_PERSON_INVERTED,
  FIRST_PERSON_SUBJECT,
  WRITER_JUDGEMENT,
  LETTER_AND_PROCEDURE_FORMULA,
  LETTER_ANNOUNCES_ITSELF,
  NEXT_MEETING_ANNOUNCEMENT,
  OPINION_CLIMATE,
  PLURAL_ANAPHORIC_DESCRIPTION,
  PRONOUN_SUBJECT,
  PSYCH_VERB_BEFORE,
  RESISTANCE_AT_AFTER,
  RESISTANCE_AT_BEFORE,
  RESISTANCE_OF_BEFORE,
  SINGULAR_ANAPHORIC_DESCRIPTION,
  SOURCE_ADVERBIAL,
  SPOKESPERSON_NOUNS,
  SUBJECT_PREFIX,
  VOTE_LIST,
  VOTE_OUTCOME,
  VOTE_TALLY,
  VOTES_OF,
  UNANIMOUS,
  VOTE_SUBJECT_LIST,
  WRITER_IMPERATIVE,
  WRITER_OPINION,
} from "../lexicon/framing.js";
import { REPORTING_FINITE_FORMS, REPORTING_PARTICIPLES, SPEECH_ACT_NOUNS } from "../lexicon/reporting-verbs.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";
import { words, type Word } from "../sentences/words.js";
import { hasSpeechAct } from "../stance/speech-act.js";
import type { DiscourseState, Holder, SalienceEntry } from "./discourse.js";

export interface ClauseInput {
  text: string;
  start: number;
  end: number;
  mentions: ActorMention[];
  sharedSubject: boolean;
  /** False when a fronted phrase was split off before this clause (so it may start with its verb). */
  firstInSentence: boolean;
  /** Holder of the previous clause of the same sentence (for R9). */
  previousClause: { holder: Holder | null; attribution: Attribution; rule: string } | null;
  /** Organisation id of the meeting body ("org:lovp"), if known. */
  bodyId: string | null;
  /** Holder for the body's collective decisions (its members group, or the body itself). */
  bodyMembers: Holder | null;
  /** The writing body, when the document says who writes (holder of its first person). */
  writer: Holder | null;
  /** The speaker of the direct speech this clause lies in, when it does ("..." ), else null. */
  quote: { speaker: Holder | null; named: boolean } | null;
  /** The clause states a position by an evaluative or volitional cue ("wil", "steunt", "bezorgd"). */
  positionCue: boolean;
  /** The clause's only position cue is an obligation ("moet", "dient te", "is nodig"): its subject is what it is about, not who says it. */
  obligationCue: boolean;
}

export interface AttributionResult {
  holder: Holder | null;
  /** Mentions that are the holder (excluded from addressees and mentions). */
  holderMentions: ActorMention[];
  attribution: Attribution;
  rule: string;
  confidence: number;
  /** The clause ends a running report (writer framing). */
  breaksContinuation: boolean;
  /** The clause has its own subject that is not a speaker: do not continue into it. */
  blocksContinuation: boolean;
  /** R14: the speaker this clause names for what came before it. */
  backwardHolder?: Holder;
  /** R16: the stance a vote list states. */
  voteStance?: "support" | "oppose";
  /** Its own subject does not speak (an obligation put on it): continue only a report of the same paragraph. */
  continuesInParagraphOnly?: boolean;
  /** A first person no writer is known for: it continues only a body's collective decision ("Het bestuur stemde in. Daarmee kunnen we ..."). */
  continuesCollectiveOnly?: boolean;
}

export const CONFIDENCE: Record<Attribution, number> = {
  explicit: 0.9,
  coordinated: 0.85,
  collective: 0.8,
  pronoun: 0.75,
  continued: 0.55,
  unattributed: 0.2,
};

/** A third party the speaker names as the subject of a speech act (not a pronoun, not a continuation). */
const REPORTED_IN_QUOTE = /^(?:R1-subject-verb|R1-coordinated-subject|R4-passive-door)$/u;
/** What a speaker says others see is the speaker's own account ("Bewoners zien de politie nauwelijks"). */
const PERCEPTION = /(?<![\p{L}])(?:zien|ziet|zag|zagen)(?![\p{L}])/giu;

const COPULAS = /^(?:is|zijn|was|waren|wordt|worden|werd|werden|blijft|blijven|bleef|bleven|lijkt|lijken|leek|leken)$/i;
// "De leden", "Alle aanwezige voorzitters", and part of them: "Enkele leden", "Niet alle voorzitters", "De meeste deelnemers".
const BARE_MEMBERS = /^(?:(?:Ook|Alle|Verder|Daarnaast)\s+)?(?:[Dd]e|[Aa]lle|[Nn]iet\s+alle|[Ee]nkele|[Ss]ommige|[Mm]eerdere|[Ee]en\s+aantal|[Dd]e\s+meeste|[Vv]eel|[Ee]en\s+(?:ruime\s+|grote\s+|kleine\s+)?(?:meerderheid|minderheid)\s+van\s+de)\s+(?:aanwezige\s+)?(?:leden|voorzitters|deelnemers)\b(?!\s+van\b)/u;
const PRONOUN_AT_START = /^(?:(?:Ook|Daarnaast|Tevens|Verder|Voorts|Vervolgens|Bovendien|Wel|Maar|En|Toch|Daarom|Dus)\s+)?(ze|zij|hij)\s+([a-zà-öø-ÿ]+)/i;
const BODY_BEFORE_LIST = /^\s*(?:[Hh]et\s+|[Dd]e\s+)?(\p{L}[^:\n]{1,80}?)\s*:\s*$/u;
const AUXILIARY = /^(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kon|zal|zou|moet|moest|mag|mocht|gaat|ging|komt|kwam|staat|stond|ligt|lag|blijft|bleef)$/iu;
// Capitalised, or after a sentence adverb: a lower-case "die" opening a clause is a relative pronoun.
const DEMONSTRATIVE_SUBJECT = /^(?:(?:Ook|Wel|Maar|En)\s+(die|deze)|(Die|Deze))\s+(\p{Ll}+)\b/u;
const SPOKESPERSON = new RegExp(String.raw`(?:^(?:(?:Ook|Wel|Maar|Volgens)\s+)?|\b(?:volgens|aldus|zegt|zei|meldt|meldde|laat|liet)\s+)(?:een|de)\s+(?:${SPOKESPERSON_NOUNS}|voorlichter)\b(?!\s+(?:van|namens)\b)`, "iu");
const PARTITIVE_PRONOUN = /^(?:(?:Ook|Wel|Maar|Toch)\s+)?(?:een\s+aantal|enkelen?|sommigen|velen|de\s+meesten|een\s+(?:deel|meerderheid|minderheid)|twee|drie|vier|de\s+helft|geen\s+van\s+allen|(?:ieder|elk)\s+(?:een)?)\s+van\s+(?:hen|hun|ons)\b/i;
const POSSESSIVE_BODY = /^(?:(Ook|Daarnaast|Tevens|Verder|Wel|Maar|Volgens|Namens)\s+)?(zijn|haar|hun)\s+(?:fractie|partij|bond|vakbond|organisatie|vereniging|college|dienst|achterban|leden|stichting|branchevereniging|federatie|beroepsvereniging)\b/i;
const TITLES_BEFORE = "(?:(?:de heer|mevrouw|dhr\\.?|mw\\.?|mevr\\.?)\\s+)?";
const NOMINAL_AT_START = new RegExp(
  `^(?:(?:Op|Na|Naar aanleiding van|In reactie op|Gezien|Ondanks|Na afloop van)\\s+)?(?:de\\s+|het\\s+|een\\s+)?(?:${SPEECH_ACT_NOUNS})\\s+van\\s+(?:de\\s+|het\\s+)?${TITLES_BEFORE}$`,
  "i",
);
const NOMINAL_ANYWHERE = new RegExp(`\\b(?:${SPEECH_ACT_NOUNS}|verlanglijst\\w*)\\s+van\\s+(?:de\\s+|het\\s+|talrijke\\s+|veel\\s+|diverse\\s+|enkele\\s+)?${TITLES_BEFORE}$`, "i");
const NOMINAL_RELATIVE = new RegExp(`\\b(?:${SPEECH_ACT_NOUNS})\\s+(?:die|dat)\\s+(?:de\\s+|het\\s+)?$`, "i");
const AGENT_PLACE = /(?:\b(?:in|door|binnen|van)\s+(?:het\s+|de\s+)?)$/i;
const RELATIVE_PLACE = /^\s*,?\s*(?:waarin|waarbij|waar)\b/i;
/** The meeting's own business as the subject of a decision: "De motie is aangenomen", "Het verslag wordt vastgesteld". */
const MEETING_BUSINESS = /^(?:\S+\s+){0,3}?(?:de|het)\s+(?:[a-zà-öø-ÿ]+\s+)?(?:motie|moties|voorstel|raadsvoorstel|amendement|verslag|conceptverslag|notulen|agenda|besluitenlijst|begroting|jaarrekening|kaderbrief|stukken|hamerstuk)\b/i;
const LIST_MARKER = /^(?:[\u2022\-\u2013*\u25cf\u25e6]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)/u;
/** A speech act in the passive without its speaker: "Dit jaar wordt er om gevraagd ...", "werd voorgesteld". */
// The participle may also come first ("Voorgesteld wordt ...", "Gepleit werd voor ..."), and pleading
// ("Er wordt gepleit voor ...") is a request like asking: without its agent neither has a holder.
const AGENTLESS_SPEECH =
  /\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:er\s+)?(?:\S+\s+){0,4}?(?:om\s+)?(?:gevraagd|verzocht|voorgesteld|gesuggereerd|aangedrongen|opgemerkt|gepleit|bepleit)\b|^(?:Voorgesteld|Gevraagd|Verzocht|Gesuggereerd|Gepleit|Bepleit)\s+(?:wordt|werd|is)\b/i;
/** A passive with an agent that is no known actor: "is door een agent het noodbevel voorgelezen". */
const UNKNOWN_AGENT = /\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,3}door\s+(?:een|de|het)\s+\p{Ll}+\b(?:\s+\S+){0,4}\s+(?:ge|be|ver|voor|onder)\p{L}+(?:d|t|en)\b/u;
// "De directeur zegt toe ...", where the document names no director: someone speaks whom no actor stands for.
const UNNAMED_FUNCTION = new RegExp(`^(?:De|Het)\\s+(?:${ROLE_PATTERN})\\s+(\\p{L}+)`, "u");
// "Niet alle voorzitters waren overtuigd", "Enkele ondernemers vrezen ...": part of a group no actor stands for.
const UNKNOWN_GROUP = /^(?:Niet\s+alle|Alle|Enkele|Sommige|Meerdere|Diverse|Verschillende|Een\s+aantal|Een\s+paar|De\s+meeste|Veel)\s+\p{Ll}+\s+(\p{L}+)/u;
// "De directeur wordt gevraagd ...": the subject of the passive is asked, it does not ask.
const ADDRESSED_PASSIVE = /^\s*(?:wordt|worden|werd|werden)\s+(?:\S+\s+){0,3}?(?:gevraagd|verzocht|opgeroepen|uitgenodigd|aangespoord|gemaand)\b/u;
// ", de burgemeester van X,", ", die ...,", ", coördinator bij het expertisecentrum,": between a subject and its verb.
const APPOSITION_AFTER_SUBJECT = new RegExp(
  String.raw`^\s*,\s*(?:(?:een|de|het|die|dat|wie|wiens|wier|waar\p{Ll}*|(?:in|van|met|bij|voor|namens|over|onder)\s+(?:wie|wiens|wier)|sinds|tevens|zelf|verantwoordelijk|inmiddels|destijds|eveneens|voormalig|waarnemend|nog|net|pas)\b[^,]{0,120}?|(?=\p{Ll})[^,]{0,60}?(?:lid|${ROLE_PATTERN})[^,]{0,80}?),(?=\s)`,
  "u",
);
/** Before a passive's agent: an article, or a quantifier that picks some of a group ("door meerdere burgemeesters"). */
const AGENT_DETERMINER = String.raw`(?:de\s+|het\s+|(?:meerdere|enkele|diverse|verschillende|sommige|alle|een\s+aantal|een\s+paar)\s+)?(?:(?:heer|lid|mevrouw|dhr\.?|mw\.?|mevr\.?|${ROLE_PATTERN})\s+)?`;
const PRONOMINAL_ADVERB = /^(?:hier|daar)$/i;
/** "op verzoek van X": the agenda business names whose wish it was. */
const AT_SOMEONES_REQUEST = /\bop\s+(?:verzoek|voorstel|advies)\s+van\b/i;
const AGENT_AFTER_PASSIVE = new RegExp(String.raw`\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,2}door\s+${AGENT_DETERMINER}$`, "i");
const FIRST_PERSON_CAPACITY = /^(?:\S+\s+){0,4}?(?:wij|we)\s+(?:\S+\s+){0,3}?als\s+(?:de\s+|het\s+)?$/i;
const CAPACITY_FRONTED = /^\s*["'“‘]?Als\s+(?:de\s+|het\s+)?$/i;
// "Van de zijde van de VNG werd opgemerkt ...", "Vanuit de politie werd gemeld ...": in minutes the
// side a remark came from is its agent, as "door" is.
const SIDE = String.raw`^\s*(?:[Vv]an\s+de\s+zijde\s+van|[Vv]anuit|[Nn]amens)`;
const SIDE_FRONTED = new RegExp(String.raw`${SIDE}\s`, "iu");
const AGENT_FRONTED = new RegExp(String.raw`(?:(?:^|\b)[Dd]oor|${SIDE})\s+${AGENT_DETERMINER}$`, "u");
const TAG_DESCRIPTION = /^(?:het|de)\s+(?:collectief|samenwerkingsverband|beraad|college|bestuur|organisatie|vereniging)\b/i;

const isPluralVerb = (verb: string): boolean => /n$/i.test(verb) && !SINGULAR_FORMS_IN_N.has(verb.toLowerCase());

/** "Het algemeen bestuur:" above a list of decisions: the body (and nothing else) before the colon holds each item. */
export function bodyAboveList(text: string, mentions: ActorMention[]): Holder | null {
  const named = BODY_BEFORE_LIST.exec(text)?.[1];
  const body = mentions.length === 1 ? mentions[0]! : undefined;
  if (!named || !body || (body.kind !== "organisation" && body.kind !== "group") || named.length !== body.surface.length) return null;
  return holderOf([body]);
}

export function holderOf(mentions: ActorMention[]): Holder {
  return {
    actorIds: [...new Set(mentions.map((m) => m.actorId))],
    plural: mentions.length > 1 || mentions.some((m) => m.plural),
    human: mentions.some((m) => m.human),
  };
}

/**
 * Mentions joined by "en" / "," right after `first`: "De PG en de korpschef ...", "A, B en C".
 * Commas without a closing "en" make an apposition ("Hazelaar, voorzitter van X"), not a list.
 */
function coordinatedWith(text: string, mentions: ActorMention[], index: number, offset: number): ActorMention[] {
  const group = [mentions[index]!];
  let joinedByEn = false;
  for (let i = index + 1; i < mentions.length; i++) {
    const gap = text.slice(group[group.length - 1]!.end - offset, mentions[i]!.start - offset);
    if (!/^\s*(?:,|en|,\s*en|&)\s+(?:de\s+|het\s+)?$/i.test(gap)) break;
    if (/\ben\b|&/u.test(gap)) joinedByEn = true;
    group.push(mentions[i]!);
  }
  return joinedByEn ? group : group.slice(0, 1);
}

/** A description opening the clause, up to the comma of the apposition that names it. */
const DESCRIPTION_BEFORE_APPOSITION = /^(?:(?:Ook|Daarnaast|Verder|Wel|Toch|Maar)\s+)?(?:De|Het|Onze|Ons|Mijn|Zijn|Haar|Hun|[Dd]oor\s+de|[Dd]oor\s+het)\s+[^,.;:"'()]{2,80}?,\s+(?:(?:de heer|mevrouw|dhr\.?|mw\.?|mevr\.?|\p{Ll}[\p{L}-]+)\s+)?$/u;

/**
 * The person an apposition names after a fronted description, when a finite verb follows the
 * apposition ("De advocaat van de huurder, Kees Vermolen, noemt ..."; with "Door ..." the verb is
 * the passive's auxiliary: "Door de voorzitter van de regio, burgemeester Smit, werd voorgesteld").
 */
function namedInApposition(text: string, mentions: ActorMention[], local: (m: ActorMention) => number): ActorMention | null {
  for (const m of mentions) {
    if (m.kind !== "person" && m.kind !== "office") continue;
    // The mention may hold (the end of) the description itself ("voorzitter van het beraad, burgemeester Tolhuis").
    const comma = m.surface.lastIndexOf(", ");
    const before = text.slice(0, local(m)) + (comma >= 0 ? m.surface.slice(0, comma + 2) : "");
    if (!DESCRIPTION_BEFORE_APPOSITION.test(before)) continue;
    const verb = /^(?:\s*\([^()]*\))?\s*,\s+(\p{L}+)/u.exec(text.slice(local(m) + m.surface.length));
    if (!verb || !isFiniteVerb(verb[1]!)) return null;
    if (/\bdoor\s/iu.test(before.slice(0, 12)) && !/^(?:wordt|werd|is|zijn|worden|werden)$/iu.test(verb[1]!)) return null;
    return m;
  }
  return null;
}

/**
 * Words that describe a person before the name, opening the clause: "Haar collega X", "Regionaal
 * projectleider Y van het RIEC", "Teamleider cybercrime Z". Not a preposition or a subordinator:
 * after "Na X" or "Volgens X" the name is no subject.
 */
const DESCRIPTION_BEFORE_NAME = /^(?:(?:Ook|Daarnaast|Verder|Wel|Toch|Maar|En)\s+)?(?:(?:haar|zijn|hun|de|het)\s+)?(?:(?!(?:op|in|na|met|door|volgens|namens|tijdens|voor|bij|van|over|aan|onder|zonder|tegen|naast|sinds|vanwege|dankzij|dat|die|als|omdat|toen|nadat|waarna|aldus|zegt|zei|stelt|en|of|maar)\s)[\p{L}][\p{L}-]*\s+){1,3}$/iu;

/**
 * The first person named in the clause, after a description of a few words and followed (past its
 * "van"-phrase, brackets and appositions) by a finite verb: the subject.
 */
const TITLE_WORD = /^(?:burgemeester|minister|wethouder|staatssecretaris|korpschef|commissaris|voorzitter|directeur|hoofdcommissaris|politiechef|districtschef|teamchef)$/iu;
const LOOKS_FINITE = /^(?!(?:een|ten|met|tegen|zonder|binnen|buiten|boven|beneden|achter|even|heel|steeds|vaak|echt|niet|toch|ook|net|pas|ruim|flink|sterk|samen|verder)$)\p{Ll}{3,}(?:t|en|de|te)$/u;

function namedAfterDescription(text: string, mentions: ActorMention[], local: (m: ActorMention) => number): ActorMention | null {
  const m = mentions[0];
  if (!m || m.kind !== "person") return null;
  const before = text.slice(0, local(m));
  if (!DESCRIPTION_BEFORE_NAME.test(before)) return null;
  // A verb or a pronominal adverb among them makes the name an object or an inverted subject ("Daarin wordt de burgemeester ...").
  if (before.trim().split(/\s+/).some((w) => isFiniteVerb(w) || /^(?:daar|hier|er|waar)\p{L}*$/iu.test(w))) return null;
  const rest = afterNounPhrase(text.slice(local(m) + m.surface.length).replace(/^\s+van\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}/u, ""));
  const verb = /^\s+(\p{Ll}+)/u.exec(rest);
  // Any present or past form will do here ("herkent", "reageert"), not only the listed verbs.
  return verb && (isFiniteVerb(verb[1]!) || LOOKS_FINITE.test(verb[1]!)) ? m : null;
}

/** Skips an apposition or a bracket right after a mention: "Voskuilen, de burgemeester van X," / "de regioburgemeesters (en ...)". */
function afterNounPhrase(text: string): string {
  let rest = text;
  for (;;) {
    const bracket = /^\s*\([^()]*\)/u.exec(rest);
    if (bracket) {
      rest = rest.slice(bracket[0].length);
      continue;
    }
    const apposition = APPOSITION_AFTER_SUBJECT.exec(rest);
    if (apposition) {
      rest = rest.slice(apposition[0].length);
      continue;
    }
    return rest;
  }
}

/** The words at `at` (of `length`) are the experiencer object of EXPERIENCER_OBJECT. */
function isExperiencer(text: string, at: number, length: number): boolean {
  return EXPERIENCER_OBJECT.some((e) => e.before.test(text.slice(0, at)) && e.after.test(text.slice(at + length)));
}

/** Inside brackets or a relative clause ("(en de twee burgemeesters die namens de VNG deelnemen)"). */
function insideAside(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("(") > before.lastIndexOf(")") || /\b(?:die|dat|wie)\s+(?:\S+\s+){0,3}namens\s+(?:de\s+|het\s+)?$/i.test(before);
}

function result(
  holder: Holder | null,
  holderMentions: ActorMention[],
  attribution: Attribution,
  rule: string,
  confidence = CONFIDENCE[attribution],
): AttributionResult {
  return { holder, holderMentions, attribution, rule, confidence, breaksContinuation: false, blocksContinuation: false };
}

/** A subordinate clause or an aside starts here: what it names may still be the pronoun's antecedent ("zij vinden dat de burgemeesters ..."). */
const CLAUSE_BOUNDARY = /[,;:(]|\s(?:dat|of|om|omdat|die|wat|wie|als|wanneer|zodat|terwijl|nadat|waarin|waarbij|waarop|hoe|aangezien|zoals)\s/u;

function mainClauseMentions(input: ClauseInput): ActorMention[] {
  const boundary = CLAUSE_BOUNDARY.exec(input.text)?.index ?? input.text.length;
  return input.mentions.filter((m) => m.start - input.start < boundary);
}

/**
 * A pronoun subject does not stand for an actor its own clause names: in "Hij vraagt de minister
 * ..." he is not the minister (`clauseMentions`).
 */
function resolvePronoun(state: DiscourseState, plural: boolean, rule: string, clauseMentions: ActorMention[] = [], pronoun = ""): AttributionResult | null {
  const word = pronoun.toLowerCase();
  const gender = /^(?:hij|hem|zijn)$/.test(word) ? "male" : !plural && /^(?:zij|ze|haar)$/.test(word) ? "female" : undefined;
  const found = state.resolvePronoun(plural, new Set(clauseMentions.map((m) => m.actorId)), gender);
  if (!found) return null;
  return result(found.holder, [], "pronoun", rule, found.local ? CONFIDENCE.pronoun : 0.6);
}

/** "Gemeenten moeten toegang krijgen": the subject is what a position is about; the report it stands in may go on. */
function obligedSubject(): AttributionResult {
  return { ...result(null, [], "unattributed", "R10-unattributed"), continuesInParagraphOnly: true };
}

/**
 * A news item opens with the place in capitals (and maybe the date) and a dash before its first
 * sentence ("WESTERHOLT – Burgemeester X heeft ...", "ZUIDERVEEN, 3 mei 2021 – De brandweer ...", a press release's "Ommerdal, 12 april 2017 - Het OM ..."): the dateline is read past, so the subject after it is still fronted.
 */
const NEWS_DATELINE = /^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{2,}(?:,\s*\d{1,2}\s+\p{Ll}+(?:\s+\d{4})?)?|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s*\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+\d{4})?)\s+[-–—]\s+/u;

/** A label no actor is known for ("Gemeente: de burgemeester overweegt ..."): the subject after it is still fronted. */
const UNKNOWN_LABEL = /^\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{L}+){0,2}:[^\S\n]+/u;

function subjectPrefix(before: string): boolean {
  return SUBJECT_PREFIX.test(before.replace(NEWS_DATELINE, "").replace(UNKNOWN_LABEL, ""));
}

/** A subject that is not a speaker: the clause takes no position of its own. */
function noPosition(rule = "R17-no-position"): AttributionResult {
  return { ...result(null, [], "unattributed", rule), blocksContinuation: true };
}

/** "..., waarschuwen ze." / '"...", stelt Voskuilen, de burgemeester van X.' / "..., laat het collectief weten ..." */
function trailingTag(input: ClauseInput, state: DiscourseState): AttributionResult | null {
  const { text, start, mentions } = input;
  // After a comma or a closing quote of either kind: '"...," zegt hij', "'...,' zegt Stoffels".
  for (const m of text.matchAll(/[,"'’”]\s*["'’”]?\s*(?:zo\s+)?(\p{L}+)\s+/gu)) {
    const verb = m[1]!.toLowerCase();
    if (!REPORTING_FINITE_FORMS.has(verb)) continue;
    const at = m.index! + m[0].length;
    // The tag closes the sentence: no finite reporting verb of a longer clause follows.
    const rest = text.slice(at);
    if (rest.split(/\s+/).length > 16) continue;
    const mention = mentions.find((x) => x.start - start >= at && x.start - start <= at + 24 && /^(?:(?:de|het|voorzitter|burgemeester|minister|korpschef)\s+)*$/i.test(text.slice(at, x.start - start)));
    if (mention) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(mention), start);
      return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R18-trailing-tag");
    }
    const pronoun = /^(ze|zij|hij)\b/i.exec(rest);
    if (pronoun) return resolvePronoun(state, pronoun[1]!.toLowerCase() !== "hij" && isPluralVerb(verb), "R18-trailing-tag", mainClauseMentions(input), pronoun[1]);
    if (TAG_DESCRIPTION.test(rest)) return resolvePronoun(state, true, "R18-trailing-tag", mainClauseMentions(input));
  }
  return null;
}

/** '"...", aldus raadslid X.': the source adverbial (R11) that closes the words before it. */
function aldusTag(input: ClauseInput): AttributionResult | null {
  const { text, start, mentions } = input;
  const at = mentions.findIndex((m) => /aldus/u.test(SOURCE_ADVERBIAL.exec(text.slice(0, m.start - start))?.[0] ?? ""));
  if (at < 0) return null;
  const group = coordinatedWith(text, mentions, at, start);
  return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R11-source-adverbial");
}

export function attributeClause(given: ClauseInput, state: DiscourseState): AttributionResult {
  // A list item's marker ("• De minister ...", "2) Ze vroegen ...") stands before the sentence, not in it.
  const marker = LIST_MARKER.exec(given.text)?.[0].length ?? 0;
  const input = marker ? { ...given, text: given.text.slice(marker), start: given.start + marker } : given;
  const found = attributeDeclarative(input, state);
  // The subject of a question is who is asked about, not who asks ("Hoe denkt het kabinet ...?").
  if (found.holder && /\?["')]*\s*$/u.test(input.text) && /^(?:R1-|R2-)/u.test(found.rule)) return result(null, [], "unattributed", "R10-unattributed");
  return found;
}

function attributeDeclarative(input: ClauseInput, state: DiscourseState): AttributionResult {
  const { text, start, mentions } = input;
  const local = (m: ActorMention): number => m.start - start;
  const ownMentions = mainClauseMentions(input);

  // R13: direct speech belongs to its speaker, except what it reports of someone it names
  // ('"Onze commandant waarschuwde vorige maand al dat ...", "De minister heeft ons beloofd ..."').
  if (input.quote) {
    const { speaker, named } = input.quote;
    if (speaker) {
      // Only a clause with a speech act can report one; the cascade then runs again without the quote.
      if (mentions.length > 0 && hasSpeechAct(text.replace(PERCEPTION, "…"))) {
        const opening = /^["'‘“]\s*/u.exec(text)?.[0].length ?? 0;
        const reported = attributeDeclarative({ ...input, text: text.slice(opening), start: start + opening, quote: null }, state);
        if (reported.holder && REPORTED_IN_QUOTE.test(reported.rule) && !reported.holder.actorIds.some((id) => speaker.actorIds.includes(id))) {
          return { ...reported, rule: `${reported.rule}-in-quote` };
        }
      }
      return result(speaker, [], named ? "explicit" : "continued", "R13-quote", named ? 0.85 : 0.6);
    }
  }

  // Direct speech opening the clause and closed by its tag ('"We moeten ...," zegt X.'): the tag
  // decides before anything inside the quote (its "we", an "afgesproken") can.
  if (/^["'‘“]/u.test(text)) {
    const tag = trailingTag(input, state);
    if (tag) return tag;
  }

  // R16: the lists of a vote.
  const vote = VOTE_LIST.exec(text);
  const subjectVote = vote ? null : VOTE_SUBJECT_LIST.exec(text);
  if (vote || subjectVote) {
    // With the list as subject only the parties it names vote ("..., zegt de burgemeester" is no voter).
    const listEnd = subjectVote ? subjectVote[1]!.length : text.length;
    const parties = mentions.filter((m) => (m.kind === "organisation" || m.kind === "group" || m.kind === "person") && local(m) < listEnd);
    const side = vote ? vote[1]! : subjectVote![2]!;
    if (parties.length > 0) return { ...result(holderOf(parties), parties, parties.length > 1 ? "coordinated" : "explicit", "R16-vote"), voteStance: /^tegen/iu.test(side) ? "oppose" : "support" };
  }

  // R16: an outcome with its tally is the position of those who carried it: the parties it names
  // ("met de stemmen van A en B") or else the meeting's body ("unaniem", "met 19 stemmen voor").
  const outcome = VOTE_OUTCOME.exec(text);
  if (outcome && VOTE_TALLY.test(text) && !/\bvoor\s+kennisgeving\b/iu.test(text)) {
    const voteStance = /^verw/iu.test(outcome[1] ?? outcome[2]!) ? "oppose" : "support";
    const votesOf = VOTES_OF.exec(text);
    const carriers = votesOf
      ? mentions.filter((m) => (m.kind === "organisation" || m.kind === "group" || m.kind === "person") && local(m) >= votesOf.index + votesOf[0].length)
      : [];
    if (carriers.length > 0) return { ...result(holderOf(carriers), carriers, carriers.length > 1 ? "coordinated" : "explicit", "R16-vote-outcome"), voteStance };
    // A split vote is the body's only when the body is the subject ("De raad verwerpt ... met 12 stemmen voor").
    const body = input.bodyId ? mentions.filter((m) => m.actorId === input.bodyId && subjectPrefix(text.slice(0, local(m)))) : [];
    if (!votesOf && input.bodyMembers && (UNANIMOUS.test(text) || body.length > 0)) {
      return { ...result(input.bodyMembers, body, "collective", "R16-vote-outcome"), voteStance };
    }
  }

  // R14: "Dat heeft X verklaard" names the speaker of what came before and states nothing itself.
  const backward = BACKWARD_TAG.exec(text);
  if (backward && isFiniteVerb(backward[1]!) && hasSpeechAct(text) && !mentions.some((m) => isExperiencer(text, local(m), m.surface.length))) {
    // "Dat houdt het korps niet vol, waarschuwde hij": the speech act is the tag's; "Dat" is the content's own subject.
    const tag = trailingTag(input, state);
    if (tag) return tag;
    const verbEnd = backward[0].length;
    const first = mentions.find((m) => local(m) >= verbEnd && /^\s*(?:(?:de|het|ook|alle|[a-zà-öø-ÿ]+e|burgemeester|minister|voorzitter|korpschef)\s+)*$/i.test(text.slice(verbEnd, local(m))));
    if (first) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(first), start);
      return { ...result(null, group, "unattributed", "R14-backward-tag"), backwardHolder: holderOf(group) };
    }
  }

  // R9: the second verb of a coordinated verb phrase shares the first verb's holder.
  if (input.sharedSubject && input.previousClause?.holder) {
    const prev = input.previousClause;
    return result(prev.holder, [], prev.attribution, "R9-shared-subject");
  }

  // R0: the writer's voice.
  if (isLetterHeadBlock(text) || WRITER_IMPERATIVE.test(text) || DISCUSSION_PASSIVE.test(text) || LETTER_AND_PROCEDURE_FORMULA.test(text) || LETTER_ANNOUNCES_ITSELF.test(text) || NEXT_MEETING_ANNOUNCEMENT.test(text)) {
    return { ...result(null, [], "unattributed", "R0-writer-framing"), breaksContinuation: true };
  }
  // The one who declines to comment may still speak in the next sentence: the report is not broken.
  if (DECLINES_TO_COMMENT.test(text)) return noPosition("R17-declines-comment");
  // "Daarover lopen de meningen uiteen", "Niet iedereen is overtuigd": the writer sums up a climate of
  // opinion and names its holders, if at all, in what follows; only a tag ("..., zegt zij") gives one.
  if (OPINION_CLIMATE.test(text) && !trailingTag(input, state)) return noPosition("R17-opinion-climate");

  // R7: collective decision of a named body: the meeting body as subject or place, or a body
  // followed by "waarin ... is goedgekeurd".
  const bodyMention = input.bodyId ? mentions.find((m) => m.actorId === input.bodyId) : undefined;
  if (bodyMention && input.bodyMembers) {
    const before = text.slice(0, local(bodyMention));
    const after = text.slice(local(bodyMention) + bodyMention.surface.length).trimStart();
    const bodyIsSubject = subjectPrefix(before) && DECISION_VERBS.test(after);
    const bodyIsPlace = /\b(?:in|door|binnen)\s+(?:het\s+|de\s+)?$/i.test(before) && DECISION_PASSIVE.test(text);
    if (bodyIsSubject || bodyIsPlace) return result(input.bodyMembers, [bodyMention], "collective", "R7-collective");
  }
  if (DECISION_PASSIVE.test(text)) {
    const place = mentions.find(
      (m) =>
        (m.kind === "organisation" || m.kind === "group") &&
        (RELATIVE_PLACE.test(text.slice(local(m) + m.surface.length)) || (AGENT_PLACE.test(text.slice(0, local(m))) && !/\bvan\s+(?:het\s+|de\s+)?$/i.test(text.slice(0, local(m))))),
    );
    if (place) return result(holderOf([place]), [place], "collective", "R7-collective");
  }
  if (DECISION_AT_START.test(text)) {
    // "Afgesproken is dat het DB eerst in kaart brengt ...": the actor the agreement tasks commits.
    const task = /^(?:\S+\s+){0,4}?(?:afgesproken|besloten|overeengekomen|geconcludeerd)\s*(?:is|wordt|werd)?\s*,?\s*dat\s+(?:(?:eerst|nu|voortaan|ook)\s+)?(?:de\s+|het\s+)?$/i;
    const tasked = mentions.find((m) => task.test(text.slice(0, local(m))) && /^\s+(?:\([^)]*\)\s+)?(?:\S+\s+){0,4}?\p{L}+(?:t|en|de|te)\b/u.test(text.slice(local(m) + m.surface.length)));
    if (tasked) return result(holderOf([tasked]), [tasked], "explicit", "R7-agreed-task", 0.7);
    return { ...result(null, [], "unattributed", "R7-collective-agentless"), breaksContinuation: true };
  }
  if (input.bodyMembers && BARE_MEMBERS.test(text)) return result(input.bodyMembers, [], "collective", "R7-collective");
  // "De motie is met ruime meerderheid aangenomen", "Dit jaar wordt er om gevraagd ...", "is door een
  // agent het noodbevel voorgelezen": a passive whose agent is nobody or nobody known holds no position.
  const agentless = !/\bdoor\s+/i.test(text) && !SIDE_FRONTED.test(text) && !mentions.some((m) => subjectPrefix(text.slice(0, local(m))));
  if (agentless && DECISION_PASSIVE.test(text) && MEETING_BUSINESS.test(text)) return { ...result(null, [], "unattributed", "R7-collective-agentless"), blocksContinuation: true };
  if (agentless && AGENDA_PASSIVE.test(text) && !AT_SOMEONES_REQUEST.test(text)) return { ...result(null, [], "unattributed", "R7-agenda-agentless"), blocksContinuation: true };
  if (agentless && AGENTLESS_SPEECH.test(text)) return { ...result(null, [], "unattributed", "R10-agentless-passive"), blocksContinuation: true };
  if (UNKNOWN_AGENT.test(text) && !mentions.some((m) => /\bdoor\s+(?:de\s+|het\s+|een\s+)?$/i.test(text.slice(0, local(m))))) {
    return { ...result(null, [], "unattributed", "R10-agentless-passive"), blocksContinuation: true };
  }

  const unnamed = UNNAMED_FUNCTION.exec(text) ?? UNKNOWN_GROUP.exec(text);
  if (unnamed && (REPORTING_FINITE_FORMS.has(unnamed[1]!.toLowerCase()) || /^(?:zijn|waren)$/i.test(unnamed[1]!)) && !mentions.some((m) => local(m) < unnamed[0].length)) {
    return { ...result(null, [], "unattributed", "R10-unnamed-function"), blocksContinuation: true };
  }

  // R15: the writer's first person.
  const writerOpinion = WRITER_OPINION.test(text) && !mentions.some((m) => subjectPrefix(text.slice(0, local(m))));
  if (FIRST_PERSON_SUBJECT.test(text) || (FIRST_PERSON_INVERTED.test(text) && !mentions.some((m) => local(m) < 20)) || writerOpinion) {
    // A tag names whose "we" it is ('"... die we terugwinnen", aldus raadslid X', "Zonder X dweilen
    // we ..., zegt zij"); without one, the writer's. Otherwise whoever "wij" are, they are not the
    // person reported before, only maybe the body that just decided.
    const tag = trailingTag(input, state) ?? aldusTag(input);
    if (tag) return tag;
    // "Wij hebben als regioburgemeesters ...", "Als korpsleiding zien wij ...": the first person
    // plural names the group it speaks as, which is the holder ("ik als voorzitter" stays the writer).
    const capacity = mentions.find((m) => {
      if (m.kind !== "group" && m.kind !== "organisation") return false;
      const before = text.slice(0, local(m));
      const after = text.slice(local(m) + m.surface.length);
      return FIRST_PERSON_CAPACITY.test(before) || (CAPACITY_FRONTED.test(before) && /^\s*,?\s*\p{L}+\s+(?:wij|we)\b/iu.test(after));
    });
    if (capacity) return result(holderOf([capacity]), [capacity], "explicit", "R15-first-person-capacity");
    if (input.writer) return result(input.writer, [], "pronoun", "R15-writer", 0.8);
    return { ...result(null, [], "unattributed", "R10-unattributed"), continuesCollectiveOnly: true };
  }

  // R15 too: the writer's judgement of what someone else did, unless it sits in what that someone
  // says ("De korpschef vraagt of dit door ons kan worden opgepakt").
  const judgement = input.writer ? WRITER_JUDGEMENT.exec(text) : null;
  if (judgement && !/(?<![\p{L}])(?:dat|of)(?![\p{L}])/u.test(text.slice(0, judgement.index))) return result(input.writer, [], "pronoun", "R15-writer-judgement", 0.7);

  const first = mentions[0];
  // R3: "Met X <verb> ze/Y": co-holders.
  if (first && /^Met\s+(?:de\s+|het\s+)?$/i.test(text.slice(0, local(first)))) {
    const rest = text.slice(local(first) + first.surface.length);
    const m = /^\s+([a-zà-öø-ÿ]+)\s+(ze|zij|hij)\b/i.exec(rest);
    if (m && isFiniteVerb(m[1]!)) {
      const plural = m[2]!.toLowerCase() !== "hij" && isPluralVerb(m[1]!);
      const other = state.resolvePronoun(plural);
      if (other) {
        const ids = [...new Set([...other.holder.actorIds, first.actorId])];
        return result({ actorIds: ids, plural: true, human: true }, [first], "coordinated", "R3-co-holder-met");
      }
    }
    const second = mentions[1];
    if (second && /^\s+[a-zà-öø-ÿ]+\s+(?:de\s+|het\s+)?$/i.test(text.slice(local(first) + first.surface.length, local(second)))) {
      return result(holderOf([first, second]), [first, second], "coordinated", "R3-co-holder-met");
    }
  }

  // R5: a fronted nominal speech act names its holder with "van".
  for (const m of mentions) {
    if (NOMINAL_AT_START.test(text.slice(0, local(m)))) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, "explicit", "R5-nominal-speech-act");
    }
  }

  // R11 / R12: the holder in a source adverbial or as the experiencer of a psych verb.
  for (const m of mentions) {
    const before = text.slice(0, local(m));
    if (SOURCE_ADVERBIAL.test(before) && !insideAside(text, local(m)) && (!/\b[Nn]amens\s+(?:de\s+|het\s+)?$/u.test(before) || hasSpeechAct(text) || input.positionCue)) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R11-source-adverbial");
    }
    if (RESISTANCE_OF_BEFORE.test(before) || (RESISTANCE_AT_BEFORE.test(before) && RESISTANCE_AT_AFTER.test(text.slice(local(m) + m.surface.length)))) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R12-meets-resistance");
    }
    if (PSYCH_VERB_BEFORE.test(before) || isExperiencer(text, local(m), m.surface.length)) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R12-psych-verb");
    }
  }
  // "Dat antwoord stelde verschillende voorzitters teleur": the meeting's members as experiencer.
  const members = input.bodyMembers ? /(?<![\p{L}])(?:leden|voorzitters|deelnemers)(?![\p{L}])/iu.exec(text) : null;
  if (members && isExperiencer(text, members.index, members[0].length)) {
    return result(input.bodyMembers!, [], "collective", "R12-psych-verb");
  }
  // "Dat stuitte op verzet van enkele voorzitters": the members resist.
  if (members && RESISTANCE_OF_BEFORE.test(text.slice(0, members.index))) return result(input.bodyMembers!, [], "collective", "R12-meets-resistance");
  // "Volgens de voorzitters kampen meerdere regio's met tekorten": the members as the source.
  if (members && SOURCE_ADVERBIAL.test(text.slice(0, members.index))) return result(input.bodyMembers!, [], "collective", "R11-source-adverbial");
  if (ANAPHORIC_SOURCE.test(text)) {
    const resolved = resolvePronoun(state, true, "R11-source-adverbial", ownMentions);
    if (resolved) return resolved;
  }
  // "volgens hem", "naar haar zeggen", "aldus zij": a pronoun in the source adverbial.
  const sourcePronoun = /(?:\b[Vv]olgens|,\s*aldus|\b[Nn]aar\s+(?:zijn|haar|hun)\s+(?:zeggen|mening|oordeel)|\b[Ii]n\s+(?:zijn|haar|hun)\s+ogen)\s*(hem|haar|hen|hun|hij|zij|ze)?\b/u.exec(text);
  // After a colon or semicolon the pronoun points back to the subject of the part before it ("De
  // burgemeester ontraadde het amendement: een jaar is volgens hem te kort"), which R1 then finds.
  const separator = sourcePronoun ? text.slice(0, sourcePronoun.index).search(/[:;]/u) : -1;
  const subjectBefore = separator >= 0 && first !== undefined && first.human && local(first) < separator && subjectPrefix(text.slice(0, local(first)));
  if (sourcePronoun && !subjectBefore && (sourcePronoun[1] || /\b(?:[Nn]aar|[Ii]n)\s+(?:zijn|haar|hun)\b/u.test(sourcePronoun[0]))) {
    const pronoun = (sourcePronoun[1] ?? /(zijn|haar|hun)/u.exec(sourcePronoun[0])![1]!).toLowerCase();
    const resolved = resolvePronoun(state, pronoun === "hen" || pronoun === "hun", "R11-source-adverbial", ownMentions, pronoun);
    if (resolved) return resolved;
  }

  // R13: a direct quotation introduced by its speaker: 'De korpschef: "..."'.
  if (first && subjectPrefix(text.slice(0, local(first))) && /^\s*:\s*["']/u.test(text.slice(local(first) + first.surface.length))) {
    return result(holderOf([first]), [first], "explicit", "R13-direct-quote");
  }

  // R18: a reporting tag closing the sentence.
  const tag = trailingTag(input, state);
  if (tag) return tag;

  // R4: passive with a "door"-agent next to the auxiliary and a speech or decision participle.
  const clauseWords = words(text);
  for (const m of mentions) {
    const before = text.slice(0, local(m));
    const after = text.slice(local(m) + m.surface.length);
    const agentBefore = AGENT_AFTER_PASSIVE.test(before);
    const agentFirst = AGENT_FRONTED.test(before) && /^\s+(?:wordt|werd|is|zijn|worden|werden)\b/i.test(after);
    // A verbless report: "Deze motie mede-ondertekend door X en Y."
    const agentVerbless = /\b\p{L}*(?:ge|onder)\p{L}+[dt]\s+door\s+(?:de\s+|het\s+)?$/u.test(before);
    const participle = clauseWords.some((w) => REPORTING_PARTICIPLES.has(w.text.toLowerCase()) || /^(?:bekrachtigd|goedgekeurd|vastgesteld|besloten|toegezegd|aangekondigd|gesteund|afgewezen|opgesteld|gemaakt|ondertekend|mede-ondertekend|gedaan|ingediend)$/i.test(w.text));
    if (((agentBefore || agentFirst) && participle) || agentVerbless) {
      if (agentVerbless) {
        const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
        return result(holderOf(group), group, group.length > 1 ? "coordinated" : "explicit", "R4-passive-door");
      }
      return result(holderOf([m]), [m], "explicit", "R4-passive-door");
    }
  }

  const speaks = hasSpeechAct(text) || input.positionCue;
  // R1 with the name in an apposition after a description: "De voorzitter van het beraad,
  // burgemeester Tolhuis, sprak ...", "De secretaris, de heer Pronk, licht toe ...".
  const named = namedInApposition(text, mentions, local) ?? namedAfterDescription(text, mentions, local);
  if (named) return result(holderOf([named]), [named], "explicit", /^[Dd]oor\s/u.test(text) ? "R4-passive-door" : "R1-subject-verb");
  // R1: fronted subject.
  if (first && subjectPrefix(text.slice(0, local(first)))) {
    const group = coordinatedWith(text, mentions, 0, start);
    const last = group[group.length - 1]!;
    const rest = afterNounPhrase(text.slice(local(last) + last.surface.length));
    if (ADDRESSED_PASSIVE.test(rest)) return noPosition();
    const followedByWord = /^(?:-\p{L}+)?\s*\p{L}/u.test(rest);
    if (followedByWord) {
      const speakers = group.filter((m) => m.kind !== "organisation" || speaks);
      if (speakers.length === 0) return input.obligationCue ? obligedSubject() : noPosition("R10-unattributed");
      if (input.obligationCue && !speaks) return obligedSubject();
      const attribution: Attribution = speakers.length > 1 ? "coordinated" : "explicit";
      return result(holderOf(speakers), speakers, attribution, speakers.length > 1 ? "R1-coordinated-subject" : "R1-subject-verb");
    }
  }

  // R11: a spokesperson the text does not place ("Een woordvoerder zegt ...", "..., aldus een
  // woordvoerder") speaks for the body that just spoke ("De korpsleiding laat weten ... Volgens een
  // woordvoerder ..."), else for the body the report was just about.
  if (SPOKESPERSON.test(text)) {
    const last = state.lastHolder;
    if (last && (last.plural || !last.human)) return result(last, [], "pronoun", "R11-spokesperson", CONFIDENCE.pronoun);
    const isBody = (e: SalienceEntry): boolean => !e.human && e.actorIds.length === 1;
    const body = state.latestInSection(isBody) ?? state.latestInDocument(isBody);
    if (body) return result({ actorIds: body.actorIds, plural: false, human: false }, [], "pronoun", "R11-spokesperson", CONFIDENCE.pronoun);
  }

  // R6: a demonstrative subject ("Die vindt dat ...") points to who was last named, not to the
  // subject before it: "X kreeg steun van wethouder Y. Die vindt ..." is Y.
  const demonstrative = DEMONSTRATIVE_SUBJECT.exec(text);
  // Only before a main verb of a person's saying or doing: "Die is er nog niet" is about a thing.
  if (demonstrative && isFiniteVerb(demonstrative[3]!) && !AUXILIARY.test(demonstrative[3]!) && !isPluralVerb(demonstrative[3]!)) {
    const named = state.latestInSection((e) => !e.isHolder && e.human && !e.plural && !e.actorIds.every((id) => ownMentions.some((m) => m.actorId === id)));
    if (named) return result(named, [], "pronoun", "R6-demonstrative", CONFIDENCE.pronoun);
  }

  // R6b / R6: anaphora at the start of the clause.
  if (PLURAL_ANAPHORIC_DESCRIPTION.test(text) && !(first && local(first) === 0)) {
    const resolved = resolvePronoun(state, true, "R6b-anaphoric-description");
    if (resolved) return resolved;
  }
  if (SINGULAR_ANAPHORIC_DESCRIPTION.test(text)) {
    const resolved = resolvePronoun(state, false, "R6b-anaphoric-description");
    if (resolved) return resolved;
  }
  // "Zijn fractie vindt ...", "Haar bond wil ...", "Volgens hun partij ...": the body a person
  // speaks for stands for that person (the referent of the possessive).
  const possessive = POSSESSIVE_BODY.exec(text);
  if (possessive) {
    const source = /^(?:Volgens|Namens)$/iu.test(possessive[1] ?? "");
    const resolved = resolvePronoun(state, possessive[2]!.toLowerCase() === "hun", source ? "R11-source-adverbial" : "R6-possessive-body", ownMentions, possessive[2]);
    if (resolved) return resolved;
  }
  // "Een aantal van hen steunt ...", "Enkelen van hen vrezen ...": part of the group just named.
  if (PARTITIVE_PRONOUN.test(text)) {
    const resolved = resolvePronoun(state, true, "R6-pronoun", ownMentions);
    if (resolved) return resolved;
  }
  const pronoun = PRONOUN_AT_START.exec(text);
  if (pronoun) {
    const plural = pronoun[1]!.toLowerCase() !== "hij" && isPluralVerb(pronoun[2]!);
    const resolved = resolvePronoun(state, plural, "R6-pronoun", ownMentions, pronoun[1]);
    if (resolved) return resolved;
    return result(null, [], "unattributed", "R10-unattributed");
  }

  // R2: verb-second inversion, actor or pronoun right after a finite verb.
  const tokens = words(text, start);
  const mentionAt = new Map(mentions.map((m) => [m.start, m]));
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i - 1]!;
    // Verb-first is not a declarative main clause, unless the fronted phrase was split off.
    // A verb the lists lack still inverts before a titled subject: "Na de derde explosie grijpt burgemeester X in".
    const finite = isFiniteVerb(verb.text) || (/^\p{Ll}{3,}t$/u.test(verb.text) && TITLE_WORD.test(tokens[i]!.text));
    if (!finite || (i - 1 === 0 && input.firstInSentence)) continue;
    const fronted = text.slice(0, verb.start - start).trim();
    // "Dit is het LOCO": after a pronoun and a copula the NP is a predicate. With other verbs the
    // pronoun is a fronted object and the NP is the subject ("Dat heeft de minister toegezegd").
    // A pronominal adverb is never a subject: in "Daar waren de leden niet blij mee" the NP after the copula is.
    if (PRONOUN_SUBJECT.test(fronted) && !PRONOMINAL_ADVERB.test(fronted) && COPULAS.test(verb.text)) break;
    // "Daarin wordt de burgemeester opgeroepen ...": the subject of a passive is who is addressed, not who speaks.
    if (/^(?:wordt|werd|worden|werden)$/iu.test(verb.text)) break;
    // "De motie verzoekt het college ...": a fronted noun phrase is the subject; what follows the verb is its object.
    // (Unless the number says otherwise: in "Deze vragen wil de commissie voorleggen" the plural noun is no subject of "wil".)
    const frontedNoun = /^(?:de|het|een|deze|dit|die)\s+(\p{Ll}+)$/iu.exec(fronted)?.[1];
    // A subject pronoun right after the verb makes the fronted noun phrase its object: "Het amendement ontraadt zij".
    if (frontedNoun && !COPULAS.test(verb.text) && /(?:en|s)$/u.test(frontedNoun) === isPluralVerb(verb.text) && !/^(?:hij|zij|wij|ik)$/iu.test(tokens[i]!.text)) break;
    let subject: Word = tokens[i]!;
    let j = i;
    while (/^(?:de|het|diverse|verschillende|enkele|alle|ook|nog|dan|toen|daarbij|destijds|vervolgens|heer|mevrouw|dhr|mw|mevr|lid)$/i.test(tokens[j]?.text ?? "") && tokens[j + 1]) subject = tokens[++j]!;
    // "vroeg de fractie van Wezelaar Lokaal": the party speaks through its group.
    if (/^fracties?$/iu.test(subject.text) && /^van$/iu.test(tokens[j + 1]?.text ?? "") && tokens[j + 2]) subject = tokens[(j += 2)]!;
    const m = mentionAt.get(subject.start) ?? mentions.find((x) => x.start <= subject.start && subject.start < x.end);
    if (m) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      const speakers = group.filter((g) => g.kind !== "organisation" || speaks);
      if (speakers.length === 0) return input.obligationCue ? obligedSubject() : noPosition("R10-unattributed");
      if (input.obligationCue && !speaks) return obligedSubject();
      return result(holderOf(speakers), speakers, speakers.length > 1 ? "coordinated" : "explicit", "R2-inverted");
    }
    if (/^(?:ze|zij|hij)$/i.test(subject.text) && subject === tokens[i]) {
      const plural = subject.text.toLowerCase() !== "hij" && isPluralVerb(verb.text);
      const resolved = resolvePronoun(state, plural, "R2-inverted", ownMentions, subject.text);
      if (resolved) return resolved;
    }
  }

  // R5 anywhere: "... het verlangen van de regioburgemeesters om ...", "De adviezen die de regioburgemeesters geven".
  for (const m of mentions) {
    const before = text.slice(0, local(m));
    if (NOMINAL_ANYWHERE.test(before) || NOMINAL_RELATIVE.test(before)) {
      const group = coordinatedWith(text, mentions, mentions.indexOf(m), start);
      return result(holderOf(group), group, "explicit", "R5-nominal-speech-act", 0.8);
    }
  }

  // A sentence about the meeting itself ("De brief is na het LOVP verzonden") is the writer's.
  if (bodyMention) return { ...result(null, [], "unattributed", "R0-writer-framing"), breaksContinuation: true };

  // R8 / R10 are decided by the caller, which knows the continuation policy.
  return result(null, [], "unattributed", "R10-unattributed");
}
