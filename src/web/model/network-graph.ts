/**
 * The API's network answer turned into what the explorer draws and lists: node and link keys
 * that never clash ("actor:<id>", "topic:<id>"), the statements behind each node and link (for
 * the details panel), the colour of each link, and the measures as the API computed them.
 * Nothing is recomputed here: weights, degrees and polarisation are the API's.
 */
import { edgeColour } from "./edge-colour.js";
import type { Measures } from "./measures.js";
import type { NetworkKind } from "./network-kinds.js";
import type { Stance } from "./stance.js";
import type { Corpus, NetworkData, NetworkNodeData } from "./types.js";

export interface GraphNode {
  key: string;
  id: string;
  kind: "actor" | "topic";
  label: string;
  /** Statements behind the node's links that this actor spoke or that are about this topic. */
  statementIds: string[];
  statementCount: number;
  degree: number;
  weightedDegree: number;
  polarisation: number | null;
}

export interface GraphEdge {
  /** `<source key>|<target key>`, plus `|<stance>` for per-stance parallel links. */
  key: string;
  source: string;
  target: string;
  weight: number;
  rawWeight: number;
  colour: string;
  stance: Stance | null;
  polarity: string | null;
  stances: Partial<Record<Stance, number>>;
  statementIds: string[];
  /** What the link stands for beyond its ends: shared topics, shared actors, stance or polarity. */
  label: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const EMPTY_GRAPH: Graph = { nodes: [], edges: [] };

export const actorKey = (id: string): string => `actor:${id}`;
export const topicKey = (id: string): string => `topic:${id}`;
const nodeKey = (node: Pick<NetworkNodeData, "id" | "type">): string => (node.type === "actor" ? actorKey(node.id) : topicKey(node.id));

export function graphFromNetwork(network: NetworkData, kind: NetworkKind, measures: Measures, corpus: Corpus): Graph {
  const nodesById = new Map(network.nodes.map((node) => [node.id, node]));
  const statementsById = new Map(corpus.statements.map((s) => [s.id, s]));
  const keyOf = (id: string): string => {
    const node = nodesById.get(id);
    // An edge end the API did not list as a node cannot happen; fall back to the kind's node type.
    return node ? nodeKey(node) : kind === "topics" ? topicKey(id) : actorKey(id);
  };
  const signed = kind === "subtract" || (kind === "actor-topic" && measures.qualifier === "subtract");
  const topicLabel = (id: string) => corpus.topics.get(id)?.label ?? nodesById.get(id)?.label ?? id;
  const actorLabel = (id: string) => corpus.actors.get(id)?.name ?? nodesById.get(id)?.label ?? id;

  const edges: GraphEdge[] = network.edges.map((edge) => {
    const source = keyOf(edge.source);
    const target = keyOf(edge.target);
    const label = edge.stance ?? edge.polarity ?? (edge.topicIds.length > 0 ? edge.topicIds.map(topicLabel).join(", ") : edge.actorIds.map(actorLabel).join(", "));
    return {
      key: edge.stance ? `${source}|${target}|${edge.stance}` : `${source}|${target}`,
      source,
      target,
      weight: edge.weight,
      rawWeight: edge.rawWeight,
      colour: edgeColour(edge, signed, kind === "conflict"),
      stance: edge.stance,
      polarity: edge.polarity,
      stances: edge.stances,
      statementIds: edge.statementIds,
      label,
    };
  });

  const behind = new Map<string, Set<string>>();
  for (const edge of network.edges) {
    for (const end of [edge.source, edge.target]) {
      const set = behind.get(end) ?? new Set<string>();
      for (const id of edge.statementIds) set.add(id);
      behind.set(end, set);
    }
  }
  const nodes: GraphNode[] = network.nodes.map((node) => {
    const own = [...(behind.get(node.id) ?? [])].filter((id) => {
      const statement = statementsById.get(id);
      if (!statement) return false;
      return node.type === "actor" ? statement.actorIds.includes(node.id) : statement.topicIds.includes(node.id);
    });
    return {
      key: nodeKey(node),
      id: node.id,
      kind: node.type,
      label: node.label,
      statementIds: own,
      statementCount: node.statementCount,
      degree: node.degree,
      weightedDegree: node.weightedDegree,
      polarisation: node.polarisation,
    };
  });
  return { nodes, edges };
}

/** Whole numbers as they are; fractions (normalised weights) to three decimals. */
export function formatMeasure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
