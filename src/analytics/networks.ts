/**
 * Discourse-network measures computed from ONE statement-level result (cypher/read-network-statements):
 * actor–topic networks with qualifier handling, actor–actor congruence / conflict / subtract,
 * topic–topic by co-occurrence or shared actors, normalisation, duplicate handling, node measures
 * (degree, weighted degree, polarisation) and moving time windows. Pure functions; the definitions
 * and a worked example are in docs/analytics.md.
 */
import type { Stance } from "../ingest/extraction.js";
import { BadUserInputError } from "../errors/app-error.js";

export type NetworkKind = "actor-topic" | "congruence" | "conflict" | "subtract" | "topics";
export type Qualifier = "ignore" | "per-stance" | "combined" | "subtract";
export type Normalisation = "none" | "average-activity" | "jaccard" | "cosine";
export type Duplicates = "statement" | "document" | "month" | "year";
export type TopicLink = "statements" | "shared-actors";
export type TimeUnit = "day" | "month" | "year";

export interface NetworkOptions {
  qualifier: Qualifier;
  normalisation: Normalisation;
  duplicates: Duplicates;
  topicLink: TopicLink;
}

export const DEFAULT_OPTIONS: NetworkOptions = { qualifier: "ignore", normalisation: "none", duplicates: "statement", topicLink: "statements" };

/** One (statement, actor as spoken, topic) row of the filtered statements. */
export interface NetworkRow {
  statementId: string;
  stance: Stance;
  date: string | null;
  documentId: string;
  actor: { id: string; label: string; kind: string | null };
  topic: { id: string; label: string };
  /** The actor / topic passes the request's actor / topic filter. */
  actorPasses: boolean;
  topicPasses: boolean;
}

/** A row with what a statement-level export (rDNA-style CSV) needs. */
export interface StatementRow extends NetworkRow {
  text: string;
  start: number;
  end: number;
  /** Persons the statement is resolved to (the holder of the spoken office on its date). */
  persons: string[];
  documentSource: string | null;
  documentTitle: string | null;
}

export interface StanceCount {
  stance: Stance;
  count: number;
}

export interface AnalyticNode {
  id: string;
  label: string;
  type: "actor" | "topic";
  kind: string | null;
  statementCount: number;
  degree: number;
  weightedDegree: number;
  /** Topics: 1 - |S - O| / (S + O) over actors' net positions; null for actors or when no actor takes a side. */
  polarisation: number | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface AnalyticEdge {
  source: string;
  target: string;
  weight: number;
  /** The weight before normalisation. */
  rawWeight: number;
  /** Per-stance actor–topic networks: the stance of this edge. */
  stance: Stance | null;
  /** Combined actor–topic networks: positive, negative, mixed or neutral. */
  polarity: string | null;
  stances: StanceCount[];
  topicIds: string[];
  actorIds: string[];
  statementIds: string[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface AnalyticNetwork {
  kind: NetworkKind;
  nodes: AnalyticNode[];
  edges: AnalyticEdge[];
}

export interface NetworkWindow {
  start: string;
  end: string;
  network: AnalyticNetwork;
}

/** Stances that take a side: positive ones conflict with OPPOSE (as in the conflict network). */
export const POSITIVE_STANCES: readonly Stance[] = ["support", "request", "commitment"];
export const NEGATIVE_STANCES: readonly Stance[] = ["oppose"];
const sign = (stance: Stance): 1 | -1 | 0 => (POSITIVE_STANCES.includes(stance) ? 1 : NEGATIVE_STANCES.includes(stance) ? -1 : 0);

/** The duplicate bucket of a row: identical (actor, topic, stance) in one bucket count once. */
function bucket(row: NetworkRow, duplicates: Duplicates): string {
  if (duplicates === "statement" || row.date === null) return duplicates === "document" ? `d:${row.documentId}` : `s:${row.statementId}`;
  if (duplicates === "document") return `d:${row.documentId}`;
  return duplicates === "month" ? `m:${row.date.slice(0, 7)}` : `y:${row.date.slice(0, 4)}`;
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set<V>()));
  return set;
}

function dateRange(rows: readonly NetworkRow[]): { firstDate: string | null; lastDate: string | null } {
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const row of rows) {
    if (row.date === null) continue;
    if (firstDate === null || row.date < firstDate) firstDate = row.date;
    if (lastDate === null || row.date > lastDate) lastDate = row.date;
  }
  return { firstDate, lastDate };
}

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

