/**
 * Words that often close a Dutch compound in minutes about policing, safety and government (the
 * head: a "politieagent" is an "agent", "geldstromen" are "stromen"). src/search/decompound.ts
 * splits a word whose stem ends in one of these (left part at least 3 letters), so a search for
 * the head finds the compound. A list, not a dictionary: the set is closed so the index terms of
 * a text never depend on what else is in the graph; extend it and bump SEARCH_TEXT_VERSION
 * (src/search/index-text.ts) so stored texts are indexed again.
 */
export const COMPOUND_HEADS: readonly string[] = [
  // people and roles
  "agent", "ambtenaar", "analist", "bestuurder", "burger", "burgemeester", "chef", "collega", "deskundige",
  "directeur", "eigenaar", "functionaris", "gebruiker", "hoofd", "inwoner", "jongere", "lid", "leider",
  "medewerker", "minister", "officier", "ondernemer", "partner", "rechter", "slachtoffer", "specialist",
  "staatssecretaris", "verdachte", "vertegenwoordiger", "voorzitter", "wethouder", "getuige", "crimineel",
  "dader", "boa", "rechercheur", "advocaat", "ouder", "kind", "burgemeesters", "korpschef",
  // organisations and bodies
  "afdeling", "autoriteit", "bank", "bedrijf", "bestuur", "bond", "centrum", "college", "commissie",
  "dienst", "eenheid", "gemeente", "instantie", "instelling", "korps", "kabinet", "ministerie", "organisatie",
  "overheid", "partij", "platform", "politie", "raad", "regio", "school", "team", "unie", "vereniging",
  "kamer", "parlement", "ziekenhuis", "gevangenis", "inspectie", "provincie", "rijk", "wijk", "buurt",
  "stad", "land", "haven", "luchthaven", "station",
  // crime and safety
  "aanslag", "agressie", "bedreiging", "criminaliteit", "delict", "diefstal", "drugs", "fraude", "geweld",
  "handel", "inbraak", "incident", "misdrijf", "misbruik", "moord", "overlast", "overval", "terrorisme",
  "veiligheid", "witwassen", "ondermijning", "oplichting", "radicalisering", "extremisme", "explosie",
  "brand", "ongeval", "ramp", "crisis", "dreiging", "risico", "schade", "letsel", "wapen", "mes", "vuurwapen",
  "verkeer", "drank", "alcohol", "cocaine", "hennep", "heroine", "vuurwerk", "rellen", "demonstratie",
  "hacker", "aanval", "spionage", "smokkel", "mensenhandel", "uitbuiting", "zaak", "zaken",
  // policy and administration
  "aanpak", "advies", "afspraak", "agenda", "akkoord", "analyse", "bedrag", "begroting", "beleid",
  "besluit", "bevoegdheid", "bijdrage", "budget", "capaciteit", "controle", "convenant", "cijfer", "data",
  "debat", "doel", "evaluatie", "financiering", "gegeven", "gesprek", "handhaving", "informatie",
  "inzet", "kader", "kosten", "maatregel", "melding", "middel", "model", "norm", "onderzoek", "opdracht",
  "opsporing", "overleg", "plan", "pilot", "prioriteit", "procedure", "programma", "project", "rapport",
  "regeling", "regel", "richtlijn", "samenwerking", "sanctie", "signaal", "situatie", "strategie",
  "stelsel", "subsidie", "systeem", "taak", "toezicht", "uitvoering", "verbod", "vergunning", "verslag",
  "visie", "voorstel", "voorwaarde", "wet", "wetgeving", "zorg", "privacy", "bescherming", "preventie",
  "opvang", "hulp", "bestrijding", "benadering", "ontwikkeling", "verandering", "versterking", "vorming",
  "tekort", "probleem", "vraag", "oplossing", "ervaring", "resultaat", "termijn", "periode", "jaar",
  "maand", "bericht", "brief", "nota", "notitie", "document", "stuk", "punt",
  "camera", "beeld", "netwerk", "stroom", "stromen", "verkeer", "bewaking", "vervoer", "auto", "voertuig",
  "drone", "telefoon", "computer", "software", "app", "website", "internet", "register", "bestand",
  "kennis", "opleiding", "training", "personeel", "formatie", "bezetting", "sterkte", "werkdruk",
  "geld", "vermogen", "betaling", "lening", "schuld", "belasting", "boete", "winst", "markt",
  "ruimte", "gebied", "terrein", "gebouw", "woning", "huis", "pand", "winkel", "bedrijfsleven",
  "zitting", "vergadering", "bijeenkomst", "conferentie", "sessie", "werkbezoek",
];
