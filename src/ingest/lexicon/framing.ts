/**
 * Patterns of the note-writer's own voice and of collective decisions in Dutch minutes. A
 * writer's sentence has no holder and breaks a running report; a decision belongs to the body
 * when the body is named, and to no one when the text leaves it agentless.
 */

/**
 * Imperatives and editorial markers addressed to the reader ("Denk aan ...", "Zie bijlage"), and the
 * procedure of the meeting itself ("De voorzitter opent de vergadering", "... is wegens ziekte verhinderd").
 */
export const WRITER_IMPERATIVE = /^(?:Denk aan|Zie|Lees|Let op|N\.?B\.?|Noot|Met vriendelijke groet(?:en)?|Hoogachtend|Met hartelijke groet(?:en)?)\b|\b(?:opent|sluit|heropent|schorst|opende|sloot|heropende|schorste)\s+(?:de|het)\s+(?:vergadering|bijeenkomst|zitting|overleg|beraadslaging)\b|\b(?:verhinderd|afgemeld|met kennisgeving afwezig)\b|\b(?:aangenomen|verworpen)\s+met\s+(?:\d+|algemene)\b|\bmet\s+\d+\s+stemmen\s+(?:voor|tegen)\b/u;

/**
 * The formulas of a letter or a note about itself ("Met belangstelling hebben wij kennisgenomen
 * van ...", "Wij zien uw reactie tegemoet", "Met deze terugkoppeling informeren wij u over ...",
 * "Wij doen hier verslag ...", "Een afschrift van deze brief ...") and the procedure of a council
 * ("gaat als bespreekstuk naar de raad", "De motie wordt verworpen"): the writer's framing, no position.
 */
export const LETTER_AND_PROCEDURE_FORMULA = /\bmet\s+belangstelling\s+(?:\S+\s+){0,6}?(?:kennis\s*genomen|gelezen|ontvangen|tegemoet)\b|\b(?:zien|zie)\s+(?:\S+\s+){0,4}tegemoet\b|\b(?:met|in)\s+(?:deze|dit)\s+(?:brief|terugkoppeling|notitie|verslag|bericht|memo)\s+(?:informeren|informeer|brengen|breng)\s+(?:wij|we|ik)\b|\b(?:doen|doe)\s+(?:wij|we|ik)\s+(?:\S+\s+){0,2}verslag\b|\bafschrift\b|\bals\s+(?:bespreekstuk|hamerstuk)\b|^(?:De|Het)\s+(?:\S+\s+){0,2}(?:motie|moties|amendement|amendementen|voorstel|raadsvoorstel)\b[^.;]{0,60}?\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,3}(?:verworpen|aangenomen)\s*[.;]?$/iu;

/**
 * The date of the next meeting ("Het volgende LOVP vindt plaats op ...", "De volgende vergadering is
 * gepland op ..."): scheduling the minutes report, not a position of the body it names.
 */
export const NEXT_MEETING_ANNOUNCEMENT =
  /(?:^|\s)(?:Het|De)\s+(?:eerst)?volgende\s+(?:\S+\s+){0,2}?(?:\p{L}*overleg|\p{L}*vergadering|bijeenkomst|beraad|LOVP|RBO|sessie)\b[^.;:]{0,60}?\b(?:vindt\s+(?:\S+\s+){0,4}?plaats|staat\s+(?:\S+\s+){0,2}?gepland|is\s+(?:\S+\s+){0,2}?(?:gepland|voorzien))\b/iu;

/**
 * A letter announcing itself ("Hierbij ontvangt u ...", "Namens ... brengen wij u op de hoogte van
 * ...", "Graag geven wij u onze reactie", "maak ik graag gebruik van de gelegenheid om te reageren",
 * "Wij hechten eraan u ... mee te geven", "Wij doen hierin verslag", "reageren wij graag op"): the positions follow, this
 * sentence holds none.
 */
