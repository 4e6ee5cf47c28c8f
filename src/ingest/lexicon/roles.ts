/**
 * Office and function titles that minutes put before or after a person's name ("burgemeester
 * Okkema", "Ingrid Wolters, voorzitter van ...", "portefeuillehouder brandweer"). Longest first in
 * the alternation so "oud-burgemeester" wins over "burgemeester".
 */
const ROLE_WORDS = [
  "oud-burgemeester", "loco-burgemeester", "waarnemend burgemeester", "regioburgemeester", "burgemeester",
  "oud-minister", "minister-president", "minister", "staatssecretaris", "wethouder", "gedeputeerde", "commissaris van de koning",
  "plaatsvervangend korpschef", "plv. korpschef", "korpschef", "politiechef", "eenheidschef", "districtschef", "teamchef",
  "hoofdofficier van justitie", "hoofdofficier", "officier van justitie", "procureur-generaal", "advocaat-generaal",
  "vicevoorzitter", "plaatsvervangend voorzitter", "voorzitter", "portefeuillehouder", "fractievoorzitter", "raadslid", "Kamerlid",
  "directeur-generaal", "directeur", "secretaris-generaal", "secretaris", "gemeentesecretaris", "commandant", "brandweercommandant",
  // Functions of a safety region that its minutes write out in full ("directeur publieke gezondheid Bas Timmerman").
  "commandant brandweer", "regionaal commandant", "directeur publieke gezondheid", "algemeen directeur", "directeur veiligheidsregio", "hoofd meldkamer", "dijkgraaf",
  "griffier", "woordvoerder", "adviseur", "indiener", "initiatiefnemer", "raadsvoorzitter", "commissievoorzitter", "ombudsman", "president", "coördinator", "programmamanager", "projectleider",
  // Functions news reports and round tables put before a name ("organisator Nadia Brouwers").
  "organisator", "organisatrice", "bestuursvoorzitter", "bestuurslid", "bestuurder", "vakbondsvoorzitter", "vakbondsbestuurder",
  "hoogleraar", "lector", "onderzoeker", "wijkagent", "hoofdagent", "rechercheur", "wijkregisseur", "teamleider", "manager",
  "eigenaar", "uitbater", "ondernemer", "winkelier", "jongerenwerker", "huisarts", "advocaat", "jurist", "beleidsmedewerker",
  "persvoorlichter", "voorlichter", "zegsman", "zegsvrouw", "kwartiermaker", "penningmeester", "deskundige",
  // Who a report quotes by what they are to the others or to the place ("Collega Wintermans", "Buurvrouw Hennie Scholte").
  "collega", "buurvrouw", "buurman", "bewoner", "bewoonster", "buurtbewoner", "omwonende", "inwoner", "inwoonster",
  "criminoloog", "socioloog", "politicoloog", "econoom", "expert", "lijsttrekker", "partijleider", "actievoerder", "vrijwilliger",
];

/** A function written as one compound with what it heads: "Dorpsraadvoorzitter", "Bondswoordvoerder", "Clubdirecteur". */
// It starts a word and its first part is bounded: unbounded, a regex with it and no word boundary
// before it is quadratic on a very long word (a 100 000-letter word took 20 s).
const COMPOUND_ROLE = String.raw`(?<![\p{L}])\p{L}{3,20}(?:voorzitter|woordvoerder|woordvoerster|directeur|bestuurder|coördinator|commandant)`;

export const ROLE_PATTERN = [
  ...ROLE_WORDS.sort((a, b) => b.length - a.length).map((r) => r.replace(/[.]/g, "\\.").replace(/^(\p{Ll})/u, (c) => `[${c}${c.toUpperCase()}]`)),
  COMPOUND_ROLE,
].join("|");
