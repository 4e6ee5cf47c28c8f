/**
 * Filtering the corpus by the panel's choices: a topic (with every narrower topic), an actor or
 * organisation (with every actor that is part of it), stances and a date window.
 */
import type { Stance } from "./stance.js";
import type { Corpus, Statement } from "./types.js";

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
export function narrowerClosure(corpus: Corpus, topicId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const topic of corpus.topics.values()) {
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
export function memberClosure(corpus: Corpus, actorId: string): Set<string> {
  const result = new Set<string>([actorId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const actor of corpus.actors.values()) {
      if (!result.has(actor.id) && actor.partOf.some((parent) => result.has(parent))) {
        result.add(actor.id);
        grew = true;
      }
    }
  }
  return result;
}

export function applyFilters(corpus: Corpus, filters: Filters): Statement[] {
  const topics = filters.topicId ? narrowerClosure(corpus, filters.topicId) : null;
  const actors = filters.actorId ? memberClosure(corpus, filters.actorId) : null;
  const stances = filters.stances.length > 0 ? new Set(filters.stances) : null;
  return corpus.statements.filter((statement) => {
    if (stances && !stances.has(statement.stance)) return false;
    if (topics && !statement.topicIds.some((id) => topics.has(id))) return false;
    if (actors && !statement.actorIds.some((id) => actors.has(id))) return false;
    if (filters.from && (statement.date === null || statement.date < filters.from)) return false;
    if (filters.to && (statement.date === null || statement.date > filters.to)) return false;
    return true;
  });
}
