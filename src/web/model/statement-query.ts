/**
 * Which statements the page counts, charts and lists, as arguments of the API's `statements`
 * and `timeline` queries: the panel's filters within the window on screen, narrowed to the
 * selected actor, topic or actor–topic link. The statements of other links (actor–actor,
 * topic–topic) are not one filter; the network answer's statement ids list them instead.
 *
 * `StatementFilter.actors` and `.topics` are alternatives (OR), so the selected actor (topic)
 * replaces the filter's actor (topic) when it lies inside it (a member of the organisation, a
 * narrower topic): then the two together are exactly the selected one. When it does not (a
 * co-speaker of a filtered actor's statement), the filter is set aside and the panel says so.
 */
import { memberClosure, narrowerClosure, type Filters } from "./filters.js";
import type { NetworkKind } from "./network-kinds.js";
import { toEnum, type WindowRange } from "./network-request.js";
import type { Stance } from "./stance.js";
import { choosePeriod, type Period } from "./timeline-model.js";
import type { Reference } from "./types.js";

export interface ApiStatementFilter {
  actors?: string[];
  includeMembers?: boolean;
  topics?: string[];
  stances?: string[];
  from?: string;
  to?: string;
}

export interface TimelineArguments {
  actors?: string[];
  includeMembers?: boolean;
  topics?: string[];
  from?: string;
  to?: string;
  period: string;
}

/** The statements behind a view or selection, as the API selects them. */
export interface StatementScope {
  filter: ApiStatementFilter;
  timeline: TimelineArguments;
  /** `timeline` has no stance filter: the chart keeps these stances' segments (empty: all). */
  stances: Stance[];
  period: Period;
  /** True when the window and date filter leave no day (from after to): nothing matches. */
  empty: boolean;
  /** Filters the selection had to set aside, for the panel to say. */
  setAside: string[];
}

/** What a selection (node or link key) stands for in statements. */
export type Selected =
  | { kind: "actor"; id: string }
  | { kind: "topic"; id: string }
  | { kind: "actor-topic"; actorId: string; topicId: string; stance: Stance | null }
  | { kind: "ids"; ids: string[] };

/** The panel's filters narrowed to the window on screen. */
export function windowedFilters(base: Filters, range: WindowRange | null): Filters {
  if (!range) return base;
  return {
    ...base,
    from: base.from && base.from > range.start ? base.from : range.start,
    to: base.to && base.to < range.end ? base.to : range.end,
  };
}

/**
 * The scope of the filters (already windowed), narrowed to a selected actor, topic or
 * actor–topic link. The reference's meeting dates give the timeline's period when a bound is open.
 */
export function statementScope(reference: Reference, filters: Filters, selected: Selected | null = null): StatementScope {
  const setAside: string[] = [];
  let actorId = filters.actorId;
  let includeMembers = actorId !== null;
  let topicId = filters.topicId;
  let stances = filters.stances;
  const actor = selected?.kind === "actor" ? selected.id : selected?.kind === "actor-topic" ? selected.actorId : null;
  const topic = selected?.kind === "topic" ? selected.id : selected?.kind === "actor-topic" ? selected.topicId : null;
  if (actor) {
    if (actorId && !memberClosure(reference, actorId).has(actor)) setAside.push("actor");
    actorId = actor;
    includeMembers = false;
  }
  if (topic) {
    if (topicId && !narrowerClosure(reference, topicId).has(topic)) setAside.push("topic");
    topicId = topic;
  }
  if (selected?.kind === "actor-topic" && selected.stance) stances = [selected.stance];

  const filter: ApiStatementFilter = {};
  const timeline: Omit<TimelineArguments, "period"> = {};
  if (actorId) {
    filter.actors = timeline.actors = [actorId];
    if (includeMembers) filter.includeMembers = timeline.includeMembers = true;
  }
  if (topicId) filter.topics = timeline.topics = [topicId];
  if (stances.length > 0) filter.stances = stances.map(toEnum);
  if (filters.from) filter.from = timeline.from = filters.from;
  if (filters.to) filter.to = timeline.to = filters.to;
  const period = choosePeriod(filters.from ?? reference.dates[0] ?? null, filters.to ?? reference.dates[reference.dates.length - 1] ?? null);
  return {
    filter,
    timeline: { ...timeline, period: toEnum(period) },
    stances,
    period,
    empty: filters.from !== null && filters.to !== null && filters.from > filters.to,
    setAside,
  };
}

/** What a drawn node or link stands for; null for an unknown key. */
export function selectedOf(
  kind: NetworkKind,
  node: { kind: "actor" | "topic"; id: string } | undefined,
  edge: { source: string; target: string; stance: Stance | null; statementIds: string[] } | undefined,
): Selected | null {
  if (node) return node.kind === "actor" ? { kind: "actor", id: node.id } : { kind: "topic", id: node.id };
  if (!edge) return null;
  if (kind === "actor-topic" && edge.source.startsWith("actor:") && edge.target.startsWith("topic:")) {
    // Keys are "actor:<id>" and "topic:<id>"; only per-stance links have a stance.
    return { kind: "actor-topic", actorId: edge.source.slice("actor:".length), topicId: edge.target.slice("topic:".length), stance: edge.stance };
  }
  return { kind: "ids", ids: edge.statementIds };
}

/** A stable cache key for a request (same arguments, same answer). */
export const scopeKey = (value: unknown): string => JSON.stringify(value);