export const LETTER_ANNOUNCES_ITSELF =
  /\bHierbij\s+(?:ontvangt|ontvangen|sturen|stuur|zenden|zend|bieden|bied)\b|\b(?:geven|geef)\s+(?:wij|we|ik)[,\s]+(?:\S+[,\s]+){0,8}?u\s+(?:graag\s+)?(?:onze|mijn)\s+(?:reactie|zienswijze|inbreng|visie)\b|\bgebruik\s+van\s+de\s+gelegenheid\s+om\s+te\s+reageren\b|\b(?:brengen|breng)\s+(?:wij|we|ik)\s+(?:\S+\s+){0,6}?(?:op\s+de\s+hoogte|onder\s+uw\s+aandacht)\b|\b(?:hechten|hecht)\s+(?:wij|we|ik)\s+eraan\s+u\s+(?:\S+\s+){0,6}?(?:mee\s+te\s+geven|te\s+informeren)\b|\b(?:wij|we|ik)\s+(?:doen|doe)\s+(?:\S+\s+){0,2}?verslag\b|\b(?:reageren|reageer)\s+(?:wij|we|ik)\s+(?:\S+\s+){0,3}?graag\s+op\b|\b(?:wij|we|ik)\s+(?:reageren|reageer)\s+(?:\S+\s+){0,3}?graag\s+op\b/iu;

/**
 * Declining to comment ("Een woordvoerder wil niet zeggen of ...", "wilde niet inhoudelijk
 * reageren", "reageerde niet op vragen van deze krant"): a refusal to speak, not an opposition to
 * anything, and no position at all. "kan niet zeggen dat ..." (a claim) is not a refusal.
 */
export const DECLINES_TO_COMMENT =
  /\b(?:wil|wilde|willen|wilden|wenst|wenste)\s+(?:\S+\s+){0,3}?niet\s+(?:inhoudelijk\s+)?(?:reageren|zeggen\s+of)\b|\bniet\s+(?:inhoudelijk\s+)?(?:reageren|zeggen)\s*[.]?\s*$|\b(?:reageerde|reageerden|reageert)\s+(?:(?:nog|tot\s+nu\s+toe|vooralsnog)\s+)?niet\s*(?:inhoudelijk\s*)?(?:op\s+(?:vragen|verzoeken)\b[^.;]*)?[.]?\s*$/iu;

/**
 * A climate of opinion without its holders: "Tegen het plan bestaat ook kritiek", "Daarover bestaat
 * grote onrust", "werd verschillend over gedacht", "liepen de meningen uiteen", "zijn de meningen
 * verdeeld", "Niet iedereen is overtuigd", "groeit de kritiek", and support as broad as nobody in
 * particular ("Dat voorstel krijgt brede steun", "werd breed gesteund"). "Niet alle burgemeesters ..."
 * names who and is not one of these.
 */
export const OPINION_CLIMATE =
  /\bbestaat\s+(?:\S+\s+){0,4}?(?:kritiek|onrust|zorgen?|twijfels?|weerstand|verdeeldheid|onvrede|scepsis)\b|\b(?:wordt|werd|worden|werden)\s+(?:\S+\s+){0,3}?verschillend\s+(?:over\s+)?(?:gedacht|aangekeken)\b|\bmeningen\s+(?:\S+\s+){0,4}?(?:uiteen|verdeeld)\b|^(?:\S+\s+)?Niet\s+iedereen\s+(?:is|was|zijn|waren)\b|\bgroeit\s+(?:de|het)\s+(?:kritiek|onrust|verzet|ongenoegen|weerstand)\b|^(?:Dat|Dit|Het|Deze|Die)\s+(?:\S+\s+){0,3}?(?:krijgt|kreeg|krijgen|kregen)\s+(?:brede|ruime|algemene|unanieme)\s+(?:steun|instemming|bijval)\b|^(?:Dat|Dit|Het|Deze|Die)\s+(?:\S+\s+){0,3}?(?:wordt|werd|worden|werden)\s+(?:breed|unaniem|algemeen|alom)\s+(?:gesteund|onderschreven)\b/iu;

/**
 * The agenda moving on without anyone named: "Het onderwerp wordt in het voorjaar opnieuw
 * geagendeerd", "De notitie wordt aangehouden tot het najaar", "Het convenant wordt in april
 * ondertekend", "Het plan wordt aan de gemeenteraden gezonden", "is voor kennisgeving aangenomen".
 * "Op verzoek van X doorgeschoven" names whose wish it was and is left to the other rules.
 */
