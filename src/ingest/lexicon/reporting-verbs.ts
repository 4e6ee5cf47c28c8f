/**
 * Dutch reporting, evaluation and speech-act verbs as they occur in minutes, with all finite
 * forms (3sg/3pl present, sg/pl past), the participle and the separable particle. Snowball
 * stemming does not unify strong forms (gaf/geven/aangegeven), hence this explicit lexicon.
 * The stance a verb implies is decided in `stance-cues.ts`; here only "is this a speech act".
 */
import type { Stance } from "../extraction.js";

export interface ReportingVerb {
  lemma: string;
  /** 3sg present, 3pl present (= the infinitive, which `speech-act.ts` reads at index 1), past forms; extra forms last. */
  finite: string[];
  participle?: string;
  /** Separable particle that must occur later in the clause ("gaf ... aan"). */
  particle?: string;
  /** The stance the speech act itself expresses; absent for neutral frames (aangeven, vinden). */
  stance?: Stance;
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: "aangeven", finite: ["geeft", "geven", "gaf", "gaven"], participle: "aangegeven", particle: "aan" },
  { lemma: "laten weten", finite: ["laat", "laten", "liet", "lieten"], participle: "laten weten", particle: "weten" },
  { lemma: "toelichten", finite: ["licht", "lichten", "lichtte", "lichtten"], participle: "toegelicht", particle: "toe" },
  { lemma: "uiteenzetten", finite: ["zet", "zetten", "zette"], participle: "uiteengezet", particle: "uiteen" },
  { lemma: "wijzen op", finite: ["wijst", "wijzen", "wees", "wezen"], participle: "gewezen" },
  { lemma: "benadrukken", finite: ["benadrukt", "benadrukken", "benadrukte", "benadrukten"], participle: "benadrukt" },
  { lemma: "onderstrepen", finite: ["onderstreept", "onderstrepen", "onderstreepte", "onderstreepten"], participle: "onderstreept" },
  { lemma: "bekendmaken", finite: ["maakt", "maken", "maakte", "maakten"], participle: "bekendgemaakt", particle: "bekend" },
  { lemma: "schrijven", finite: ["schrijft", "schrijven", "schreef", "schreven"], participle: "geschreven" },
  { lemma: "melden", finite: ["meldt", "melden", "meldde", "meldden"], participle: "gemeld" },
  { lemma: "mededelen", finite: ["deelt", "delen", "deelde", "deelden"], participle: "medegedeeld", particle: "mee" },
  { lemma: "informeren", finite: ["informeert", "informeren", "informeerde", "informeerden"], participle: "geïnformeerd" },
  { lemma: "presenteren", finite: ["presenteert", "presenteren", "presenteerde", "presenteerden"], participle: "gepresenteerd" },
  // "tekende daarbij aan dat ...": a note added (the particle tells it from signing).
  { lemma: "aantekenen", finite: ["tekent", "tekenen", "tekende", "tekenden"], participle: "aangetekend", particle: "aan" },
  { lemma: "schetsen", finite: ["schetst", "schetsen", "schetste", "schetsten"], participle: "geschetst" },
  { lemma: "constateren", finite: ["constateert", "constateren", "constateerde", "constateerden"], participle: "geconstateerd" },
  { lemma: "bevestigen", finite: ["bevestigt", "bevestigen", "bevestigde", "bevestigden"], participle: "bevestigd" },
  { lemma: "stellen", finite: ["stelt", "stellen", "stelde", "stelden"], participle: "gesteld" },
  { lemma: "opmerken", finite: ["merkt", "merken", "merkte", "merkten"], participle: "opgemerkt", particle: "op" },
  { lemma: "noemen", finite: ["noemt", "noemen", "noemde", "noemden"], participle: "genoemd" },
  { lemma: "benoemen", finite: ["benoemt", "benoemen", "benoemde", "benoemden"], participle: "benoemd" },
  { lemma: "terugblikken", finite: ["blikt", "blikken", "blikte", "blikten"], participle: "teruggeblikt", particle: "terug" },
  { lemma: "herinneren", finite: ["herinnert", "herinneren", "herinnerde", "herinnerden"], participle: "herinnerd" },
  { lemma: "vinden", finite: ["vindt", "vinden", "vond", "vonden"], participle: "gevonden" },
  { lemma: "achten", finite: ["acht", "achten", "achtte", "achtten"], participle: "geacht" },
  { lemma: "steunen", finite: ["steunt", "steunen", "steunde", "steunden"], participle: "gesteund", stance: "support" },
  { lemma: "onderschrijven", finite: ["onderschrijft", "onderschrijven", "onderschreef", "onderschreven"], participle: "onderschreven", stance: "support" },
  { lemma: "instemmen", finite: ["stemt", "stemmen", "stemde", "stemden"], participle: "ingestemd", particle: "in", stance: "support" },
  { lemma: "roemen", finite: ["roemt", "roemen", "roemde", "roemden"], participle: "geroemd", stance: "support" },
  { lemma: "prijzen", finite: ["prijst", "prijzen", "prees", "prezen"], participle: "geprezen", stance: "support" },
  { lemma: "waarderen", finite: ["waardeert", "waarderen", "waardeerde", "waardeerden"], participle: "gewaardeerd", stance: "support" },
  { lemma: "danken", finite: ["dankt", "danken", "dankte", "dankten"], participle: "gedankt", stance: "support" },
  { lemma: "vragen", finite: ["vraagt", "vragen", "vroeg", "vroegen"], participle: "gevraagd", stance: "request" },
  { lemma: "verzoeken", finite: ["verzoekt", "verzoeken", "verzocht", "verzochten"], participle: "verzocht", stance: "request" },
  { lemma: "oproepen", finite: ["roept", "roepen", "riep", "riepen"], participle: "opgeroepen", particle: "op", stance: "request" },
  { lemma: "pleiten", finite: ["pleit", "pleiten", "pleitte", "pleitten"], participle: "gepleit", stance: "request" },
  { lemma: "voorstellen", finite: ["stelt", "stellen", "stelde", "stelden"], participle: "voorgesteld", particle: "voor", stance: "request" },
  { lemma: "suggereren", finite: ["suggereert", "suggereren", "suggereerde", "suggereerden"], participle: "gesuggereerd", stance: "request" },
  // "vermoedt dat de uitbuiting groter is".
  { lemma: "vermoeden", finite: ["vermoedt", "vermoeden", "vermoedde", "vermoedden"], participle: "vermoed" },
  // "dient een motie in", "diende samen met X amendement A1 in".
  { lemma: "indienen", finite: ["dient", "dienen", "diende", "dienden"], participle: "ingediend", particle: "in" },
  { lemma: "aandringen", finite: ["dringt", "dringen", "drong", "drongen"], participle: "aangedrongen", particle: "aan", stance: "request" },
  { lemma: "adviseren", finite: ["adviseert", "adviseren", "adviseerde", "adviseerden"], participle: "geadviseerd", stance: "request" },
  { lemma: "wensen", finite: ["wenst", "wensen", "wenste", "wensten"], participle: "gewenst", stance: "request" },
  { lemma: "aankondigen", finite: ["kondigt", "kondigen", "kondigde", "kondigden"], participle: "aangekondigd", particle: "aan", stance: "commitment" },
  { lemma: "toezeggen", finite: ["zegt", "zeggen", "zegde", "zegden", "zei", "zeiden", "zeg"], participle: "toegezegd", particle: "toe", stance: "commitment" },
  { lemma: "zeggen", finite: ["zegt", "zeggen", "zei", "zeiden"], participle: "gezegd" },
  { lemma: "uiten", finite: ["uitte", "uitten", "uiten"], participle: "geuit" },
  { lemma: "vrezen", finite: ["vreest", "vrezen", "vreesde", "vreesden"], participle: "gevreesd", stance: "concern" },
  { lemma: "waarschuwen", finite: ["waarschuwt", "waarschuwen", "waarschuwde", "waarschuwden"], participle: "gewaarschuwd", stance: "concern" },
  { lemma: "betreuren", finite: ["betreurt", "betreuren", "betreurde", "betreurden"], participle: "betreurd", stance: "concern" },
  { lemma: "afwijzen", finite: ["wijst", "wijzen", "wees", "wezen"], participle: "afgewezen", particle: "af", stance: "oppose" },
  { lemma: "bekritiseren", finite: ["bekritiseert", "bekritiseren", "bekritiseerde", "bekritiseerden"], participle: "bekritiseerd", stance: "oppose" },
  { lemma: "proeven", finite: ["proeft", "proeven", "proefde", "proefden"], participle: "geproefd" },
  { lemma: "antwoorden", finite: ["antwoordt", "antwoorden", "antwoordde", "antwoordden"], participle: "geantwoord" },
  { lemma: "reageren", finite: ["reageert", "reageren", "reageerde", "reageerden"], participle: "gereageerd" },
  { lemma: "verklaren", finite: ["verklaart", "verklaren", "verklaarde", "verklaarden"], participle: "verklaard" },
  { lemma: "concluderen", finite: ["concludeert", "concluderen", "concludeerde", "concludeerden"], participle: "geconcludeerd" },
  { lemma: "begrijpen", finite: ["begrijpt", "begrijpen", "begreep", "begrepen"], participle: "begrepen" },
  { lemma: "verwachten", finite: ["verwacht", "verwachten", "verwachtte", "verwachtten"], participle: "verwacht" },
  { lemma: "erkennen", finite: ["erkent", "erkennen", "erkende", "erkenden"], participle: "erkend" },
  { lemma: "ingaan op", finite: ["gaat", "gaan", "ging", "gingen"], participle: "ingegaan", particle: "in" },
  { lemma: "uitleggen", finite: ["legt", "leggen", "legde", "legden"], participle: "uitgelegd", particle: "uit" },
  { lemma: "bekendmaken", finite: ["maakt", "maken", "maakte", "maakten"], participle: "bekendgemaakt", particle: "bekend" },
  { lemma: "kenbaar maken", finite: ["maakt", "maken", "maakte", "maakten"], participle: "kenbaar gemaakt", particle: "kenbaar" },
  { lemma: "verwoorden", finite: ["verwoordt", "verwoorden", "verwoordde", "verwoordden"], participle: "verwoord" },
  { lemma: "vaststellen", finite: ["stelt", "stellen", "stelde", "stelden"], participle: "vastgesteld", particle: "vast" },
  { lemma: "betogen", finite: ["betoogt", "betogen", "betoogde", "betoogden"], participle: "betoogd" },
  { lemma: "zien als", finite: ["ziet", "zien", "zag", "zagen"], participle: "gezien", particle: "als" },
  { lemma: "zien", finite: ["ziet", "zien", "zag", "zagen"] },
  { lemma: "inbrengen", finite: ["brengt", "brengen", "bracht", "brachten"], participle: "ingebracht", particle: "in" },
  { lemma: "naar voren brengen", finite: ["brengt", "brengen", "bracht", "brachten"], participle: "naar voren gebracht", particle: "voren" },
  { lemma: "verwijzen", finite: ["verwijst", "verwijzen", "verwees", "verwezen"], participle: "verwezen" },
  { lemma: "spreken van", finite: ["spreekt", "spreken", "sprak", "spraken"], particle: "van" },
  { lemma: "vooruitlopen op", finite: ["loopt", "lopen", "liep", "liepen"], participle: "vooruitgelopen", particle: "vooruit" },
  { lemma: "menen", finite: ["meent", "menen", "meende", "meenden"], participle: "gemeend" },
  { lemma: "besluiten", finite: ["besluit", "besluiten", "besloot", "besloten"], participle: "besloten" },
  { lemma: "bedanken", finite: ["bedankt", "bedanken", "bedankte", "bedankten"], participle: "bedankt", stance: "support" },
  { lemma: "verwelkomen", finite: ["verwelkomt", "verwelkomen", "verwelkomde", "verwelkomden"], participle: "verwelkomd", stance: "support" },
  { lemma: "toejuichen", finite: ["juicht", "juichen", "juichte", "juichten"], participle: "toegejuicht", particle: "toe", stance: "support" },
  { lemma: "feliciteren", finite: ["feliciteert", "feliciteren", "feliciteerde", "feliciteerden"], participle: "gefeliciteerd", stance: "support" },
  { lemma: "complimenteren", finite: ["complimenteert", "complimenteren", "complimenteerde", "complimenteerden"], participle: "gecomplimenteerd", stance: "support" },
  { lemma: "beloven", finite: ["belooft", "beloven", "beloofde", "beloofden"], participle: "beloofd", stance: "commitment" },
  { lemma: "eisen", finite: ["eist", "eisen", "eiste", "eisten"], participle: "geëist", stance: "request" },
  { lemma: "aanbevelen", finite: ["beveelt", "bevelen", "beval", "bevalen"], participle: "aanbevolen", particle: "aan", stance: "request" },
  { lemma: "ontraden", finite: ["ontraadt", "ontraden", "ontried", "ontrieden", "ontraadde", "ontraadden"], participle: "ontraden", stance: "oppose" },
  { lemma: "laten aantekenen", finite: ["laat", "laten", "liet", "lieten"], particle: "aantekenen" },
  { lemma: "verwerpen", finite: ["verwerpt", "verwerpen", "verwierp", "verwierpen"], participle: "verworpen", stance: "oppose" },
  // Telling and adding to what was said: "Hij vertelt dat ...", "vult aan dat ...", "voegde eraan toe dat ...".
  { lemma: "vertellen", finite: ["vertelt", "vertellen", "vertelde", "vertelden"], participle: "verteld" },
  { lemma: "aanvullen", finite: ["vult", "vullen", "vulde", "vulden"], participle: "aangevuld", particle: "aan" },
  { lemma: "toevoegen", finite: ["voegt", "voegen", "voegde", "voegden"], participle: "toegevoegd", particle: "toe" },
  { lemma: "signaleren", finite: ["signaleert", "signaleren", "signaleerde", "signaleerden"], participle: "gesignaleerd" },
  { lemma: "herhalen", finite: ["herhaalt", "herhalen", "herhaalde", "herhaalden"], participle: "herhaald" },
  { lemma: "beklemtonen", finite: ["beklemtoont", "beklemtonen", "beklemtoonde", "beklemtoonden"], participle: "beklemtoond" },
  { lemma: "opperen", finite: ["oppert", "opperen", "opperde", "opperden"], participle: "geopperd", stance: "request" },
  { lemma: "bepleiten", finite: ["bepleit", "bepleiten", "bepleitte", "bepleitten"], participle: "bepleit", stance: "request" },
  { lemma: "beamen", finite: ["beaamt", "beamen", "beaamde", "beaamden"], participle: "beaamd", stance: "support" },
  // "sprak de verwachting uit dat ...", "ontkent dat ...", "nuanceert de toon", "nodigde de regio's uit", "hoopt dat ...".
  { lemma: "uitspreken", finite: ["spreekt", "spreken", "sprak", "spraken"], participle: "uitgesproken", particle: "uit" },
  { lemma: "ontkennen", finite: ["ontkent", "ontkennen", "ontkende", "ontkenden"], participle: "ontkend" },
  { lemma: "nuanceren", finite: ["nuanceert", "nuanceren", "nuanceerde", "nuanceerden"], participle: "genuanceerd" },
  { lemma: "uitnodigen", finite: ["nodigt", "nodigen", "nodigde", "nodigden"], participle: "uitgenodigd", particle: "uit" },
  { lemma: "hopen", finite: ["hoopt", "hopen", "hoopte", "hoopten"], participle: "gehoopt", stance: "request" },
];

