/**
 * Patterns of the note-writer's own voice and of collective decisions in Dutch minutes. A
 * writer's sentence has no holder and breaks a running report; a decision belongs to the body.
 */

/** Imperatives and editorial markers addressed to the reader: "Denk aan ...", "Zie bijlage". */
export const WRITER_IMPERATIVE = /^(?:Denk aan|Zie|Lees|Let op|N\.?B\.?|Noot)\b/u;

/** Agentless passives that describe the meeting itself: "Er werd dieper ingegaan op ...". */
export const DISCUSSION_PASSIVE =
  /^(?:Er|Hierover|Daarover|Daarna|Vervolgens|Tevens|Ook)?\s*(?:werd|wordt|is|zijn|werden|worden)\s+(?:er\s+)?(?:\S+\s+){0,4}?(?:ingegaan|gesproken|besproken|stilgestaan|gediscussieerd|teruggeblikt|gepresenteerd|van gedachten gewisseld)\b/iu;

/** Participles of decisions and agreement; with the meeting body as place or agent they are collective. */
export const DECISION_PASSIVE =
  /\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,4}?(?:gesteund|besloten|afgesproken|vastgesteld|ingestemd|onderschreven|aangenomen|goedgekeurd|geconcludeerd|bekrachtigd)\b/iu;

/** The body as subject of a decision verb: "Het LOVP besluit ...", "Het LOVP stemt in met ...". */
export const DECISION_VERBS =
  /^(?:besluit|besloot|besluiten|stemt|stemde|steunt|steunde|onderschrijft|onderschreef|neemt|nam|stelt|stelde|concludeert|concludeerde|(?:heeft|had)\s+(?:\S+\s+){0,3}?(?:kennisgenomen|ingestemd|besloten|vastgesteld|geconcludeerd))\b/iu;

/** Definite descriptions that refer back to a plural holder: "De opstellers van de brief vragen ...". */
export const PLURAL_ANAPHORIC_DESCRIPTION =
  /^(?:De|Deze)\s+(?:opstellers|ondertekenaars|indieners|afzenders|auteurs|aanwezigen|betrokkenen|partijen)\b(?:\s+van\s+(?:de|het|dit|deze)\s+\p{L}+)?/u;
export const SINGULAR_ANAPHORIC_DESCRIPTION = /^(?:Laatstgenoemde|Deze laatste|De laatste|De spreker|De opsteller)\b/u;

/** Words that may stand before a fronted subject without changing word order ("Ook de PG ..."). */
export const SUBJECT_PREFIX = /^(?:(?:Ook|Daarnaast|Tevens|Verder|Voorts|Vervolgens|Bovendien|Tot slot|Eveneens|Zowel|Wel|Namens)\s+)?(?:(?:de|het|een)\s+)?$/iu;

/** A one-word fronted subject: after "Dit is ..." the NP is a predicate, not an inverted subject. */
export const PRONOUN_SUBJECT = /^(?:Dit|Dat|Het|Er|Deze|Die|Wat|Hier|Daar|Zij|Ze|Hij|Men|Iedereen|Niemand)$/iu;

/** Headings of procedural agenda items: they name no topic. */
export const PROCEDURAL_HEADINGS =
  /^(?:\d+[.)]?\s*)?(?:opening|mededelingen|rondvraag|sluiting|vaststellen (?:van de )?agenda|vaststelling (?:van de )?agenda|agenda|verslag|verslagen|actualiteiten|ingekomen stukken|wat verder ter tafel komt|w\.v\.t\.t\.k\.?|afsluiting|besluitenlijst|actiepunten|actielijst)\b/iu;

/** An agentless decision at the start of a clause is the meeting's: "Afgesproken wordt dat ...". */
export const DECISION_AT_START =
  /^(?:(?:Er|Hierover|Daarom)\s+(?:wordt|werd|is)\s+(?:\S+\s+)?(?:besloten|afgesproken|geconcludeerd|vastgesteld|overeengekomen)|(?:Afgesproken|Besloten|Geconcludeerd|Vastgesteld|Overeengekomen)\s+(?:wordt|werd|is)\b)/iu;

/** The holder named by a source adverbial: "volgens de PG", ", aldus de korpschef". */
export const SOURCE_ADVERBIAL = /(?:\b[Vv]olgens|,\s*aldus|\b[Nn]aar de mening van|\b[Ii]n de ogen van|\b[Nn]amens)\s+(?:de\s+|het\s+)?$/u;

/** Psych verbs with the holder as object: "Het verbaast de burgemeesters dat ...". */
export const PSYCH_VERB_BEFORE = /^(?:Het|Dit|Dat)\s+(?:verbaast|verbaasde|verheugt|verheugde|verontrust|verontrustte|stoort|stoorde|spijt|speet|bevreemdt|bevreemdde|baart|baarde|teleurstelt|stelt\s+\S+\s+teleur)\s+(?:de\s+|het\s+)?$/iu;
