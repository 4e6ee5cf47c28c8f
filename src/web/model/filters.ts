/**
 * The panel's filters: a topic (with every narrower topic), an actor or organisation (with every
 * actor that is part of it), stances and a date window. The API applies them; the closures here
 * only tell whether a selected node lies inside the filter (model/statement-query.ts).
 */
import type { Stance } from "./stance.js";
import type { Reference } from "./types.js";

export interface Filters {
  topicId: string | null;
  actorId: string | null;
  /** Empty means every stance. */
  stances: Stance[];
  /** Inclusive ISO dates; null means open. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: Filters = { topicId: null, actorId: null, stances: [], from: null, to: null };

/** The topic and all topics below it (following `broader` links downwards), cycle-safe. */
export function narrowerClosure(reference: Reference, topicId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const topic of reference.topics.values()) {
    for (const parent of topic.broader) {
      const list = children.get(parent) ?? [];
      list.push(topic.id);
      children.set(parent, list);
    }
  }
  const result = new Set<string>([topicId]);
  const queue = [topicId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const child of children.get(current) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}

/** The actor and every actor that is (transitively) part of it. */
export function memberClosure(reference: Reference, actorId: string): Set<string> {
  const result = new Set<string>([actorId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const actor of reference.actors.values()) {
      if (!result.has(actor.id) && actor.partOf.some((parent) => result.has(parent))) {
        result.add(actor.id);
        grew = true;
      }
    }
  }
  return result;
}