export const AGENDA_PASSIVE =
  /^(?:[-–•]\s*)?(?:Het|De|Dit|Dat|Deze)\s+(?:\S+\s+){0,6}?(?:wordt|werd|worden|werden|is|zijn)\s+(?:\S+\s+){0,8}?(?:geagendeerd|doorgeschoven|aangehouden\s+tot|ondertekend|toegezonden|gezonden|verzonden|voor\s+kennisgeving\s+aangenomen)\b/iu;

/** Agentless passives and intransitives that describe the meeting itself: "Er werd dieper ingegaan op ...", "kwam X aan bod". */
export const DISCUSSION_PASSIVE =
  /^(?:(?:Er|Hierover|Daarover|Daarna|Vervolgens|Tevens|Ook|Kort|Verder|Voorts|Tot slot|Ten slotte)\s+)*(?:werd|wordt|is|zijn|werden|worden)\s+(?:er\s+)?(?:\S+\s+){0,4}?(?:ingegaan|gesproken|besproken|stilgestaan|gediscussieerd|teruggeblikt|gepresenteerd|van gedachten gewisseld|aandacht besteed|doorgenomen|bijgepraat)\b|^Besproken\s+(?:werd|wordt|is|zijn)\b|\b(?:kwam|kwamen|komt|komen)\s+(?:\S+\s+){0,6}(?:aan\s+bod|aan\s+de\s+orde|ter\s+sprake|de\s+revue)\b/i;

/** Verbs of meeting and discussing: a subject that talks *about* something takes no position by it ("sprak de verwachting uit" is no meeting). */
export const DISCUSSION_VERBS =
  /(?<!\bte\s)\b(?:spreekt|spreken|sprak|spraken)\b(?!\s+(?:van|zich|uit)\b)(?!(?:\s+\S+){1,4}\s+uit\b)|\b(?:besprak|bespraken|bespreekt|bespreken|vergadert|vergaderen|vergaderde|vergaderden|praat|praten|praatte|praatten|overlegt|overleggen|overlegde|overlegden|discussieert|discussieerde|discussieerden|kwamen\s+bijeen|komen\s+(?:\S+\s+){0,3}bijeen|komt\s+(?:\S+\s+){0,3}bijeen)\b/i;

/** Participles of decisions and agreement; with the meeting body as place or agent they are collective. */
export const DECISION_PASSIVE =
  /\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,6}?(?:gesteund|besloten|afgesproken|vastgesteld|ingestemd|onderschreven|aangenomen|goedgekeurd|geconcludeerd|bekrachtigd|akkoord gegaan|overeengekomen)\b/i;

/** The body as subject of a decision verb: "Het LOVP besluit ...", "Het LOVP stemt in met ...". */
export const DECISION_VERBS =
  /^(?:besluit|besloot|besluiten|stemt|stemde|steunt|steunde|onderschrijft|onderschreef|neemt|nam|stelt|stelde|concludeert|concludeerde|(?:heeft|had)\s+(?:\S+\s+){0,3}?(?:kennisgenomen|ingestemd|besloten|vastgesteld|geconcludeerd))\b/i;

/** Definite descriptions that refer back to a plural holder: "De opstellers van de brief vragen ...". */
export const PLURAL_ANAPHORIC_DESCRIPTION =
  /^(?:De|Deze)\s+(?:opstellers|ondertekenaars|indieners|afzenders|auteurs|aanwezigen|betrokkenen|partijen)\b(?:\s+van\s+(?:de|het|dit|deze)\s+\p{L}+)?/u;
export const SINGULAR_ANAPHORIC_DESCRIPTION = /^(?:Laatstgenoemde|Deze laatste|De laatste|De spreker|De opsteller)\b/u;
/** The same descriptions inside a source adverbial: "volgens de auteurs", "aldus de opstellers". */
export const ANAPHORIC_SOURCE = /\b(?:[Vv]olgens|aldus|[Nn]aar de mening van)\s+(?:de|deze)\s+(?:opstellers|ondertekenaars|indieners|auteurs|schrijvers)\b/u;

