/**
 * Discourse-network measures computed from ONE statement-level result (cypher/read-network-statements):
 * actor–actor congruence / conflict / subtract, topic–topic by co-occurrence or shared actors,
 * normalisation, node measures (degree, weighted degree, polarisation) and moving time windows.
 * The actor–topic network is built from (actor, topic, stance) groups (./actor-topic-network.ts),
 * which the database can also compute directly. Pure functions; the definitions and a worked
 * example are in docs/analytics.md.
 */
import type { Stance } from "../ingest/extraction.js";
import { BadUserInputError } from "../errors/app-error.js";
import {
  DEFAULT_OPTIONS,
  POSITIVE_STANCES,
  bucket,
  checkOptions,
  normalise,
  setOf,
  sign,
  unique,
  type AnalyticEdge,
  type AnalyticNetwork,
  type AnalyticNode,
  type Duplicates,
  type NetworkKind,
  type NetworkOptions,
  type NetworkRow,
  type NetworkWindow,
  type StanceCount,
  type TimeUnit,
} from "./network-model.js";
import { actorTopicNetwork, groupActorTopicRows, polarisationOfGroups } from "./actor-topic-network.js";
import { nodesOfEdges } from "./network-nodes.js";

export * from "./network-model.js";

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

/** Polarisation per topic of the given rows (whatever the filters say): actors' net positions, duplicates applied. */
export function topicPolarisation(rows: readonly NetworkRow[], duplicates: Duplicates): Map<string, number | null> {
  return polarisationOfGroups(groupActorTopicRows(rows.map((row) => ({ ...row, actorPasses: true, topicPasses: true })), duplicates));
}

function buildNodes(kind: NetworkKind, edges: readonly AnalyticEdge[], rows: readonly NetworkRow[], duplicates: Duplicates): AnalyticNode[] {
  const actors = new Map(rows.map((row) => [row.actor.id, row.actor]));
  const topics = new Map(rows.map((row) => [row.topic.id, row.topic]));
  const polarisation = topicPolarisation(
    rows.filter((row) => (kind === "topics" ? row.actorPasses : row.actorPasses && row.topicPasses)),
    duplicates,
  );
  // One-mode networks: every node is a topic (topic–topic) or an actor (the others).
  return nodesOfEdges(edges, (id) =>
    kind === "topics"
      ? { label: topics.get(id)?.label ?? id, type: "topic", kind: null, polarisation: polarisation.get(id) ?? null }
      : { label: actors.get(id)?.label ?? id, type: "actor", kind: actors.get(id)?.kind ?? null, polarisation: null },
  );
}

/** The network of one kind from the filtered statement rows. */
export function computeNetwork(rows: readonly NetworkRow[], kind: NetworkKind, options: NetworkOptions = DEFAULT_OPTIONS): AnalyticNetwork {
  checkOptions(kind, options);
  if (kind === "actor-topic") return actorTopicNetwork(groupActorTopicRows(rows, options.duplicates), options);
  const edges = kind === "topics" ? topicTopicEdges(rows, options) : actorActorEdges(rows, kind, options);
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
