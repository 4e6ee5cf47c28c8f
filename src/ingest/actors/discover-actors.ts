/**
 * Actors the gazetteer does not know, found by Dutch naming patterns so a new document loses
 * nothing: persons (`discover-persons.ts`), offices of a place or body ("de burgemeester van
 * Tilburg", "de directeur van het CJIB") and bodies (`discover-bodies.ts`). All are marked isNew,
 * their ids derived from the name; a person is linked (partOf) to the body or office its role names.
 */
import type { ActorIndex, ActorMention, IndexedActor } from "./actor-index.js";
import { discoverBodies } from "./discover-bodies.js";
import { discoverPersons, PLACE_NAME, type DiscoveredPerson } from "./discover-persons.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";
import { capitalParticle, nameForms } from "./name-grammar.js";
import { slug } from "./slug.js";

const ROLES = "burgemeester|wethouder|gouverneur|commissaris|hoofdofficier van justitie|officier van justitie|directeur|voorzitter|secretaris|minister|staatssecretaris|politiechef|districtschef|teamchef|korpschef";
const NAME = "\\p{Lu}[\\p{L}'-]+";
/** "burgemeester|wethouder" -> each also with a capital, as at the start of a sentence. */
const eitherCase = (words: readonly string[]): string => words.map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1)}`).join("|");
const ROLE_OF = new RegExp(`\\b(${eitherCase(ROLES.split("|"))})\\s+van\\s+((?:de\\s+|het\\s+)?${NAME}(?:\\s+(?:en\\s+)?${NAME}){0,3})`, "gu");

/** Plural titles of an office held per place: "de burgemeesters van X en Y" are two offices. */
const PLURAL_ROLES: Record<string, string> = {
  burgemeesters: "burgemeester", wethouders: "wethouder", gouverneurs: "gouverneur", voorzitters: "voorzitter",
  directeuren: "directeur", directeurs: "directeur", secretarissen: "secretaris", korpschefs: "korpschef", politiechefs: "politiechef", districtschefs: "districtschef",
};
const PLURAL_ROLE_OF = new RegExp(`(?<![\\p{L}])(${eitherCase(Object.keys(PLURAL_ROLES))})\\s+van\\s+(${NAME}(?:\\s*,\\s*${NAME})*\\s+en\\s+${NAME})(?![\\p{L}])`, "gu");
/** The role discover-persons gives a mayor with the municipality in brackets. */
const MAYOR_OF_PLACE = new RegExp(`^burgemeester van (${PLACE_NAME})$`, "u");

function known(index: ActorIndex, text: string, start: number, end: number): string | undefined {
  return index.find(text, start, end).find((m) => m.start <= start && m.end >= end)?.actorId;
}

const MAX_NAME = 120;

export interface Discovery {
  actors: IndexedActor[];
  /** Persons by the role the document gives them ("voorzitter" -> the chair named in the attendance list). */
  personsByRole: Map<string, string>;
  /** The one person the document links to an office (partOf), by office id: "commandant brandweer R. Slagter". */
  personsByOffice: Map<string, string>;
}

export function discoverActors(text: string, index: ActorIndex): Discovery {
  const discovered: IndexedActor[] = [];
  const add = (actor: IndexedActor): void => {
    // A "name" longer than any real one is a run of capitalised words or a damaged text, not an actor.
    if (actor.name.length > MAX_NAME) return;
    if (index.get(actor.id)) {
      index.add(actor);
      return;
    }
    index.add(actor);
    discovered.push(actor);
  };
  const isKnown = (start: number, end: number): string | undefined => known(index, text, start, end);

  for (const body of discoverBodies(text, isKnown)) {
    const existing = body.knownId ? index.get(body.knownId) : undefined;
    if (existing) index.add({ ...existing, aliases: body.aliases });
    else add({ id: body.id, kind: "organisation", name: body.name, aliases: body.aliases, isNew: true });
  }
  for (const m of text.matchAll(ROLE_OF)) {
    if (isKnown(m.index!, m.index! + m[0].length)) continue;
    const role = m[1]!.toLowerCase();
    // "de voorzitter van de Raad van Regionaal Commandanten": the place is the whole body found
    // there, not its first word (which would make every "voorzitter van de Raad ..." one office).
    const isBody = (x: { kind: string }): boolean => x.kind === "organisation" || x.kind === "group";
    const matchEnd = m.index! + m[0].length;
    const placeAt = matchEnd - m[2]!.length;
    const nameAt = placeAt + (/^(?:de|het)\s+/.exec(m[2]!)?.[0].length ?? 0);
    const body = index.find(text, nameAt, Math.min(text.length, nameAt + MAX_NAME)).find((x) => x.start === nameAt && x.end > matchEnd && isBody(x));
    const end = body?.end ?? matchEnd;
    const placeText = text.slice(placeAt, end);
    const place = placeText.replace(/^(?:de|het)\s+/, "");
    const partOf = body?.actorId ?? index.find(m[2]!).find(isBody)?.actorId;
    add({ id: `office:${slug(role)}-${slug(place)}`, kind: "office", name: `${role} van ${placeText}`, aliases: [text.slice(m.index!, end)], isNew: true, ...(partOf ? { partOf } : {}) });
  }

  // The office of a place that a phrase or a role names, added unless the index has it.
  const officeOf = (role: string, place: string): string => {
    const id = `office:${slug(role)}-${slug(place)}`;
    if (!index.get(id)) add({ id, kind: "office", name: `${role} van ${place}`, aliases: [`${role} van ${place}`], isNew: true });
    return id;
  };
  for (const m of text.matchAll(PLURAL_ROLE_OF)) {
    const role = PLURAL_ROLES[m[1]!.toLowerCase()]!;
    const places = m[2]!.split(/\s*,\s*|\s+en\s+/u);
    index.addPhrase(m[0], places.map((place, i) => ({ words: i === 0 ? `${m[1]} van ${place}` : place, actorId: officeOf(role, place) })));
  }

  const isBody = (name: string): boolean => index.find(name).some((m) => m.start === 0 && m.end === name.length && (m.kind === "organisation" || m.kind === "group"));
  const persons = discoverPersons(text, (s, e) => isKnown(s, e) !== undefined, isBody);
  const firstNameCount = new Map<string, number>();
  for (const p of persons) if (p.name.first && !p.name.first.endsWith(".")) firstNameCount.set(p.name.first, (firstNameCount.get(p.name.first) ?? 0) + 1);
  const personsByRole = new Map<string, string>();
  const titleAliases = uniqueTitles(persons, index);
  for (const person of persons) {
    const id = `person:${slug(person.name.first ? `${person.name.first} ${person.name.surname}` : person.name.surname)}`;
    const aliases = nameForms(person.name);
    const first = person.name.first;
    // A first name alone names the person when the text uses it so and nobody else here has it ("Gerard stuurde ...").
    if (first && !first.endsWith(".") && firstNameCount.get(first) === 1 && new RegExp(`(?<![\\p{L}])${first}(?!\\s+\\p{Lu})(?![\\p{L}])`, "u").test(text)) aliases.push(first);
    aliases.push(...(titleAliases.get(person) ?? []));
    // "burgemeester Rijnbende (Geldermonde)" holds the office of that place, named or not elsewhere.
    const mayorOf = person.role ? MAYOR_OF_PLACE.exec(person.role) : null;
    if (mayorOf) officeOf("burgemeester", mayorOf[1]!);
    const partOf = roleActor(person, index);
    const name = first && !first.endsWith(".") ? `${first} ${person.name.surname}` : first ? `${first} ${capitalParticle(person.name.surname)}` : capitalParticle(person.name.surname);
    add({ id, kind: "person", name, aliases, isNew: true, ...(partOf ? { partOf } : {}), ...(person.role ? { description: person.role } : {}), ...(person.gender ? { gender: person.gender } : {}) });
    if (person.role && /^(?:voorzitter|secretaris|griffier)$/i.test(person.role)) personsByRole.set(person.role.toLowerCase(), id);
  }
  // Linking only points generic actors at specific ones: one scan of the text serves both.
  const mentions = index.find(text);
  linkGenericBodies(mentions, index);
  linkHeadNouns(text, mentions, index);
  return { actors: discovered, personsByRole, personsByOffice: uniqueOfficeHolders(discovered) };
}

/** Kinds of body a report names again by the head of its name alone: "Vakbond X ... de bond", "actiegroep X ... de groep". */
export const HEAD_NOUNS = [
  "bond", "vakbond", "groep", "actiegroep", "vereniging", "organisatie", "bank", "platform", "corporatie", "bedrijf",
  "stichting", "federatie", "collectief", "partij", "coöperatie", "club", "netwerk", "fonds", "omroep", "ziekenhuis",
];
/** Whether a body's name has that head: "Vakbond Blauw Front" has "bond", "Supportersvereniging X" "vereniging". */
export function hasHeadNoun(name: string, head: string): boolean {
  return name.toLowerCase().split(/\s+/).some((word) => word.endsWith(head));
}
const DEFINITE_HEAD = new Map(HEAD_NOUNS.map((head) => [head, new RegExp(`(?<![\\p{L}])(?:de|het|De|Het)\\s+${head}(?![\\p{L}])`, "u")]));

/**
 * "de bond", "het platform": the one body the document names whose name has that head ("Vakbond
 * Blauw Front", "Digitaal Platform Noord"). With two such bodies the text is ambiguous and nothing is
 * linked. A body discovered under the bare head ("De bond dreigt ...") becomes the specific one's
 * generic; otherwise the head becomes an alias of the specific body in this document.
 */
function linkHeadNouns(text: string, mentions: ActorMention[], index: ActorIndex): void {
  const named = new Map<string, IndexedActor>();
  for (const m of mentions) {
    const actor = index.get(m.actorId);
    if (actor && (actor.kind === "organisation" || actor.kind === "group") && !actor.generic) named.set(actor.id, actor);
  }
  for (const [head, definite] of DEFINITE_HEAD) {
    if (!definite.test(text)) continue;
    const bare = [...named.values()].find((a) => a.name.toLowerCase() === head);
    const specific = [...named.values()].filter((a) => a !== bare && hasHeadNoun(a.name, head));
    if (specific.length !== 1) continue;
    if (bare) index.setSpecificBody(bare.id, specific[0]!.id);
    else index.add({ ...specific[0]!, aliases: [head] });
  }
}

/**
 * A generic body ("het bestuur", "de commissie") names the specific body of that kind the document
 * mentions first ("het Algemeen Bestuur van Veiligheidsregio Noorderzand", "de Commissie Bestuur &
 * Veiligheid"): its name contains the generic head noun.
 */
function linkGenericBodies(mentions: ActorMention[], index: ActorIndex): void {
  for (const generic of index.all().filter((a) => a.generic)) {
    // "Commissie Bestuur & Veiligheid", "Algemeen Bestuur VRN", "Veiligheidsberaad"; not "Openbaar Ministerie" or "Dagelijks Bestuur" for "ministerie" / "bestuur".
    const head = new RegExp(`^(?:${generic.generic}|${generic.name})(?![a-zà-öø-ÿ])|^[a-zà-öø-ÿ]+${generic.generic}$`, "i");
    const specific = mentions.find((m) => m.actorId !== generic.id && !index.get(m.actorId)?.generic && (m.kind === "organisation" || m.kind === "group") && head.test(index.get(m.actorId)!.name));
    if (specific) index.setSpecificBody(generic.id, specific.actorId);
  }
}

const ROLE_AT_START = new RegExp(`^(?:${ROLE_PATTERN})(?![\\p{L}])`, "iu");
const ROLE_WORD_ALONE = new RegExp(`^(?:${ROLE_PATTERN})$`, "iu");

/**
 * The function a person was introduced with names that person later on ("commandant Jorien
 * Haverkamp ... De commandant meldt"), when no one else in the document has it and the gazetteer
 * has no office of that name (a known office is resolved to its holder by the discourse instead).
 * A title of several words also gives its single-word function ("algemeen directeur" -> "directeur").
 */
function uniqueTitles(persons: DiscoveredPerson[], index: ActorIndex): Map<DiscoveredPerson, string[]> {
  const holders = new Map<string, DiscoveredPerson[]>();
  for (const person of persons) {
    const head = person.role ? ROLE_AT_START.exec(person.role)?.[0].toLowerCase() : undefined;
    if (!head) continue;
    const titles = new Set([head, ...head.split(/\s+/).filter((word) => ROLE_WORD_ALONE.test(word))]);
    for (const title of titles) holders.set(title, [...(holders.get(title) ?? []), person]);
  }
  const aliases = new Map<DiscoveredPerson, string[]>();
  for (const [title, people] of holders) {
    if (people.length !== 1 || index.find(title).some((m) => m.start === 0 && m.end === title.length)) continue;
    // Only with the definite article: "een woordvoerder" is someone else.
    aliases.set(people[0]!, [...(aliases.get(people[0]!) ?? []), `de ${title}`]);
  }
  return aliases;
}

function uniqueOfficeHolders(discovered: IndexedActor[]): Map<string, string> {
  const holders = new Map<string, string[]>();
  for (const a of discovered) if (a.kind === "person" && a.partOf) holders.set(a.partOf, [...(holders.get(a.partOf) ?? []), a.id]);
  return new Map([...holders].filter(([, ids]) => ids.length === 1).map(([office, ids]) => [office, ids[0]!]));
}

/** The body, group or office a person's role names ("voorzitter van het LOVP" -> the LOVP). */
function roleActor(person: DiscoveredPerson, index: ActorIndex): string | undefined {
  if (!person.role) return undefined;
  const mentions = index.find(person.role).filter((m) => m.kind !== "person");
  const specific = mentions.find((m) => m.kind === "office" && /\bvan\b/.test(m.surface)) ?? mentions.find((m) => m.kind !== "office") ?? mentions[0];
  return specific?.actorId;
}
