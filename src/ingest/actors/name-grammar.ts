/**
 * The shape of Dutch personal names as minutes write them: "Annet Dijkhuis", "Koen van
 * Wijngaarden", "M. Oosterbroek", "de heer Van der Laan", "mevrouw Van Houten", "Yeşilgöz-Zegerius".
 * Lower-case particles belong to a full name ("Ruud van der Laan"); without a first name the
 * particle is capitalised ("Van der Laan"). Regex sources, to be combined by the discovery rules.
 */
import { FIRST_NAMES, isFirstName } from "../lexicon/first-names.js";

/** One capitalised name word, double-barrelled allowed. */
export const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const PARTICLES = ["van der", "van den", "van de", "van 't", "van", "de", "der", "den", "ter", "ten", "te", "in 't", "op de", "op den", "'t", "el", "al", "ben", "bin", "abu", "ait", "le", "la", "du", "da", "dos", "di", "von", "vanden", "vande"];
export const PARTICLE_LOWER = `(?:${PARTICLES.join("|")})`;
export const PARTICLE_UPPER = `(?:${PARTICLES.map((p) => p[0]!.toUpperCase() + p.slice(1)).join("|")})`;
/** Particles of Arabic surnames keep their capital after a first name too: "Soufiane El Mourabit", "Nadia Ben Ali". */
const CAPITALISED_PARTICLE = "(?:El|Al|Ben|Bin|Abu|Abou|Ait|Aït)";
/** A surname after a first name or initials: "van der Laan", "Dijkhuis", "El Mourabit". */
export const SURNAME_AFTER_FIRST = String.raw`(?:(?:${PARTICLE_LOWER}|${CAPITALISED_PARTICLE}(?=[^\S\n]+\p{Lu}))[^\S\n]+)?${NAME_WORD}`;
/** A surname after an office title, where a lower-case "van" means "of" ("voorzitter van Veiligheidsregio X"): "Van der Laan", "Bakker". */
export const SURNAME_AFTER_ROLE = String.raw`(?:${PARTICLE_UPPER}[^\S\n]+)?${NAME_WORD}`;
/** A surname standing alone after a title: "Van der Laan", "van Houten", "Bakker". */
export const SURNAME_ALONE = String.raw`(?:(?:${PARTICLE_UPPER}|${PARTICLE_LOWER})[^\S\n]+)?${NAME_WORD}`;
export const INITIALS = String.raw`(?:\p{Lu}\.[^\S\n]?){1,4}`;
/** A first name or initials, then a surname (the first name is checked against FIRST_NAMES). */
export const FULL_NAME = String.raw`(?:${INITIALS}|\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[^\S\n]*${SURNAME_AFTER_FIRST}`;

/** Forms of address before a name; "het lid" is how parliamentary reports name a member ("het lid Van Dijk"). */
export const TITLES = String.raw`(?:[Hh]et lid|[Dd]e heer|[Mm]evrouw|[Dd]hr\.?|[Mm]w\.?|[Mm]evr\.?|[Mm]r\.|[Dd]r\.|[Dd]rs\.|[Ii]r\.|[Ii]ng\.|[Pp]rof\.)`;

/** Words that look like names after a title but are not ("de heer en mevrouw", months, weekdays). */
// A word that ends as a body's name does ("Belastingdienst", "Arbeidsinspectie") is no surname: "directeur Belastingdienst regio Oost".
const NOT_A_NAME = /^(?:En|Of|Die|Dat|Het|Een|Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|\p{Lu}\p{L}*(?:dienst|inspectie|ministerie|politie|brandweer|gemeente|provincie|directie|afdeling|vereniging|stichting|organisatie))$/u;

export interface PersonName {
  /** First name as written, or initials, or "" when only the surname is known. */
  first: string;
  /** Surname with its particle, lower-case particle form ("van der Laan"). */
  surname: string;
}

/**
 * Splits "Ruud van der Laan", "M. Oosterbroek", "Van Houten" into first name and surname. After a
 * title ("burgemeester Femmie Oosterhuis") two capitalised words are a first name and a surname
 * even when the first name is not a common one (`afterTitle`).
 */
export function parseName(written: string, afterTitle = false): PersonName | null {
  const text = written.replace(/\s+/g, " ").trim();
  const initials = new RegExp(`^(${INITIALS})\\s*(.+)$`, "u").exec(text);
  if (initials) return validSurname(initials[2]!) ? { first: initials[1]!.replace(/\s+/g, ""), surname: lowerParticle(initials[2]!) } : null;
  const words = text.split(" ");
  // After a title only two capitalised words are a first name and a surname: in "minister Dekkerman
  // van Justitie" the lower-case "van" means "of".
  const twoWords = words.length === 2 || (words.length === 3 && new RegExp(`^${CAPITALISED_PARTICLE}$`, "u").test(words[1]!));
  const titledName = afterTitle && twoWords && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!) && !new RegExp(`^${PARTICLE_UPPER}$`, "u").test(words[0]!);
  if (words.length >= 2 && (isFirstName(words[0]!) || titledName)) {
    const surname = words.slice(1).join(" ");
    return validSurname(surname) ? { first: words[0]!, surname: lowerParticle(surname) } : null;
  }
  return validSurname(text) ? { first: "", surname: lowerParticle(text) } : null;
}

function validSurname(surname: string): boolean {
  const last = surname.split(" ").pop() ?? "";
  return new RegExp(`^${SURNAME_ALONE}$`, "u").test(surname) && !NOT_A_NAME.test(last) && !FIRST_NAMES.has(surname);
}

function lowerParticle(surname: string): string {
  if (new RegExp(`^${CAPITALISED_PARTICLE}\\s`, "u").test(surname)) return surname;
  const match = new RegExp(`^(${PARTICLE_UPPER}|${PARTICLE_LOWER})\\s+(.+)$`, "u").exec(surname);
  return match ? `${match[1]!.toLowerCase()} ${match[2]}` : surname;
}

/** "van der Laan" -> "Van der Laan": how the surname is written without a first name. */
export function capitalParticle(surname: string): string {
  return /^\p{Ll}/u.test(surname) ? surname[0]!.toUpperCase() + surname.slice(1) : surname;
}

/** The ways a text refers to a person: full name, surname in both particle forms, title + surname. */
export function nameForms(name: PersonName): string[] {
  const forms = new Set<string>();
  if (name.first) forms.add(`${name.first} ${name.surname}`);
  forms.add(name.surname);
  forms.add(capitalParticle(name.surname));
  return [...forms];
}