function stanceCounts(rows: readonly NetworkRow[], duplicates: Duplicates, distinctBy: (row: NetworkRow) => string): StanceCount[] {
  const keys = new Map<Stance, Set<string>>();
  for (const row of rows) setOf(keys, row.stance).add(`${distinctBy(row)}|${bucket(row, duplicates)}`);
  return [...keys.entries()].map(([stance, set]) => ({ stance, count: set.size })).sort((a, b) => a.stance.localeCompare(b.stance));
}

function edge(source: string, target: string, weight: number, rows: readonly NetworkRow[], extra: Partial<AnalyticEdge> = {}): AnalyticEdge {
  return {
    source,
    target,
    weight,
    rawWeight: weight,
    stance: null,
    polarity: null,
    // actor–actor / topic–topic edges: distinct statements per stance behind the edge.
    stances: stanceCounts(rows, "statement", () => ""),
    topicIds: [],
    actorIds: [],
    statementIds: unique(rows.map((row) => row.statementId)),
    ...dateRange(rows),
    ...extra,
  };
}

function checkOptions(kind: NetworkKind, options: NetworkOptions): void {
  if (kind === "actor-topic" && options.normalisation !== "none") {
    throw new BadUserInputError("normalisation applies to actor–actor and topic–topic networks, not to the two-mode actor–topic network");
  }
  if (kind !== "actor-topic" && options.qualifier !== "ignore") {
    throw new BadUserInputError("qualifier applies to the actor–topic network; actor–actor networks choose congruence, conflict or subtract by their kind");
  }
  if (kind !== "topics" && options.topicLink !== "statements") {
    throw new BadUserInputError("topicLink applies to the topic–topic network");
  }
}

/** Normalised weight of an edge with raw weight w between nodes of activity ai and aj (docs/analytics.md). */
export function normalise(w: number, ai: number, aj: number, normalisation: Normalisation): number {
  if (normalisation === "none" || w === 0) return w;
  if (normalisation === "average-activity") return w / ((ai + aj) / 2);
  if (normalisation === "jaccard") return w / (ai + aj - w);
  return w / Math.sqrt(ai * aj);
}

// ---- actor–topic ----------------------------------------------------------------------------

function actorTopicEdges(rows: readonly NetworkRow[], options: NetworkOptions): AnalyticEdge[] {
  const byPair = new Map<string, NetworkRow[]>();
  for (const row of rows) {
    if (!row.actorPasses || !row.topicPasses) continue;
    const key = `${row.actor.id}\u0000${row.topic.id}`;
    const list = byPair.get(key) ?? [];
    list.push(row);
    byPair.set(key, list);
  }
  const edges: AnalyticEdge[] = [];
  const distinct = (row: NetworkRow) => `${row.actor.id}|${row.topic.id}`;
  for (const pairRows of byPair.values()) {
    const { actor, topic } = pairRows[0] as NetworkRow;
    const counts = stanceCounts(pairRows, options.duplicates, distinct);
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    const positive = counts.filter((c) => sign(c.stance) > 0).reduce((sum, c) => sum + c.count, 0);
    const negative = counts.filter((c) => sign(c.stance) < 0).reduce((sum, c) => sum + c.count, 0);
    const base = (weight: number, these: NetworkRow[], extra: Partial<AnalyticEdge> = {}) =>
      edge(actor.id, topic.id, weight, these, { stances: stanceCounts(these, options.duplicates, distinct), ...extra });
    switch (options.qualifier) {
      case "ignore":
        edges.push(base(total, pairRows));
        break;
      case "per-stance":
        for (const count of counts) edges.push(base(count.count, pairRows.filter((row) => row.stance === count.stance), { stance: count.stance }));
        break;
      case "combined": {
        const polarity = positive > 0 && negative > 0 ? "mixed" : positive > 0 ? "positive" : negative > 0 ? "negative" : "neutral";
        edges.push(base(total, pairRows, { polarity }));
        break;
      }
      case "subtract":
        // Only stances that take a side count; an edge of CONCERN/INFORM statements only is left out.
        if (positive + negative > 0) edges.push(base(positive - negative, pairRows.filter((row) => sign(row.stance) !== 0)));
        break;
    }
  }
  return edges;
}

// ---- actor–actor ----------------------------------------------------------------------------

