/**
 * The actors an Extraction lists: every actor a statement uses, with the organisations they are
 * part of and, for offices, the person holding them on the document's date (heldBy).
 */
import type { ActorIndex } from "../actors/actor-index.js";
import { personHolding } from "../actors/resolve-person.js";
import type { ExtractedActor } from "../extraction.js";
import type { Gazetteer } from "../gazetteer/gazetteer.js";

export function resolvePersons(actorId: string, date: string | null, gazetteer: Gazetteer, index: ActorIndex): string[] {
  const actor = index.get(actorId);
  if (!actor) return [];
  if (actor.kind === "person") return [actor.id];
  if (actor.kind === "office") {
    const person = personHolding(gazetteer, actor.id, date);
    return person ? [person] : [];
  }
  return [];
}

export function collectActors(used: Set<string>, index: ActorIndex, gazetteer: Gazetteer, date: string | null): ExtractedActor[] {
  const ids = new Set<string>();
  const visit = (id: string): void => {
    if (ids.has(id)) return;
    const actor = index.get(id);
    if (!actor) return;
    ids.add(id);
    if (actor.partOf) visit(actor.partOf);
    if (actor.kind === "office") {
      const person = personHolding(gazetteer, id, date);
      if (person) visit(person);
    }
  };
  for (const id of [...used].sort()) visit(id);
  return [...ids].sort().map((id) => {
    const actor = index.get(id)!;
    const heldBy = actor.kind === "office" ? personHolding(gazetteer, id, date) : undefined;
    return {
      id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      ...(heldBy ? { heldBy } : {}),
      ...(actor.partOf ? { partOf: actor.partOf } : {}),
      isNew: actor.isNew,
    };
  });
}

