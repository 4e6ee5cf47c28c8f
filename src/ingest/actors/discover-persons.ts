/**
 * Persons a document names that the gazetteer does not know, with the role the text gives them:
 *   - a form of address before a surname: "de heer Lubbers", "mevrouw Van Houten", "drs. M. Oosterbroek";
 *   - an attendance list: "Aanwezig zijn de heren Hofstede (voorzitter), Brouwer en Mulder";
 *   - an office title before a name: "burgemeester Okkema", "korpschef Gerard Timmerhuis";
 *   - a full name with a common first name anywhere: "Annet Dijkhuis", "Koen van Wijngaarden";
 *   - a name followed by the body it speaks for in brackets, as lists of members write it:
 *     "Bergsma (SP)", "Van Dijk (VVD)" (the bracket must name a body the document knows);
 * and their role from the words around the first mention: a title before it ("Voorzitter
 * Veiligheidsberaad Annet Dijkhuis"), an apposition after it ("Ingrid Wolters, voorzitter van
 * het LOVP,"), a bracket ("Hofstede (voorzitter)"), or the line under a signature.
 * A surname-only mention joins the full name with that surname in the same document.
 */
import { genderOfFirstName, isFirstName, type Gender } from "../lexicon/first-names.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";
import { FULL_NAME, INITIALS, NAME_WORD, PARTICLE_LOWER, parseName, SURNAME_AFTER_ROLE, SURNAME_ALONE, TITLES, type PersonName } from "./name-grammar.js";

export interface PersonMention {
  start: number;
  end: number;
  name: PersonName;
}

export interface DiscoveredPerson {
  name: PersonName;
  mentions: PersonMention[];
  /** The role phrase the text gives the person ("voorzitter van het LOVP", "burgemeester"), if any. */
  role: string | null;
  /** From a form of address ("de heer", "mevrouw") or a given name the lists know, if any. */
  gender?: Gender;
}