/** Words that may stand before a fronted subject without changing word order ("Ook de PG ..."). */
/** Who speaks for a body without being named: "een woordvoerder (van de politie)". */
export const SPOKESPERSON_NOUNS = "woordvoerder|woordvoerster|zegsman|zegsvrouw|persvoorlichter";

export const SUBJECT_PREFIX = new RegExp(
  [
    // "Besluit: het AB stemt in ...": the label of a decision or an action in minutes.
    "^(?:(?:Besluit|Besluiten|Conclusie|Afspraak|Afspraken|Toezegging|Actie|Actiepunt|Advies)(?:\\s*/\\s*(?:Besluit|Besluiten|Afspraak|Afspraken))?\\s*(?::|\\s[-–])\\s*)?",
    // "Alleen de Partij voor Ouderen stemde tegen", "Zelfs de korpschef vindt ...": a focus particle before the subject.
    "(?:(?:Ook|Daarnaast|Tevens|Verder|Voorts|Vervolgens|Bovendien|Tot slot|Eveneens|Zowel|Wel|Namens|Maar|En|Toch|Daarop|Echter|Dus|Alleen|Slechts|Zelfs|Juist|Vooral|Met name|Evenmin)\\s+)?",
    "(?:(?:toen|nadat|omdat|terwijl|zodat|waarna|waarop|doordat|hoewel|aangezien|dat)\\s+)?",
    "(?:(?:het merendeel|een meerderheid|de meerderheid|een aantal|een deel|geen van|ieder|elk|elke|een|enkele|veel)\\s+van\\s+)?",
    "(?:niet\\s+(?=alle\\b))?(?:(?:een\\s+aantal|een\\s+paar|de\\s+meeste)\\s+)?(?:(?:de|het|een|alle|diverse|verschillende|enkele|meerdere|sommige|veel|beide|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\\d+)\\s+){0,2}",
    "(?:(?:[a-zà-öø-ÿ-]+(?:e|se))\\s+)?",
    // "De fractie van GroenLinks vraagt ...", "De fracties van D66 en GroenLinks stemmen tegen": the parties speak.
    "(?:fracties?\\s+van\\s+(?:de\\s+|het\\s+)?)?",
    // "Oppositiepartij GroenLinks noemt ...", "vakbond ACP wil ...", "Terreinbeheerder Stichting X laat
    // weten ...", "netbeheerder Stedin": a word saying what the body is.
    "(?:(?:oppositie|coalitie|regerings)?partij\\s+|(?:vak|politie)?bond\\s+|(?:belangen|branche|koepel)?organisatie\\s+|[a-zà-öø-ÿ]*(?:beheerder|leverancier|verzekeraar|aanbieder|exploitant|corporatie|instelling|maatschappij|bedrijf)\\s+)?",
    // "Een woordvoerder van de politie laat weten ...": a spokesperson speaks for the body.
    `(?:(?:${SPOKESPERSON_NOUNS}|vertegenwoordiger|vertegenwoordigster)\\s+(?:van|namens)\\s+(?:de\\s+|het\\s+)?)?`,
    // "Het lid Bergsma (SP) uit kritiek ...", "Collega Achterberg vindt ...": a member named by what she is a member of.
    "(?:(?:de heer|mevrouw|dhr\\.?|mw\\.?|mevr\\.?|drs\\.|dr\\.|mr\\.|ir\\.|lid|leden|kamerlid|kamerleden|raadslid|raadsleden|statenlid|collega)\\s+)?$",
  ].join(""),
  "i",
);

/** A one-word fronted subject: after "Dit is ..." the NP is a predicate, not an inverted subject. */
export const PRONOUN_SUBJECT = /^(?:Dit|Dat|Het|Er|Deze|Die|Wat|Hier|Daar|Zij|Ze|Hij|Men|Iedereen|Niemand)$/i;