interface PairAccumulator {
  combos: Set<string>;
  topics: Set<string>;
  rows: NetworkRow[];
}

function addPair(pairs: Map<string, PairAccumulator>, a1: string, a2: string, combo: string, topic: string, rows: NetworkRow[]): void {
  const key = `${a1}\u0000${a2}`;
  const acc = pairs.get(key) ?? { combos: new Set<string>(), topics: new Set<string>(), rows: [] };
  acc.combos.add(combo);
  acc.topics.add(topic);
  acc.rows.push(...rows);
  pairs.set(key, acc);
}

/** Rows grouped per topic, then per actor, then per stance. */
function byTopicActorStance(rows: readonly NetworkRow[]): Map<string, Map<string, Map<Stance, NetworkRow[]>>> {
  const out = new Map<string, Map<string, Map<Stance, NetworkRow[]>>>();
  for (const row of rows) {
    if (!row.topicPasses) continue;
    const actors = out.get(row.topic.id) ?? new Map<string, Map<Stance, NetworkRow[]>>();
    const stances = actors.get(row.actor.id) ?? new Map<Stance, NetworkRow[]>();
    const list = stances.get(row.stance) ?? [];
    list.push(row);
    stances.set(row.stance, list);
    actors.set(row.actor.id, stances);
    out.set(row.topic.id, actors);
  }
  return out;
}

function actorPairs(rows: readonly NetworkRow[], relation: "congruence" | "conflict"): Map<string, PairAccumulator> {
  const pairs = new Map<string, PairAccumulator>();
  for (const [topic, actors] of byTopicActorStance(rows)) {
    const ids = [...actors.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a1 = ids[i] as string;
        const a2 = ids[j] as string;
        const st1 = actors.get(a1) as Map<Stance, NetworkRow[]>;
        const st2 = actors.get(a2) as Map<Stance, NetworkRow[]>;
        for (const [s1, rows1] of st1) {
          for (const [s2, rows2] of st2) {
            const match = relation === "congruence" ? s1 === s2 : (s1 === "oppose" && POSITIVE_STANCES.includes(s2)) || (s2 === "oppose" && POSITIVE_STANCES.includes(s1));
            if (!match) continue;
            addPair(pairs, a1, a2, relation === "congruence" ? `${topic}|${s1}` : `${topic}|${s1}|${s2}`, topic, [...rows1, ...rows2]);
          }
        }
      }
    }
  }
  return pairs;
}

/** Activity of an actor: distinct (topic, stance) pairs it expressed (topic filter applied). */
function actorActivity(rows: readonly NetworkRow[]): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const row of rows) if (row.topicPasses) setOf(sets, row.actor.id).add(`${row.topic.id}|${row.stance}`);
  return new Map([...sets].map(([id, set]) => [id, set.size]));
}

function actorActorEdges(rows: readonly NetworkRow[], kind: "congruence" | "conflict" | "subtract", options: NetworkOptions): AnalyticEdge[] {
  const passing = new Set(rows.filter((row) => row.actorPasses).map((row) => row.actor.id));
  const activity = actorActivity(rows);
  const weigh = (a1: string, a2: string, w: number) => normalise(w, activity.get(a1) ?? 0, activity.get(a2) ?? 0, options.normalisation);
  const relations = kind === "subtract" ? (["congruence", "conflict"] as const) : ([kind] as const);
  const computed = relations.map((relation) => actorPairs(rows, relation));
  const keys = unique(computed.flatMap((pairs) => [...pairs.keys()]));
  const edges: AnalyticEdge[] = [];
  for (const key of keys) {
    const [a1, a2] = key.split("\u0000") as [string, string];
    if (!passing.has(a1) && !passing.has(a2)) continue;
    const parts = computed.map((pairs) => pairs.get(key));
    const raw = parts.map((acc) => acc?.combos.size ?? 0);
    const rawWeight = kind === "subtract" ? (raw[0] ?? 0) - (raw[1] ?? 0) : (raw[0] ?? 0);
    const weight = kind === "subtract" ? weigh(a1, a2, raw[0] ?? 0) - weigh(a1, a2, raw[1] ?? 0) : weigh(a1, a2, rawWeight);
    if (kind === "subtract" && rawWeight === 0 && weight === 0) continue;
    const pairRows = parts.flatMap((acc) => acc?.rows ?? []);
    edges.push(
      edge(a1, a2, weight, pairRows, {
        rawWeight,
        topicIds: unique(parts.flatMap((acc) => [...(acc?.topics ?? [])])).sort(),
      }),
    );
  }
  return edges;
}