const TITLED = new RegExp(`(?<![\\p{L}])${TITLES}[^\\S\\n]+((?:${INITIALS}|\\p{Lu}[\\p{Ll}\\p{M}]+[^\\S\\n]+(?=\\p{Lu}|van|de|ter|ten))?[^\\S\\n]*${SURNAME_ALONE})`, "gu");
// "directeur GHOR Keijzers", "commandant VRZ Maessen": the body's acronym may stand between role and name.
const ROLE_THEN_NAME = new RegExp(`(?<![\\p{L}-])(?:${ROLE_PATTERN})[^\\S\\n]+(?:[A-Z]{2,6}[^\\S\\n]+)?(${FULL_NAME}|${SURNAME_AFTER_ROLE})`, "gu");
const ANY_FULL_NAME = new RegExp(`(?<![\\p{L}])${FULL_NAME}`, "gu");
/** A full name starting exactly at `lastIndex` (sticky). */
const NAME_AT = new RegExp(FULL_NAME, "uy");
const ATTENDANCE = /\bde (?:heren|dames|leden)\s+([^.;\n]+?)(?=\s+en de (?:heren|dames)\b|[.;\n]|$)/gu;
const BRACKET_ROLE = /^\s*\(([\p{Ll}][\p{L} -]{2,40})\)/u;
const GIVEN_THEN_PARTICLE = new RegExp(`^(\\p{Lu}\\p{Ll}+)[^\\S\\n]+(${PARTICLE_LOWER}[^\\S\\n]+${NAME_WORD})$`, "u");
const OF_PLACE_AFTER = /^[^\S\n]+van[^\S\n]+(?:de[^\S\n]+|het[^\S\n]+)?\p{Lu}/u;
const BRACKET = /^\s*\(([^()\n]{2,40})\)/u;
// Not after a capitalised word: in "Veiligheidsregio Noorderzand (VRN)" the last word is no surname.
const NAME_THEN_BRACKET = new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]*[^\\S\\n]+)(?<![\\p{L}])(?!(?:${TITLES}|${ROLE_PATTERN})[^\\S\\n])(${FULL_NAME}|${SURNAME_ALONE})[^\\S\\n]*\\(([^()\\n]{2,40})\\)`, "gu");
// An attendance list gives one person a line (or an item after a dash, when its lines were joined): the apposition ends with it ("- mevrouw X, politiechef eenheid Y").
const APPOSITION = new RegExp(`^,\\s+((?:de\\s+|het\\s+|oud-)?(?:${ROLE_PATTERN})\\b[^,.;:()]{0,80}?)(?=[^\\S\\n]*(?:,|\\.|;|\\(|\\n|\\s[-–•]\\s|$|\\s+die\\b|\\s+en\\s+(?:dhr|mevr|mw|de heer|mevrouw)\\b))`, "u");
/** An academic title, which may stand between a role and a name: "officier van justitie mr. R. Smit". */
const ACADEMIC_TITLE = "(?:mr|dr|drs|ir|ing|prof)";
const ROLE_BEFORE = new RegExp(`(?:^|[\\s(])((?:${ROLE_PATTERN})(?:\\s+(?:van\\s+)?(?:de\\s+|het\\s+)?\\p{Lu}[\\p{L}'’&-]*){0,3})(?:\\s+${ACADEMIC_TITLE}\\.?)*\\s+$`, "u");
/** An apposition ending in an academic title stops before the next person's name. */
const ENDS_IN_ACADEMIC_TITLE = new RegExp(`\\b${ACADEMIC_TITLE}$`, "iu");
/**
 * "burgemeester Rijnbende (Geldermonde)": a mayor with the municipality in brackets, as lists of
 * those present write it. Only mayors: a wethouder's bracket names a portfolio as often ("(Zorg)").
 */
const PLACE_TITLE = /^burgemeester$/iu;
/** A municipality's name: one or two capitalised words ("Geldermonde", "Oost-Kerkdijk"), not an acronym. */
export const PLACE_NAME = "\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:[ -]\\p{Lu}\\p{Ll}[\\p{L}'’]*)?";
const PLACE_BRACKET = new RegExp(`^[^\\S\\n]*\\((${PLACE_NAME})(?:,[^()\\n]*)?\\)`, "u");
const SIGNATURE_ROLE = new RegExp(`^\\s*\\n\\s*((?:${ROLE_PATTERN})[^\\n]{0,60})`, "u");

function add(found: Map<string, DiscoveredPerson>, name: PersonName, start: number, end: number): void {
  const key = `${name.first}|${name.surname}`;
  const person = found.get(key) ?? { name, mentions: [], role: null };
  person.mentions.push({ start, end, name });
  found.set(key, person);
}

/** Offsets of `group` (a captured substring) inside the match. */
function groupStart(match: RegExpMatchArray, group: string): number {
  return match.index! + match[0].lastIndexOf(group);
}

/**
 * `isBody` says whether a bracket's content names a body the document knows ("SP", "VVD"): after a
 * name it makes the name a person's and the body the one the person speaks for.
 */
export function discoverPersons(text: string, isKnown: (start: number, end: number) => boolean, isBody: (name: string) => boolean = () => false): DiscoveredPerson[] {
  const found = new Map<string, DiscoveredPerson>();
  const consider = (written: string, start: number, requireFirstName: boolean): void => {
    let trimmed = written.replace(/\s+$/u, "");
    let name = parseName(trimmed, !requireFirstName);
    // "burgemeester Ria van Dalsum van Zuidermolen": when a second "van" phrase follows, the first
    // "van" is a surname's particle (the second says "of"), so the word before it is a given name.
    const given = !name && !requireFirstName ? GIVEN_THEN_PARTICLE.exec(trimmed) : null;
    if (given && OF_PLACE_AFTER.test(text.slice(start + trimmed.length, start + trimmed.length + 60))) name = { first: given[1]!, surname: given[2]! };
    // "Dirkzwager van Veiligheidsregio X" is no full name (no first name): the surname is its first word.
    if (!name && !requireFirstName) {
      trimmed = new RegExp(`^${SURNAME_AFTER_ROLE}`, "u").exec(trimmed)?.[0] ?? "";
      name = trimmed ? parseName(trimmed) : null;
    }
    if (!name) return;
    if (requireFirstName && !name.first) return;
    if (isKnown(start, start + trimmed.length)) return;
    add(found, name, start, start + trimmed.length);
  };
  for (const m of text.matchAll(TITLED)) consider(m[1]!, groupStart(m, m[1]!), false);
  for (const m of text.matchAll(ROLE_THEN_NAME)) consider(m[1]!, groupStart(m, m[1]!), false);
  for (const m of text.matchAll(ANY_FULL_NAME)) {
    consider(m[0], m.index!, true);
    // "Volgens Annet Dijkhuis", "Door Marieke Doornbos": a capitalised word that is no given name
    // opened the match; the name may start at the next word.
    const opener = /^\S+[^\S\n]+/u.exec(m[0]);
    if (!opener || isFirstName(opener[0].trim())) continue;
    NAME_AT.lastIndex = m.index! + opener[0].length;
    const name = NAME_AT.exec(text);
    if (name) consider(name[0], name.index, true);
  }
  for (const m of text.matchAll(NAME_THEN_BRACKET)) if (isBody(m[2]!.trim())) consider(m[1]!, m.index!, false);
  for (const m of text.matchAll(ATTENDANCE)) {
    const listStart = groupStart(m, m[1]!);
    for (const item of m[1]!.matchAll(new RegExp(`${SURNAME_ALONE}`, "gu"))) {
      consider(item[0], listStart + item.index!, false);
    }
  }
  const persons = mergeSurnames([...found.values()]);
  const nameStarts = persons.flatMap((p) => p.mentions.map((m) => m.start));
  for (const person of persons) {
    person.role = roleOf(text, person, nameStarts, isBody);
    const gender = genderOf(text, person);
    if (gender) person.gender = gender;
  }
  return persons;
}

/** "Kranenburg" and "Wouter Kranenburg" in one document are one person (when only one has that surname). */
function mergeSurnames(persons: DiscoveredPerson[]): DiscoveredPerson[] {
  const full = persons.filter((p) => p.name.first);
  const kept: DiscoveredPerson[] = [...full];
  for (const person of persons.filter((p) => !p.name.first)) {
    const same = full.filter((f) => f.name.surname.toLowerCase() === person.name.surname.toLowerCase());
    if (same.length === 1) same[0]!.mentions.push(...person.mentions);
    else kept.push(person);
  }
  // Initials and a first name for the same surname ("M. Oosterbroek", "Marieke Oosterbroek") stay apart: the text does not say.
  for (const p of kept) p.mentions.sort((a, b) => a.start - b.start);
  return kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function roleOf(text: string, person: DiscoveredPerson, nameStarts: number[], isBody: (name: string) => boolean): string | null {
  for (const mention of person.mentions) {
    const after = text.slice(mention.end, mention.end + 160);
    const bracket = BRACKET_ROLE.exec(after);
    if (bracket) return bracket[1]!.trim();
    const body = BRACKET.exec(after);
    if (body && isBody(body[1]!.trim())) return body[1]!.trim();
    const apposition = APPOSITION.exec(after);
    // In a list ("Pieter Alkema, commandant brandweer Jorien Haverkamp, ...") the title after the comma is the next person's.
    // ("burgemeester A. de Wilde, officier van justitie mr. R. Smit": the apposition stops at "mr.", before the next name.)
    const listsNext = apposition && (nameStarts.some((start) => start > mention.end && start < mention.end + apposition[0].length) || ENDS_IN_ACADEMIC_TITLE.test(apposition[1]!));
    if (apposition && !listsNext) return apposition[1]!.replace(/^(?:de|het)\s+/u, "").trim();
    const signature = SIGNATURE_ROLE.exec(after);
    if (signature) return signature[1]!.trim();
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 80), mention.start));
    const place = before && PLACE_TITLE.test(before[1]!.trim()) ? PLACE_BRACKET.exec(after) : null;
    if (place && !isBody(place[1]!)) return `${before![1]!.trim().toLowerCase()} van ${place[1]}`;
    if (before) return before[1]!.trim();
  }
  return null;
}

const MALE_ADDRESS = /(?:\b[Dd]e\s+heer|\b[Dd]hr\.?)\s+$/u;
const FEMALE_ADDRESS = /\b(?:[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?)\s+$/u;

function genderOf(text: string, person: DiscoveredPerson): Gender | undefined {
  for (const mention of person.mentions) {
    const before = text.slice(Math.max(0, mention.start - 12), mention.start);
    if (MALE_ADDRESS.test(before)) return "male";
    if (FEMALE_ADDRESS.test(before)) return "female";
  }
  return person.name.first ? genderOfFirstName(person.name.first) : undefined;
}