/** Headings of procedural agenda items: they name no topic. */
export const PROCEDURAL_HEADINGS =
  /^(?:\d+[.)]?\s*)?(?:opening|mededelingen|rondvraag|sluiting|vaststellen (?:van de )?agenda|vaststelling (?:van de )?agenda|agenda|verslag|verslagen|concept\s*verslag|conceptverslag|actualiteiten|ingekomen stukken|wat verder ter tafel komt|w\.v\.t\.t\.k\.?|afsluiting|besluitenlijst|actiepunten|actielijst|ter besluitvorming|ter informatie|ter bespreking|hoofdpunten|samenvatting|(?:eerste|tweede|derde) termijn|stemming|stemmingen|stemverklaringen?|beantwoording|vragenronde|besluitvorming|schorsing|heropening|vragen van|wat (?:wij|we)\b|reacties?|steun en kritiek|antwoord(?:en)?|onderwerp|tot slot|inbreng|afspraken?|aan de|vragen in de raad|griffier|notulist|aanwezig|afwezig)\b/i;

/** A procedural label before the subject of a heading: "Bespreekpunt: aanpak woonoverlast". */
export const PROCEDURAL_HEADING_PREFIX = /^(?:bespreekpunt|hamerstuk|agendapunt(?:\s+\d+[a-z]?)?|ter (?:besluitvorming|bespreking|informatie|kennisname)|ter advisering)\s*:\s*/i;

/** An agentless decision at the start of a clause: "Afgesproken wordt dat ...", "Men heeft ingestemd". */
export const DECISION_AT_START =
  /^(?:(?:Er|Hierover|Daarom|Vandaag|Dinsdag|Maandag|Woensdag|Donderdag|Vrijdag|Tot slot|Verder)\s+(?:wordt|werd|is)\s+(?:\S+\s+){0,5}?(?:besloten|afgesproken|geconcludeerd|vastgesteld|overeengekomen|akkoord gegaan|ingestemd)|(?:Afgesproken|Besloten|Geconcludeerd|Vastgesteld|Overeengekomen)\s+(?:wordt|werd|is)\b|Men\s+(?:\S+\s+){0,4}?(?:heeft|is|besloot|besluit|stemde|stemt|ging)\b)/i;

