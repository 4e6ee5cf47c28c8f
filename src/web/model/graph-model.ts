/**
 * From filtered statements to the network that is drawn. Four views:
 * - two-mode: actors and topics; one edge per actor, topic and stance.
 * - congruence: actor–actor, linked when both take the same side on a shared topic.
 * - conflict: actor–actor, linked when they take opposite sides on a shared topic.
 * - cooccurrence: topic–topic, linked when one statement is about both.
 * Sides: support and commitment are "for"; oppose and concern are "against"; request and inform
 * take no side, so they make no congruence or conflict edge.
 * Node size is the number of statements behind the node; every edge keeps its statement ids so
 * the details panel can list them.
 */
import { STANCES, type Stance } from "./stance.js";
import type { Corpus, Statement } from "./types.js";

export const VIEWS = ["two-mode", "congruence", "conflict", "cooccurrence"] as const;
export type ViewMode = (typeof VIEWS)[number];

export const VIEW_LABEL: Record<ViewMode, string> = {
  "two-mode": "Actors & topics",
  congruence: "Actor congruence",
  conflict: "Actor conflict",
  cooccurrence: "Topic co-occurrence",
};

/** What nodes and links mean in each view (shown beside the network). */
export const VIEW_HELP: Record<ViewMode, string> = {
  "two-mode": "Actors (circles) linked to the topics (boxes) they spoke about; one link per stance, coloured by stance.",
  congruence:
    "Actors linked when they take the same side on a shared topic (support or commitment: blue; oppose or concern: orange). Requests and information take no side.",
  conflict: "Actors linked when they take opposite sides on a shared topic (one supports or commits, the other opposes or worries).",
  cooccurrence: "Topics linked when one statement is about both; the link takes the most frequent stance of those statements.",
};