// ---- topic–topic ----------------------------------------------------------------------------

function topicTopicEdges(rows: readonly NetworkRow[], options: NetworkOptions): AnalyticEdge[] {
  const usable = rows.filter((row) => row.actorPasses);
  const passing = new Set(usable.filter((row) => row.topicPasses).map((row) => row.topic.id));
  // Members of each topic: statements (co-occurrence) or actors (shared actors).
  const memberOf = (row: NetworkRow) => (options.topicLink === "statements" ? row.statementId : row.actor.id);
  const members = new Map<string, Set<string>>();
  const rowsByMember = new Map<string, NetworkRow[]>();
  for (const row of usable) {
    setOf(members, row.topic.id).add(memberOf(row));
    const list = rowsByMember.get(memberOf(row)) ?? [];
    list.push(row);
    rowsByMember.set(memberOf(row), list);
  }
  const pairs = new Map<string, Set<string>>();
  for (const [member, memberRows] of rowsByMember) {
    const topics = unique(memberRows.map((row) => row.topic.id)).sort();
    for (let i = 0; i < topics.length; i++) for (let j = i + 1; j < topics.length; j++) setOf(pairs, `${topics[i]}\u0000${topics[j]}`).add(member);
  }
  const edges: AnalyticEdge[] = [];
  for (const [key, shared] of pairs) {
    const [t1, t2] = key.split("\u0000") as [string, string];
    if (!passing.has(t1) && !passing.has(t2)) continue;
    const behind = [...shared].flatMap((member) => (rowsByMember.get(member) ?? []).filter((row) => row.topic.id === t1 || row.topic.id === t2));
    const rawWeight = shared.size;
    const weight = normalise(rawWeight, members.get(t1)?.size ?? 0, members.get(t2)?.size ?? 0, options.normalisation);
    edges.push(
      edge(t1, t2, weight, behind, {
        rawWeight,
        actorIds: options.topicLink === "shared-actors" ? [...shared].sort() : [],
        // Co-occurrence: only statements about both topics are behind the edge.
        ...(options.topicLink === "statements" ? { statementIds: [...shared] } : {}),
      }),
    );
  }
  return edges;
}

// ---- nodes and measures -----------------------------------------------------------------------

/** Polarisation per topic: actors' net positions (positive minus negative, duplicates applied). */
export function topicPolarisation(rows: readonly NetworkRow[], duplicates: Duplicates): Map<string, number | null> {
  const net = new Map<string, Map<string, Set<string>>>(); // topic -> actor -> signed keys
  for (const row of rows) {
    const s = sign(row.stance);
    if (s === 0) continue;
    const actors = net.get(row.topic.id) ?? new Map<string, Set<string>>();
    setOf(actors, row.actor.id).add(`${s}|${row.stance}|${bucket(row, duplicates)}`);
    net.set(row.topic.id, actors);
  }
  const out = new Map<string, number | null>();
  for (const [topic, actors] of net) {
    let support = 0;
    let oppose = 0;
    for (const keys of actors.values()) {
      const value = [...keys].reduce((sum, key) => sum + (key.startsWith("-") ? -1 : 1), 0);
      if (value > 0) support++;
      else if (value < 0) oppose++;
    }
    out.set(topic, support + oppose === 0 ? null : 1 - Math.abs(support - oppose) / (support + oppose));
  }
  return out;
}