/** The holder named by a source adverbial: "volgens de PG", ", aldus de korpschef". */
/** A role noun may stand between the adverb and the name: "aldus raadslid Ed Kramer", "volgens woordvoerder Els Pot". */
export const SOURCE_ADVERBIAL = /(?:\b[Vv]olgens|,\s*["'’”]?\s*aldus|["'’”]\s*,?\s*aldus|\b[Nn]aar de mening van|\b[Ii]n de ogen van|\b[Nn]amens|\b(?:[Uu]it|blijkt\s+uit)\s+(?:het\s+|de\s+|een\s+)?(?:\S+\s+)?(?:onderzoek|rapport|cijfers|analyse|evaluatie|peiling|enquête|inventarisatie|rondgang|jaarverslag|jaarbericht|brief|notitie|monitor)\s+van)\s+(?:de\s+|het\s+)?(?:(?:de heer|mevrouw|voorzitter|burgemeester|minister)\s+|(?!(?:van|de|het|een|hem|haar|hen|ons|zijn|die|dit|dat)\s)\p{Ll}[\p{L}-]{3,}\s+(?=\p{Lu}))?$/u;

/** Psych verbs with the holder as object: "Het verbaast de burgemeesters dat ...". */
/**
 * "Dat stuit bij de regioburgemeesters op weerstand" / "Het plan stuitte op verzet van enkele
 * gemeenten": those who resist hold the position (oppose), not the subject whose plan it is.
 */
const RESISTANCE = "(?:(?:veel|grote|stevige|brede|felle)\\s+)?(?:weerstand|verzet|bezwaren|bezwaar|kritiek|onbegrip)";
const SOME = "(?:de\\s+|het\\s+|enkele\\s+|een\\s+aantal\\s+|veel\\s+|sommige\\s+)?";
/** "... stuit op verzet van [enkele] " before the resisting actor. */
export const RESISTANCE_OF_BEFORE = new RegExp(`(?<![\\p{L}])stuit(?:te|en|tten)?\\s+op\\s+${RESISTANCE}\\s+(?:van|bij)\\s+${SOME}$`, "iu");
/** "... stuit bij [de] " before the actor, "op weerstand" after it. */
export const RESISTANCE_AT_BEFORE = new RegExp(`(?<![\\p{L}])stuit(?:te|en|tten)?\\s+(?:bij|in|onder)\\s+${SOME}$`, "iu");
export const RESISTANCE_AT_AFTER = new RegExp(`^\\s+op\\s+${RESISTANCE}(?![\\p{L}])`, "iu");
/**
 * The experiencer as object after any subject, with what must follow it: "Dat antwoord stelde
 * verschillende voorzitters teleur", "Het aantal incidenten baart de driehoeken zorgen", "Die
 * redenering valt bij de burgemeesters slecht", "Dat gaat de veiligheidsregio niet ver genoeg",
 * "... is de maat vol voor burgemeester X". The experiencer holds the position, not the subject.
 */
const SEVERAL = String.raw`(?:de\s+|het\s+|enkele\s+|verschillende\s+|diverse\s+|veel\s+|sommige\s+|alle\s+|een\s+aantal\s+)?`;
export const EXPERIENCER_OBJECT: readonly { before: RegExp; after: RegExp }[] = [
  { before: new RegExp(String.raw`(?<![\p{L}])(?:baart|baarde|baren|baarden)\s+${SEVERAL}$`, "iu"), after: /^\s+(?:\S+\s+){0,2}?(?:grote\s+|ernstige\s+|veel\s+)?zorgen(?![\p{L}])/iu },
  { before: new RegExp(String.raw`(?<![\p{L}])(?:stelt|stelde|stellen|stelden)\s+${SEVERAL}$`, "iu"), after: /^\s+(?:\S+\s+){0,3}?teleur(?![\p{L}])/iu },
  { before: new RegExp(String.raw`(?<![\p{L}])(?:valt|viel|vallen|vielen)\s+(?:\S+\s+){0,2}?bij\s+${SEVERAL}$`, "iu"), after: /^\s+(?:\S+\s+){0,3}?(?:slecht|verkeerd|goed|in\s+goede\s+aarde|rauw\s+op\s+het\s+dak)(?![\p{L}])/iu },
  { before: new RegExp(String.raw`^(?:Dat|Dit|Het|Die|Deze)\s+(?:\p{Ll}+\s+)?(?:gaat|ging)\s+${SEVERAL}$`, "u"), after: /^\s+(?:\S+\s+){0,2}?(?:niet\s+ver\s+genoeg|te\s+ver)(?![\p{L}])/iu },
  { before: new RegExp(String.raw`(?<![\p{L}])maat\s+(?:\S+\s+)?vol\s+voor\s+${SEVERAL}$`, "iu"), after: /^/u },
];
export const PSYCH_VERB_BEFORE = /^(?:Het|Dit|Dat)\s+(?:verbaast|verbaasde|verheugt|verheugde|verontrust|verontrustte|stoort|stoorde|spijt|speet|bevreemdt|bevreemdde|baart|baarde|teleurstelt|stelt\s+\S+\s+teleur)\s+(?:de\s+|het\s+)?$/i;

/** The writer's own judgement in a clause with another subject: "Dat is ons inziens een omissie", "naar onze overtuiging", "in onze ogen". */
export const WRITER_OPINION = /(?<![\p{L}])(?:(?:ons|onzes|mijns)\s+inziens|naar\s+(?:onze|mijn)\s+(?:mening|overtuiging|oordeel)|in\s+(?:onze|mijn)\s+ogen|wat\s+(?:ons|mij)\s+betreft)(?![\p{L}])/iu;

/** First person of the writer: "Wij vragen aandacht voor ...", "Verder hebben wij ...", "tot onze spijt". */
export const FIRST_PERSON_SUBJECT = /^(?:(?:Ook|Daarnaast|Tevens|Verder|Voorts|Vervolgens|Bovendien|Tot slot|Eveneens|Wel|Daarom|Dus|Maar|En|Namens\s+[^,]{2,60}?)\s+)?(?:wij|we|ik)\b/i;
export const FIRST_PERSON_INVERTED = /^[^,.;:]{0,60}?\b(?:[a-zà-öø-ÿ]+)\s+(?:wij|we|ik)\b/i;
/**
 * The writer's own judgement inside a clause about someone else: "Het is ons inziens
 * teleurstellend dat ...", "X was afwezig, wat wij betreuren", "wordt door ons ondersteund",
 * "...; wij blijven daarop aandringen". The clause is the writer's position, not its subject's.
 */
export const WRITER_JUDGEMENT = /(?<![\p{L}])(?:onzes? inziens|naar onze (?:mening|overtuiging)|naar ons (?:oordeel|idee)|door ons)(?![\p{L}])|,\s*wat\s+(?:wij|we)\s+\p{L}+|;\s*(?:wij|we)\s+\p{Ll}+/u;
export const FIRST_PERSON_ANYWHERE = /\b(?:wij|we|ik|ons|onze|mij|mijn)\b/i;

/**
 * Vote lists in council minutes: "Voor: A, B en C." / "Tegen: D.", and the same list as the
 * subject of an inverted vote verb ("Voor stemden A en B.", "Tegen stemmen de fracties van C en D").
 */
/** The finite forms of "stemmen" a vote is reported with ("Voor stemden ...", "stemt tegen"). */
export const VOTE_VERB = String.raw`(?:stemden|stemmen|stemde|stemt)`;
export const VOTE_LIST = new RegExp(String.raw`^(V[oó]{2}r|Tegen|Voorstemmers|Tegenstemmers)\s*(?:\(\d+\))?\s*(?::|${VOTE_VERB}\b)`, "iu");
/**
 * A party list as the subject of a vote: "GroenLinks, SP en D66 stemden tegen", "CDA en VVD
 * stemmen voor". Group 1 is the list, group 2 the side.
 */
export const VOTE_SUBJECT_LIST = /^((?:\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2}\s*,\s*)*\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2}\s+en\s+(?:de\s+|het\s+)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2})\s+(?:stemden|stemmen)\s+(voor|tegen)\b/u;

