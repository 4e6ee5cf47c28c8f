/**
 * The two-mode actor–topic network from (actor, topic, stance) groups: everything its qualifiers,
 * duplicate handling and node measures need is a count per group. The database computes the groups
 * for a request (cypher/read-network-actor-topic.cypher), so a year of statements crosses the wire
 * as a few hundred groups rather than one row per statement; moving windows and tests group
 * statement rows in memory with `groupActorTopicRows`, and both feed the same builder.
 */
import type { Stance } from "../ingest/extraction.js";
import {
  bucket,
  sign,
  unique,
  type AnalyticEdge,
  type AnalyticNetwork,
  type AnalyticNode,
  type Duplicates,
  type NetworkOptions,
  type NetworkRow,
} from "./network-model.js";
import { maxDate, minDate, nodesOfEdges } from "./network-nodes.js";

/** The statements of one actor (as spoken) about one topic with one stance. */
export interface ActorTopicGroup {
  actor: { id: string; label: string; kind: string | null };
  topic: { id: string; label: string };
  stance: Stance;
  /** Statements counted with the duplicate handling (identical statements in one bucket count once). */
  count: number;
  statementIds: string[];
  firstDate: string | null;
  lastDate: string | null;
}


/** Groups of the rows that pass both the actor and the topic filter, in the order first seen. */
export function groupActorTopicRows(rows: readonly NetworkRow[], duplicates: Duplicates): ActorTopicGroup[] {
  const groups = new Map<string, { group: ActorTopicGroup; buckets: Set<string>; statements: Set<string> }>();
  for (const row of rows) {
    if (!row.actorPasses || !row.topicPasses) continue;
    const key = `${row.actor.id}\u0000${row.topic.id}\u0000${row.stance}`;
    let entry = groups.get(key);
    if (!entry) {
      const group: ActorTopicGroup = { actor: row.actor, topic: row.topic, stance: row.stance, count: 0, statementIds: [], firstDate: null, lastDate: null };
      entry = { group, buckets: new Set(), statements: new Set() };
      groups.set(key, entry);
    }
    entry.buckets.add(bucket(row, duplicates));
    entry.statements.add(row.statementId);
    entry.group.firstDate = minDate(entry.group.firstDate, row.date);
    entry.group.lastDate = maxDate(entry.group.lastDate, row.date);
  }
  return [...groups.values()].map(({ group, buckets, statements }) => ({ ...group, count: buckets.size, statementIds: [...statements] }));
}

function edgeOf(groups: readonly ActorTopicGroup[], weight: number, extra: Partial<AnalyticEdge> = {}): AnalyticEdge {
  const first = groups[0] as ActorTopicGroup;
  return {
    source: first.actor.id,
    target: first.topic.id,
    weight,
    rawWeight: weight,
    stance: null,
    polarity: null,
    stances: groups.map((g) => ({ stance: g.stance, count: g.count })).sort((a, b) => a.stance.localeCompare(b.stance)),
    topicIds: [],
    actorIds: [],
    statementIds: unique(groups.flatMap((g) => g.statementIds)),
    firstDate: groups.reduce<string | null>((d, g) => minDate(d, g.firstDate), null),
    lastDate: groups.reduce<string | null>((d, g) => maxDate(d, g.lastDate), null),
    ...extra,
  };
}

function edgesOfPair(groups: ActorTopicGroup[], options: NetworkOptions): AnalyticEdge[] {
  // Stance order decides the order of statementIds within an edge: keep it stable.
  groups.sort((a, b) => a.stance.localeCompare(b.stance));
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const positive = groups.filter((g) => sign(g.stance) > 0).reduce((sum, g) => sum + g.count, 0);
  const negative = groups.filter((g) => sign(g.stance) < 0).reduce((sum, g) => sum + g.count, 0);
  switch (options.qualifier) {
    case "ignore":
      return [edgeOf(groups, total)];
    case "per-stance":
      return groups.map((g) => edgeOf([g], g.count, { stance: g.stance }));
    case "combined": {
      const polarity = positive > 0 && negative > 0 ? "mixed" : positive > 0 ? "positive" : negative > 0 ? "negative" : "neutral";
      return [edgeOf(groups, total, { polarity })];
    }
    case "subtract": {
      // Only stances that take a side count; an edge of CONCERN/INFORM statements only is left out.
      const sided = groups.filter((g) => sign(g.stance) !== 0);
      return sided.length > 0 ? [edgeOf(sided, positive - negative)] : [];
    }
  }
}

/** Polarisation per topic: 1 - |S - O| / (S + O) over the actors' net positions (docs/analytics.md). */
export function polarisationOfGroups(groups: readonly ActorTopicGroup[]): Map<string, number | null> {
  const net = new Map<string, Map<string, number>>(); // topic -> actor -> positive minus negative
  for (const g of groups) {
    const s = sign(g.stance);
    if (s === 0) continue;
    const actors = net.get(g.topic.id) ?? new Map<string, number>();
    actors.set(g.actor.id, (actors.get(g.actor.id) ?? 0) + s * g.count);
    net.set(g.topic.id, actors);
  }
  const out = new Map<string, number | null>();
  for (const [topic, actors] of net) {
    const values = [...actors.values()];
    const support = values.filter((v) => v > 0).length;
    const oppose = values.filter((v) => v < 0).length;
    out.set(topic, support + oppose === 0 ? null : 1 - Math.abs(support - oppose) / (support + oppose));
  }
  return out;
}

function nodesOf(edges: readonly AnalyticEdge[], groups: readonly ActorTopicGroup[]): AnalyticNode[] {
  const actors = new Map(groups.map((g) => [g.actor.id, g.actor]));
  const topics = new Map(groups.map((g) => [g.topic.id, g.topic]));
  const polarisation = polarisationOfGroups(groups);
  // Edges run from the actor (source) to the topic (target).
  return nodesOfEdges(edges, (id, end) =>
    end === "source"
      ? { label: actors.get(id)?.label ?? id, type: "actor", kind: actors.get(id)?.kind ?? null, polarisation: null }
      : { label: topics.get(id)?.label ?? id, type: "topic", kind: null, polarisation: polarisation.get(id) ?? null },
  );
}

/**
 * The actor–topic network with the qualifier and node measures of `options` (duplicates are
 * already in the counts). Callers check the options first (checkOptions), before any work.
 */
export function actorTopicNetwork(groups: readonly ActorTopicGroup[], options: NetworkOptions): AnalyticNetwork {
  const byPair = new Map<string, ActorTopicGroup[]>();
  for (const g of groups) {
    const key = `${g.actor.id}\u0000${g.topic.id}`;
    const list = byPair.get(key) ?? [];
    list.push(g);
    byPair.set(key, list);
  }
  const edges = [...byPair.values()].flatMap((pair) => edgesOfPair(pair, options));
  edges.sort(
    (a, b) =>
      b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || (a.stance ?? "").localeCompare(b.stance ?? ""),
  );
  return { kind: "actor-topic", nodes: nodesOf(edges, groups), edges };
}
