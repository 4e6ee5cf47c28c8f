/**
 * A curated person's bare surname ("Van der Laan", "Blok") names that person only where the
 * document gives reason to: it also writes the full name, or a title with the surname that fits
 * an office the person held ("burgemeester Aboutaleb"), or the person held a curated office on the
 * document's date. Elsewhere the surname belongs to whoever the document itself introduces (a board
 * member "de heer Van der Laan" in 2020 is not the mayor of Amsterdam who died in 2017), so the bare
 * alias is dropped. A surname the document writes after a member's title only ("het lid Hoekstra",
 * "raadslid Blok") is a member of a parliament or a council, not the minister of that name in
 * office that day.
 */
import type { CuratedActor, Gazetteer } from "../gazetteer/gazetteer.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";
import { parseName } from "./name-grammar.js";

/** A name after a title (group 1): capitalised words and particles. */
const NAME_AFTER = String.raw`\s+((?:[\p{Lu}][\p{L}'’-]*|van|de|der|den|ter|ten)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|van|de|der|den|ter|ten)){0,3})`;
const TITLED_NAME = new RegExp(`(${ROLE_PATTERN})${NAME_AFTER}`, "gu");
const MEMBER_TITLED = new RegExp(String.raw`\b(?:[Hh]et\s+(?:\p{L}+-?)?lid|[Kk]amerlid|[Rr]aadslid|[Ss]tatenlid|[Ff]ractievoorzitter)${NAME_AFTER}`, "gu");

/** A titled name and each of its beginnings ("Van der Laan": "Van", "Van der", "Van der Laan"), to match bare-surname aliases against. */
function namePrefixes(name: string): string[] {
  const words = name.split(/\s+/);
  return words.map((_, n) => words.slice(0, n + 1).join(" "));
}

function isBareSurname(alias: string): boolean {
  const name = parseName(alias);
  return name !== null && name.first === "" && !/^(?:minister|burgemeester|korpschef)\b/i.test(alias);
}

export function licensedActors(gazetteer: Gazetteer, text: string, date: string | null): CuratedActor[] {
  // The names that follow a title anywhere in the text ("burgemeester Aboutaleb"), with the titles, found in one pass.
  const titled = new Map<string, Set<string>>();
  for (const m of text.matchAll(TITLED_NAME)) {
    for (const prefix of namePrefixes(m[2]!)) titled.set(prefix, (titled.get(prefix) ?? new Set()).add(m[1]!.toLowerCase()));
  }
  const members = new Set([...text.matchAll(MEMBER_TITLED)].flatMap((m) => namePrefixes(m[1]!)));
  // A title names a curated person only if it fits an office the person held: "burgemeester Van
  // Oosten" in a council's minutes is not the minister of that name.
  const fits = (actor: CuratedActor, title: string): boolean =>
    gazetteer.tenures.some((t) => t.personId === actor.id && title.includes(t.officeId.replace(/^office:/, "").split("-")[0]!)) ||
    actor.aliases.some((a) => a.toLowerCase().startsWith(`${title} `));
  return gazetteer.actors.map((actor) => {
    if (actor.kind !== "person") return actor;
    const weak = actor.aliases.filter(isBareSurname);
    if (weak.length === 0) return actor;
    const strong = [actor.name, ...actor.aliases].filter((a) => !isBareSurname(a));
    const inOffice = date !== null && gazetteer.tenures.some((t) => t.personId === actor.id && t.from <= date && (t.to === undefined || date <= t.to));
    const named = strong.some((a) => text.includes(a));
    const titledFitting = weak.some((a) => [...(titled.get(a) ?? [])].some((title) => fits(actor, title)));
    const memberOnly = !named && !titledFitting && weak.some((a) => members.has(a));
    if (!memberOnly && (inOffice || named || titledFitting)) return actor;
    return { ...actor, aliases: actor.aliases.filter((a) => !weak.includes(a)) };
  });
}