/**
 * The outcome of a vote on a motion or proposal, with its tally: "De motie werd unaniem
 * aangenomen", "wordt met algemene stemmen aangenomen", "wordt verworpen met 9 stemmen voor en 16
 * tegen", "werd vastgesteld met de stemmen van de coalitie", "De raad verwerpt motie M18-23 met 12
 * stemmen voor en 15 tegen". Group 1 is the verb of a passive outcome, group 2 of an active one.
 * Without a tally ("De motie is met ruime meerderheid aangenomen") the outcome states nobody's position.
 */
export const VOTE_OUTCOME =
  /\b(?:(?:wordt|werd|is|zijn|worden|werden)\s+(?:\S+\s+){0,8}?(aangenomen|vastgesteld|goedgekeurd|verworpen)|(verwerpt|verwierp|neemt|nam)\s+(?:\S+\s+){0,6}?(?:aan\b|met\b))/iu;
/** A tally that is the whole meeting's: nobody voted against. */
export const UNANIMOUS = /\b(?:unaniem|met\s+algemene\s+stemmen)\b/iu;
/** "met de stemmen van A, B en C (voor)": the parties that carried it. */
export const VOTES_OF = /\bmet\s+(?:de\s+)?stem(?:men)?\s+van\s+/iu;
/** Any tally: unanimous, counted ("met 19 stemmen voor", "met 14 tegen 17 stemmen") or by who carried it. */
export const VOTE_TALLY = new RegExp(
  String.raw`\b(?:unaniem|met\s+algemene\s+stemmen)|\bmet\s+(?:\d+|één|een|twee|drie|vier|vijf)\s+(?:stem(?:men)?\s+)?(?:voor|tegen)\b|\bmet\s+\d+\s+tegen\s+\d+\s+stemmen|${VOTES_OF.source}`,
  "iu",
);

/** "Dat heeft X verklaard", "Dat stellen de burgemeesters", "Dit zegt X": the speaker of what came before. */
export const BACKWARD_TAG = /^(?:Dat|Dit|Dit alles|Dat alles|Zo)\s+(\p{L}+)\b/u;
