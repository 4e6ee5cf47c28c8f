/**
 * Bodies a document names that the gazetteer does not know:
 *   - a name with an institutional head: "de Nationale Ombudsman", "het Algemeen Bestuur VRN",
 *     "de Commissie Bestuur & Veiligheid", "Veiligheidsregio Noorderzand";
 *   - a name defined with its acronym: "Raad van Brandweercommandanten (RBC)" (the acronym becomes
 *     an alias, also of a known body: "Dagelijks Bestuur Veiligheidsberaad (DB)");
 *   - a municipality as a party: "de gemeente Oosterwold";
 *   - parties of a council: the lists of a vote ("Voor: A, B en C."), "fractie X", "namens X";
 *   - an unknown acronym as the subject of a finite verb ("De DLB had twee rondvragen").
 */
import { isFiniteVerb } from "../lexicon/finite-verbs.js";
import { VOTE_VERB } from "../lexicon/framing.js";
import { TITLES } from "./name-grammar.js";
import { slug } from "./slug.js";

export interface DiscoveredBody {
  id: string;
  name: string;
  aliases: string[];
  /** Set when the body is a known actor that the document gives an acronym. */
  knownId?: string;
}

const CAP = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*`;
const LINK = String.raw`(?:van|voor|der|de|het|en|&|op|in)`;
const HEADS = [
  "Algemeen Bestuur", "Dagelijks Bestuur", "Bestuur", "Raad", "Dienst", "Autoriteit", "Commissie", "Stichting", "Vereniging", "Centrum",
  "Bureau", "Inspectie", "Ministerie", "Ombudsman", "Academie", "Federatie", "Instituut", "Agentschap", "Directie", "Platform",
  "Genootschap", "College", "Beraad", "Overleg", "Onderzoeksraad", "Veiligheidsregio", "Universiteit", "Provincie", "Kamer",
  "Fractie", "Partij", "Brandweer", "Omgevingsdienst", "Rekenkamer", "Bond", "Stuurgroep",
].join("|");
// A head noun followed by a name (capitalised words, or an acronym), or preceded by a qualifier.
const BODY = new RegExp(
  String.raw`(?<![\p{L}])((?:(?:Nationale|Landelijke?|Centrale?|Koninklijke|Algemene|Regionale|Openbaar|Gemeenschappelijke)[^\S\n]+)?(?:${HEADS})(?:[^\S\n]+(?:${LINK}[^\S\n]+){0,2}${CAP}){1,4})`,
  "gu",
);
const QUALIFIED_BODY = /(?<![\p{L}])((?:Nationale|Landelijke?|Centrale?|Koninklijke)\s+(?:Ombudsman|Politie|Eenheid|Recherche))(?![\p{L}])/gu;
// An acronym may keep a small "van" or "en" ("BvB", "VvE", "RvC").
const ACRONYM_DEFINITION = new RegExp(String.raw`(?<![\p{L}])(${CAP}(?:[^\S\n]+(?:${LINK}[^\S\n]+)*${CAP}){0,6})[^\S\n]+\(([A-Z][A-Z0-9&]{1,6}|[A-Z](?:[a-z]?[A-Z0-9&]){1,5})\)`, "gu");
const HEAD_ALONE = new RegExp(`^(?:${HEADS})$`, "u");
const COUNCIL_OF = /(?<![\p{L}])(gemeenteraad|raad)\s+van\s+(\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-]|\s+\p{Lu})/gu;
const MUNICIPALITY = /\b[Gg]emeente\s+((?:['’]t\s+|['’]s-)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu;
const PARTY_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}\p{N}'’-]*){0,2}`;
const VOTE_LIST = new RegExp(String.raw`(?:^|\n|[.;]\s+)\s*(?:V[oó]{2}r|Tegen|Voorstemmers|Tegenstemmers)\s*(?:\(\d+\))?\s*:\s*([^\n.;]+)`, "gu");
/** "Voor stemden A en B.", "tegen stemmen de fracties van C en D": the list after an inverted vote verb. */
const VOTE_VERB_LIST = new RegExp(String.raw`(?:^|[\n.;:]\s*)(?:V[oó]{2}r|Tegen|v[oó]{2}r|tegen)\s+${VOTE_VERB}\s+(?:de\s+fracties?\s+van\s+)?([^.;\n]+)`, "gu");
/** "GroenLinks, SP en D66 stemden tegen": the list before the vote verb. */
const VOTE_SUBJECT = new RegExp(String.raw`(?:^|[\n.;]\s*)((?:${PARTY_NAME}\s*,\s*)*${PARTY_NAME}\s+en\s+(?:de\s+|het\s+)?${PARTY_NAME})\s+(?:stemden|stemmen)\s+(?:voor|tegen)\b`, "gu");
const FRACTION = new RegExp(String.raw`\b[Ff]ractie\s+(?:van\s+(?:de\s+|het\s+)?)?(${PARTY_NAME})`, "gu");
const ON_BEHALF = new RegExp(String.raw`\bnamens\s+(${PARTY_NAME})`, "gu");
const ACRONYM_SUBJECT = /(?<![\p{L}])(?:[Dd]e|[Hh]et)\s+([A-Z][A-Z0-9'’]{1,5})\s+(\p{Ll}+)/gu;
const ACRONYM_INVERTED = /(?<![\p{L}])(\p{Ll}+)\s+(?:de|het)\s+([A-Z][A-Z0-9'’]{1,5})(?![\p{L}])/gu;
/**
 * A body named by a compound of its kind and a name of its own: "Ondernemersvereniging Marktzicht",
 * "Woonstichting De Linde", "Ggz-instelling Duinrand", "Havenbedrijf Zeevang", "vakbond Blauw Front",
 * "Spaarbank Zuiderkwartier".
 * Group 1 is the compound, group 2 the name.
 */
const COMPOUND_BODY = /(?<![\p{L}-])((?:\p{L}+-)?\p{L}*(?:vereniging|bond|stichting|instelling|bedrijf|corporatie|organisatie|federatie|unie|coöperatie|collectief|genootschap|partij|bank|fonds|maatschappij|omroep|ziekenhuis))[^\S\n]+(\p{Lu}[\p{L}'’&-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|&)){0,3})/gu;
/** "De CDA-fractie", "de PvdA-fractie": the party of a council group. */
const PARTY_GROUP = /(?<![\p{L}])[Dd]e\s+(\p{Lu}[\p{L}\p{N}&]*(?:-\p{Lu}[\p{L}\p{N}]*)?)-fractie\b/gu;
/** A local party named by one compound: "De Stadspartij steunt ...", "Dorpsbelang vraagt ...". */
const PARTY_WORD = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:partij|belang|belangen))(?![\p{L}-])(?![^\S\n]+\p{Lu})/gu;
/**
 * A member's party in brackets after the name, as reports of councils and committees list speakers:
 * "De heer Bosveld (Dorrewijks Belang)", "Bakkali (Sociaal Progressief Verbond, SPV)". Only a name
 * that a party word marks, or one that gives its acronym: "Burgemeester Jansen (Velderen)" names a place.
 */
const MEMBER_PARTY = new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}'’-]+[^\S\n]*\((${PARTY_NAME})(?:,[^\S\n]*([A-Z][A-Za-z]{1,6}))?\)`, "gu");
const PARTY_MARK = /(?:^|\s)(?:\p{L}*(?:[Bb]elang|[Bb]elangen|[Pp]artij|[Vv]erbond|[Uu]nie|[Aa]lliantie)|Lokaal|Leefbaar|Liberaal|Liberale|Sociaal|Sociale|Christelijk|Christelijke|Progressief|Progressieve|Groen|Democratisch|Democraten|Onafhankelijk|Onafhankelijke|Dorps\p{L}*|Burger\p{L}*|Lijst|Vooruit|Sterk|Samen|Actief|Plus|Centraal|Anders|Echt|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+)(?=\s|$)/u;
/** "de brancheorganisatie van ggz-instellingen", "de vereniging van huiseigenaren": a body named by what it brings together. */
/** "de actiegroep Boeren in Nood", "bewonersvereniging De Linde": a group with a name of its own. */
const NAMED_GROUP = /(?<![\p{L}])((?:actiegroep|bewonersgroep|bewonersvereniging|belangengroep|werkgroep|burgerinitiatief|buurtvereniging|ondernemersvereniging|platform)\s+(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:in|van|voor|de|het|en)?\s*\p{Lu}[\p{L}'’-]*){0,3})/gu;
const ORGANISATION_OF = /(?<![\p{L}])(?:[Dd]e|[Hh]et)\s+((?:brancheorganisatie|koepelorganisatie|koepel|belangenvereniging|vereniging|stichting|federatie|werkgeversorganisatie|vakbond|bond|netwerk|platform|branchevereniging|beroepsvereniging)\s+(?:van|voor)\s+(?:de\s+|het\s+)?[\p{L}-]+(?:\s+(?:en|in|van)\s+[\p{L}-]+){0,2})/gu;
/**
 * An unnamed body as the subject of a finite verb at the start of a sentence: "De
 * winkeliersvereniging van het Marktplein maakt zich zorgen", "Ook de regionale zorginstellingen
 * herkennen ...": a compound whose head says it is an organisation or a constituency.
 */
const BODY_HEAD = String.raw`[a-zà-öø-ÿ-]*(?:vereniging|verenigingen|instelling|instellingen|organisatie|organisaties|corporatie|corporaties|bond|bonden|stichting|federatie|ondernemers|bewoners|omwonenden|winkeliers|verzekeraars|aanbieders|bedrijven|gemeenten|vakbonden|uitbaters)`;
const COMMON_NOUN_SUBJECT = new RegExp(
  String.raw`(?:^|[.!?:]\s+|
\s*)(?:Ook\s+|Daarnaast\s+|Verder\s+)?(?:[Dd]e|[Hh]et)\s+((?:[a-zà-öø-ÿ]+e\s+){0,2}${BODY_HEAD}(?:\s+(?:van|uit|in)\s+(?:de\s+|het\s+)?(?:\p{Lu}[\p{L}-]*|[a-zà-öø-ÿ-]+)(?:\s+\p{Lu}[\p{L}-]*){0,2})?)\s+(\p{Ll}+)`,
  "gu",
);
/** A form of address or a title only persons carry: before it stands a person, not a body. */
const PERSON_TITLE = String.raw`(?:${TITLES}|[Hh]eer|[Ww]ethouder|[Bb]urgemeester|[Rr]aadslid|[Gg]edeputeerde|[Ss]tatenlid|[Kk]amerlid)`;
const PERSON_TITLE_BEFORE = new RegExp(String.raw`\b${PERSON_TITLE}\s+$`, "u");
const PERSON_TITLE_FIRST = new RegExp(String.raw`^${PERSON_TITLE}\s`, "u");
/** A head without a name is generic ("het bestuur"): only a name after it makes a body. */
const NOT_A_NAME = /^(?:De|Het|Een|Dit|Deze|Die|Dat|Er|In|Op|Voor|Van|En|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December)$/u;

/**
 * Whether a name can be the long form of an acronym: the acronym's first letter starts the name and
 * its other letters follow in the name in order ("Veiligheidsregio Noorderzand" spells "VRN": a
 * compound gives letters from inside a word).
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z0-9]/g, "");
  const long = name.toLowerCase().replace(/^(?:de|het)\s+/u, "");
  if (letters.length === 0 || long[0] !== letters[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}


/**
 * A one-word name the text also uses alone as the subject of a finite verb ("Netvia laat weten",
 * "wil Netvia niet reageren") names the body there too; one that only stands after a place word
 * ("in Marktzicht") may be the place the body is named after.
 */
function actsAlone(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const subject = new RegExp(`(?<![\\p{L}])(?<!(?:in|te|uit|naar|bij|van|rond|nabij)\\s)${escaped}\\s+(\\p{Ll}+)`, "gu");
  const inverted = new RegExp(`(?<![\\p{L}])(\\p{Ll}+)\\s+${escaped}(?![\\p{L}])`, "gu");
  for (const m of text.matchAll(subject)) if (isFiniteVerb(m[1]!)) return true;
  for (const m of text.matchAll(inverted)) if (isFiniteVerb(m[1]!) && !/^(?:in|te|uit|naar|bij|van)$/u.test(m[1]!)) return true;
  return false;
}

export function discoverBodies(text: string, isKnown: (start: number, end: number) => string | undefined): DiscoveredBody[] {
  const found = new Map<string, DiscoveredBody>();
  const add = (name: string, aliases: string[], knownId?: string): void => {
    const clean = name.replace(/\s+/g, " ").trim();
    const id = knownId ?? `org:${slug(clean)}`;
    const body = found.get(id) ?? { id, name: clean, aliases: [], ...(knownId ? { knownId } : {}) };
    for (const alias of [clean, ...aliases]) if (!body.aliases.includes(alias)) body.aliases.push(alias);
    found.set(id, body);
  };
  const trimName = (name: string): string => {
    const words = name.split(/\s+/);
    while (words.length > 1 && (NOT_A_NAME.test(words[words.length - 1]!) || /^(?:van|voor|der|de|het|en|&|op|in)$/.test(words[words.length - 1]!))) words.pop();
    return words.join(" ");
  };

  for (const m of text.matchAll(ACRONYM_DEFINITION)) {
    const acronym = m[2]!;
    // "Ook de Liberale Partij Kraaiendam (LPK)": the letters say where the name starts; "De Bond van
    // Brandweermensen (BvB)": the article before the name is no part of it.
    let name = trimName(m[1]!);
    while (!spellsAcronym(name, acronym) && name.split(/\s+/).length > 2) name = name.replace(/^\S+\s+/u, "");
    name = name.replace(/^(?:[Dd]e|[Hh]et)\s+(?=\p{Lu})/u, "");
    if (name.split(/\s+/).length < 2 && !new RegExp(HEADS).test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    // "De heer Van Leeuwen (VVD)": a person's party in brackets, not a body defining its acronym.
    if (PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || PERSON_TITLE_FIRST.test(name)) continue;
    // "Bergsma (SP)", "Van Dijk (VVD)": a name that does not spell the letters does not define them.
    if (!spellsAcronym(name, acronym)) continue;
    const known = isKnown(start, start + name.length);
    add(name, [acronym], known);
  }
  for (const m of [...text.matchAll(BODY), ...text.matchAll(QUALIFIED_BODY)]) {
    const name = trimName(m[1]!);
    if (!/\s/.test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    if (isKnown(start, start + name.length)) continue;
    add(name, []);
  }
  for (const m of text.matchAll(NAMED_GROUP)) {
    const name = m[1]!.replace(/\s+(?:in|van|voor|de|het|en)$/u, "");
    const start = m.index!;
    if (!isKnown(start, start + name.length)) add(name, [name.replace(/^\p{Ll}+\s+/u, "")]);
  }
  for (const m of text.matchAll(ORGANISATION_OF)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    if (!isKnown(start, start + m[1]!.length)) add(m[1]!, []);
  }
  for (const m of text.matchAll(MUNICIPALITY)) {
    const place = m[1]!;
    const start = m.index! + m[0].length - place.length;
    if (isKnown(m.index!, start + place.length)) continue;
    add(`gemeente ${place}`, [`gemeente ${place}`, `Gemeente ${place}`]);
  }
  // "De raad van Wadlo vraagt ...": the council of another municipality, not this document's own.
  for (const m of text.matchAll(COUNCIL_OF)) {
    const place = m[2]!;
    if (NOT_A_NAME.test(place) || HEAD_ALONE.test(place)) continue;
    const start = m.index! + m[0].length - place.length;
    if (isKnown(start, start + place.length)) continue;
    add(`gemeenteraad van ${place}`, [`${m[1]} van ${place}`, `gemeenteraad ${place}`]);
  }
  const party = (name: string, start: number): void => {
    const clean = name.replace(/[.,;:!?]+$/u, "").trim();
    if (clean.length < 2 || NOT_A_NAME.test(clean) || isKnown(start, start + clean.length)) return;
    add(clean, []);
  };
  for (const m of [...text.matchAll(VOTE_LIST), ...text.matchAll(VOTE_VERB_LIST), ...text.matchAll(VOTE_SUBJECT)]) {
    const list = m[1]!;
    const listStart = m.index! + m[0].indexOf(list);
    for (const item of list.matchAll(/[^,]+/gu)) {
      for (const part of item[0].split(/\s+en\s+/u)) {
        const offset = listStart + item.index! + item[0].indexOf(part);
        // "en de VVD": the article is no part of the party's name.
        const name = part.trim().replace(/^(?:de|het)\s+/u, "");
        if (new RegExp(`^${PARTY_NAME}[.]?$`, "u").test(name)) party(name, offset + part.indexOf(name));
      }
    }
  }
  for (const m of [...text.matchAll(FRACTION), ...text.matchAll(ON_BEHALF)]) party(m[1]!, m.index! + m[0].length - m[1]!.length);
  for (const m of text.matchAll(PARTY_GROUP)) party(m[1]!, m.index! + m[0].indexOf(m[1]!));
  for (const m of text.matchAll(PARTY_WORD)) party(m[1]!, m.index!);
  for (const m of text.matchAll(MEMBER_PARTY)) {
    const name = m[1]!;
    const start = m.index! + m[0].indexOf(`(${name}`) + 1;
    if (!PARTY_MARK.test(name) && !m[2]) continue;
    if (m[2]) {
      if (!isKnown(start, start + name.length)) add(name, [m[2]]);
    } else party(name, start);
  }
  for (const m of text.matchAll(COMPOUND_BODY)) {
    const name = trimName(m[2]!);
    if (NOT_A_NAME.test(name)) continue;
    const kind = m[1]!;
    const start = m.index!;
    const end = start + m[0].indexOf(m[2]!) + name.length;
    // "oppositiepartij GroenLinks", "vakbond ACP": a known body with a word saying what it is.
    if (isKnown(start, end) || isKnown(end - name.length, end)) continue;
    // "Ondernemersvereniging Marktzicht" is also "de ondernemersvereniging Marktzicht", and "Woonstichting
    // De Linde" also "De Linde" (a one-word name alone may be the place it is named after).
    const full = `${kind[0]!.toUpperCase()}${kind.slice(1)} ${name}`;
    add(full, [`${kind[0]!.toLowerCase()}${kind.slice(1)} ${name}`, ...(/\s/.test(name) || actsAlone(text, name) ? [name] : [])]);
  }
  for (const m of text.matchAll(ACRONYM_SUBJECT)) {
    if (!isFiniteVerb(m[2]!)) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    if (!isKnown(start, start + m[1]!.length)) add(m[1]!, []);
  }
  for (const m of text.matchAll(COMMON_NOUN_SUBJECT)) {
    // Any present-tense form will do after such a subject ("herkennen", "vreest"), not only the listed verbs.
    if (!isFiniteVerb(m[2]!) && !/^(?!(?:een|ten|met|tegen|zonder|binnen|buiten|boven|beneden|achter|even|heel|steeds|vaak|echt|niet|toch|ook|net|pas|ruim|flink|sterk|met)$)\p{Ll}{3,}(?:t|en)$/u.test(m[2]!)) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    if (!isKnown(start, start + m[1]!.length)) add(m[1]!, []);
  }
  for (const m of text.matchAll(ACRONYM_INVERTED)) {
    if (!isFiniteVerb(m[1]!)) continue;
    const start = m.index! + m[0].length - m[2]!.length;
    if (!isKnown(start, start + m[2]!.length)) add(m[2]!, []);
  }
  return [...found.values()];
}