function buildNodes(kind: NetworkKind, edges: readonly AnalyticEdge[], rows: readonly NetworkRow[], duplicates: Duplicates): AnalyticNode[] {
  const actors = new Map(rows.map((row) => [row.actor.id, row.actor]));
  const topics = new Map(rows.map((row) => [row.topic.id, row.topic]));
  const statementDates = new Map(rows.map((row) => [row.statementId, row.date]));
  const polarisation = topicPolarisation(
    rows.filter((row) => (kind === "topics" ? row.actorPasses : row.actorPasses && row.topicPasses)),
    duplicates,
  );
  const nodes = new Map<string, { node: AnalyticNode; statements: Set<string> }>();
  const touch = (id: string, edgeWeight: number, statementIds: string[]) => {
    let entry = nodes.get(id);
    if (!entry) {
      const isActor = kind === "actor-topic" ? actors.has(id) && !topics.has(id) : kind !== "topics";
      const actor = actors.get(id);
      const topic = topics.get(id);
      entry = {
        node: {
          id,
          label: isActor ? (actor?.label ?? id) : (topic?.label ?? id),
          type: isActor ? "actor" : "topic",
          kind: isActor ? (actor?.kind ?? null) : null,
          statementCount: 0,
          degree: 0,
          weightedDegree: 0,
          polarisation: isActor ? null : (polarisation.get(id) ?? null),
          firstDate: null,
          lastDate: null,
        },
        statements: new Set<string>(),
      };
      nodes.set(id, entry);
    }
    entry.node.degree += 1;
    entry.node.weightedDegree += edgeWeight;
    for (const statementId of statementIds) entry.statements.add(statementId);
  };
  for (const e of edges) {
    touch(e.source, e.weight, e.statementIds);
    touch(e.target, e.weight, e.statementIds);
  }
  return [...nodes.values()]
    .map(({ node, statements }) => {
      const dates = [...statements].map((id) => statementDates.get(id) ?? null).filter((d): d is string => d !== null).sort();
      return { ...node, statementCount: statements.size, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null };
    })
    .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
}

/** The network of one kind from the filtered statement rows. */
export function computeNetwork(rows: readonly NetworkRow[], kind: NetworkKind, options: NetworkOptions = DEFAULT_OPTIONS): AnalyticNetwork {
  checkOptions(kind, options);
  const edges =
    kind === "actor-topic" ? actorTopicEdges(rows, options) : kind === "topics" ? topicTopicEdges(rows, options) : actorActorEdges(rows, kind, options);
  edges.sort(
    (a, b) =>
      b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || (a.stance ?? "").localeCompare(b.stance ?? ""),
  );
  return { kind, nodes: buildNodes(kind, edges, rows, options.duplicates), edges };
}

// ---- time windows -----------------------------------------------------------------------------

export interface Period {
  size: number;
  unit: TimeUnit;
}

export const MAX_WINDOWS = 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoOf = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** date + n units; months and years keep the day of month, clamped to the month's last day. */
export function addPeriod(iso: string, n: number, unit: TimeUnit): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  if (unit === "day") return isoOf(new Date(Date.UTC(y, m - 1, d + n)));
  const months = (m - 1) + n * (unit === "year" ? 12 : 1);
  const year = y + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoOf(new Date(Date.UTC(year, month, Math.min(d, last))));
}

/**
 * Moving windows: window i covers [start_i, start_i + size - 1 day] with start_i = first + i * step,
 * first = `from` or the earliest dated statement, while start_i <= (`to` or the latest date).
 * Each window's network equals the single network with filter {from: start_i, to: end_i}.
 */
export function windowBounds(window: Period, step: Period, first: string, last: string): { start: string; end: string }[] {
  if (!Number.isInteger(window.size) || window.size < 1 || !Number.isInteger(step.size) || step.size < 1) {
    throw new BadUserInputError("window and step sizes must be whole numbers of 1 or more");
  }
  const out: { start: string; end: string }[] = [];
  for (let i = 0; ; i++) {
    const start = addPeriod(first, i * step.size, step.unit);
    if (start > last) break;
    if (out.length >= MAX_WINDOWS) throw new BadUserInputError(`more than ${MAX_WINDOWS} windows: choose a larger step or a shorter date range`);
    // Same units: both ends from `first`, so tumbling windows (window = step) tile without gaps.
    const end = window.unit === step.unit ? addPeriod(first, i * step.size + window.size, step.unit) : addPeriod(start, window.size, window.unit);
    out.push({ start, end: addPeriod(end, -1, "day") });
  }
  return out;
}

export function computeWindows(
  rows: readonly NetworkRow[],
  kind: NetworkKind,
  options: NetworkOptions,
  window: Period,
  step: Period,
  from: string | null,
  to: string | null,
): NetworkWindow[] {
  checkOptions(kind, options);
  const { firstDate, lastDate } = dateRange(rows);
  const first = from ?? firstDate;
  const last = to ?? lastDate;
  if (first === null || last === null) return [];
  return windowBounds(window, step, first, last).map(({ start, end }) => ({
    start,
    end,
    network: computeNetwork(
      rows.filter((row) => row.date !== null && row.date >= start && row.date <= end),
      kind,
      options,
    ),
  }));
}