/**
 * Nominal speech acts with a light verb ("gaf een toelichting", "deed de suggestie", "maakte een
 * samenvatting"): the holder is the light verb's subject.
 */
const SPEECH_NOUNS_FOR_LIGHT_VERBS = "verslag|beeld|schets|terugblik|toelichting|presentatie|update|overzicht|samenvatting|suggestie|oproep|voorstel|toezegging|mededeling|pleidooi|terugkoppeling|verzoek|uiteenzetting|reactie|uitspraak|rondvragen|rondvraag|vragen|vraag|kritiek|zorgen|bezorgdheid|ongerustheid|waardering|steun";
/** The same with the noun first, as in a subordinate clause or an infinitive: "een uitspraak deed", "een toelichting te geven". */
export const NOMINAL_SPEECH_ACT_VERB_LAST = new RegExp(`\\b(?:${SPEECH_NOUNS_FOR_LIGHT_VERBS})\\s+(?:\\S+\\s+){0,3}?(?:te\\s+)?(?:geeft|geven|gaf|gaven|doet|doen|deed|deden|houdt|houden|hield|hielden|uit|uitspreken|uitsprak|uitspraken|gedaan|gegeven|gehouden)\\b`, "i");
/** "opent met de constatering dat ...", "besloot met een oproep aan ...": a contribution framed by how it begins or ends. */
const OPENS_WITH = String.raw`\b(?:opent|opende|openen|openden|begint|begon|begonnen|eindigt|eindigde|eindigden|besluit|besloot|sluit\s+af|sloot\s+af)\s+(?:\S+\s+){0,2}?met\s+(?:de|het|een|zijn|haar|hun)\s+(?:\S+\s+)?(?:constatering|opmerking|vaststelling|waarschuwing|kanttekening|oproep|vraag|pleidooi|compliment|verzoek)`;
/** "is van mening dat ...", "zijn van oordeel dat ...": holding a view is saying it. */
const OF_THE_VIEW = String.raw`\b(?:is|zijn|was|waren|blijft|blijven|bleef|bleven)\s+(?:\S+\s+){0,2}?van\s+(?:mening|oordeel|opvatting|gedachte)\b`;
export const NOMINAL_SPEECH_ACT = new RegExp(String.raw`${OPENS_WITH}|${OF_THE_VIEW}|\b(?:geeft|geven|gaf|gaven|doet|doen|deed|deden|maakt|maken|maakte|maakten|houdt|houden|hield|hielden|spreekt|spreken|sprak|spraken|had|hadden|uit|uiten|uitte|uitten)\s+(?:\S+\s+){0,4}?(?:verslag|beeld|schets|terugblik|toelichting|presentatie|update|overzicht|samenvatting|suggestie|oproep|voorstel|toezegging|mededeling|pleidooi|terugkoppeling|verzoek|uiteenzetting|reactie|uitspraak|rondvragen|rondvraag|vragen|vraag|kritiek|zorgen|bezorgdheid|ongerustheid|waardering|steun)\b`, "i");

/** Nouns that carry a speech act and name their holder with "van": "op zorgen van de burgemeesters". */
export const SPEECH_ACT_NOUNS = "vraag|vragen|verzoek|verzoeken|oproep|zorg|zorgen|suggestie|voorstel|opmerking|opmerkingen|wens|wensen|toezegging|pleidooi|kritiek|signaal|signalen|toelichting|verlangen|advies|adviezen|mededeling|reactie|uitspraak|standpunt|bezwaar|bezwaren|pleidooien|steun|instemming|goedkeuring";

export const REPORTING_FINITE_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((v) => v.finite));
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((v) => (v.participle ? [v.participle] : [])));