export interface GraphNode {
  /** "actor:<id>" or "topic:<id>" so actor and topic ids never clash. */
  key: string;
  id: string;
  kind: "actor" | "topic";
  label: string;
  statementIds: string[];
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  /** The stance that colours the edge (for congruence and co-occurrence: the most frequent). */
  stance: Stance;
  statementIds: string[];
  label: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const actorKey = (id: string): string => `actor:${id}`;
export const topicKey = (id: string): string => `topic:${id}`;

type Side = "for" | "against" | null;
function sideOf(stance: Stance): Side {
  switch (stance) {
    case "support":
    case "commitment":
      return "for";
    case "oppose":
    case "concern":
      return "against";
    case "request":
    case "inform":
      return null;
  }
}

class NodeBag {
  readonly nodes = new Map<string, GraphNode>();
  constructor(private readonly corpus: Corpus) {}
  add(kind: "actor" | "topic", id: string, statementId: string): string {
    const key = kind === "actor" ? actorKey(id) : topicKey(id);
    let node = this.nodes.get(key);
    if (!node) {
      const label = kind === "actor" ? (this.corpus.actors.get(id)?.name ?? id) : (this.corpus.topics.get(id)?.label ?? id);
      node = { key, id, kind, label, statementIds: [] };
      this.nodes.set(key, node);
    }
    if (!node.statementIds.includes(statementId)) node.statementIds.push(statementId);
    return key;
  }
}

function dominantStance(stances: Stance[]): Stance {
  const counts = new Map<Stance, number>();
  for (const stance of stances) counts.set(stance, (counts.get(stance) ?? 0) + 1);
  let best: Stance = stances[0] ?? "inform";
  for (const stance of STANCES) if ((counts.get(stance) ?? 0) > (counts.get(best) ?? 0)) best = stance;
  return best;
}

export function buildGraph(corpus: Corpus, statements: Statement[], view: ViewMode): Graph {
  switch (view) {
    case "two-mode":
      return twoMode(corpus, statements);
    case "congruence":
      return actorPairs(corpus, statements, "congruence");
    case "conflict":
      return actorPairs(corpus, statements, "conflict");
    case "cooccurrence":
      return cooccurrence(corpus, statements);
  }
}

function twoMode(corpus: Corpus, statements: Statement[]): Graph {
  const bag = new NodeBag(corpus);
  const edges = new Map<string, GraphEdge>();
  for (const statement of statements) {
    for (const actorId of statement.actorIds) {
      const source = bag.add("actor", actorId, statement.id);
      for (const topicId of statement.topicIds) {
        const target = bag.add("topic", topicId, statement.id);
        const key = `${source}|${target}|${statement.stance}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { key, source, target, stance: statement.stance, statementIds: [], label: statement.stance };
          edges.set(key, edge);
        }
        edge.statementIds.push(statement.id);
      }
    }
  }
  return { nodes: [...bag.nodes.values()], edges: [...edges.values()] };
}

function actorPairs(corpus: Corpus, statements: Statement[], mode: "congruence" | "conflict"): Graph {
  // Per topic: which actors are on which side, with the statements that put them there.
  const byTopic = new Map<string, Map<string, { side: Side; statement: Statement }[]>>();
  for (const statement of statements) {
    const side = sideOf(statement.stance);
    if (side === null) continue;
    for (const topicId of statement.topicIds) {
      const actors = byTopic.get(topicId) ?? new Map<string, { side: Side; statement: Statement }[]>();
      byTopic.set(topicId, actors);
      for (const actorId of statement.actorIds) {
        const list = actors.get(actorId) ?? [];
        list.push({ side, statement });
        actors.set(actorId, list);
      }
    }
  }
  const bag = new NodeBag(corpus);
  const edges = new Map<string, GraphEdge & { stances: Stance[]; topics: Set<string> }>();
  for (const [topicId, actors] of byTopic) {
    const ids = [...actors.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        for (const left of actors.get(a) ?? []) {
          for (const right of actors.get(b) ?? []) {
            if (left.statement.id === right.statement.id && mode === "conflict") continue;
            const agree = left.side === right.side;
            if ((mode === "congruence") !== agree) continue;
            const source = bag.add("actor", a, left.statement.id);
            const target = bag.add("actor", b, right.statement.id);
            const key = `${source}|${target}`;
            let edge = edges.get(key);
            if (!edge) {
              edge = { key, source, target, stance: mode === "conflict" ? "oppose" : "support", statementIds: [], label: "", stances: [], topics: new Set() };
              edges.set(key, edge);
            }
            for (const statement of [left.statement, right.statement]) {
              if (!edge.statementIds.includes(statement.id)) {
                edge.statementIds.push(statement.id);
                edge.stances.push(statement.stance);
              }
            }
            edge.topics.add(topicId);
          }
        }
      }
    }
  }
  const result: GraphEdge[] = [];
  for (const edge of edges.values()) {
    const topics = [...edge.topics].map((id) => corpus.topics.get(id)?.label ?? id);
    result.push({
      key: edge.key,
      source: edge.source,
      target: edge.target,
      // Congruence: the side they share ("for" → support, "against" → oppose); conflict: oppose.
      stance: mode === "conflict" ? "oppose" : sideOf(dominantStance(edge.stances)) === "against" ? "concern" : "support",
      statementIds: edge.statementIds,
      label: topics.join(", "),
    });
  }
  return { nodes: [...bag.nodes.values()], edges: result };
}

function cooccurrence(corpus: Corpus, statements: Statement[]): Graph {
  const bag = new NodeBag(corpus);
  const edges = new Map<string, GraphEdge & { stances: Stance[] }>();
  for (const statement of statements) {
    const ids = [...new Set(statement.topicIds)].sort();
    for (const id of ids) bag.add("topic", id, statement.id);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = topicKey(ids[i] as string);
        const target = topicKey(ids[j] as string);
        const key = `${source}|${target}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { key, source, target, stance: statement.stance, statementIds: [], label: "", stances: [] };
          edges.set(key, edge);
        }
        edge.statementIds.push(statement.id);
        edge.stances.push(statement.stance);
      }
    }
  }
  return {
    nodes: [...bag.nodes.values()],
    edges: [...edges.values()].map(({ stances, ...edge }) => ({ ...edge, stance: dominantStance(stances) })),
  };
}
