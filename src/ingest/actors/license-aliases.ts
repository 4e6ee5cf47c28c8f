/**
 * A curated person's bare surname ("Van der Laan", "Blok") names that person only where the
 * document gives reason to: it also writes the full name or a title with the surname
 * ("burgemeester Aboutaleb"), or the person held a curated office on the document's date. Elsewhere
 * the surname belongs to whoever the document itself introduces (a board member "de heer Van der
 * Laan" in 2020 is not the mayor of Amsterdam who died in 2017), so the bare alias is dropped.
 */
import type { CuratedActor, Gazetteer } from "../gazetteer/gazetteer.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";
import { parseName } from "./name-grammar.js";

const TITLED_NAME = new RegExp(`(?:${ROLE_PATTERN})\\s+((?:[\\p{Lu}][\\p{L}'’-]*|van|de|der|den|ter|ten)(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]*|van|de|der|den|ter|ten)){0,3})`, "gu");

function isBareSurname(alias: string): boolean {
  const name = parseName(alias);
  return name !== null && name.first === "" && !/^(?:minister|burgemeester|korpschef)\b/i.test(alias);
}

export function licensedActors(gazetteer: Gazetteer, text: string, date: string | null): CuratedActor[] {
  // The names that follow a title anywhere in the text ("burgemeester Aboutaleb"), found in one pass.
  const titled = new Set<string>();
  for (const m of text.matchAll(TITLED_NAME)) {
    const name = m[1]!.split(/\s+/);
    for (let n = 1; n <= name.length; n++) titled.add(name.slice(0, n).join(" "));
  }
  return gazetteer.actors.map((actor) => {
    if (actor.kind !== "person") return actor;
    const weak = actor.aliases.filter(isBareSurname);
    if (weak.length === 0) return actor;
    const strong = [actor.name, ...actor.aliases].filter((a) => !isBareSurname(a));
    const inOffice = date !== null && gazetteer.tenures.some((t) => t.personId === actor.id && t.from <= date && (t.to === undefined || date <= t.to));
    const named = strong.some((a) => text.includes(a));
    if (inOffice || named || weak.some((a) => titled.has(a))) return actor;
    return { ...actor, aliases: actor.aliases.filter((a) => !weak.includes(a)) };
  });
}
