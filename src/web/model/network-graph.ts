/**
 * The API's network answer turned into what the explorer draws and lists: node and link keys
 * that never clash ("actor:<id>", "topic:<id>"), the statement ids behind each link (the details
 * of links that are not one statements filter), the colour of each link, and the measures as the
 * API computed them.
 * Nothing is recomputed here: weights, degrees and polarisation are the API's.
 */
import { edgeColour } from "./edge-colour.js";
import type { Measures } from "./measures.js";
import type { NetworkKind } from "./network-kinds.js";
import type { Stance } from "./stance.js";
import type { NetworkData, NetworkNodeData, Reference } from "./types.js";

export interface GraphNode {
  key: string;
  id: string;
  kind: "actor" | "topic";
  label: string;
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
  statementCount: number;
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

export function graphFromNetwork(network: NetworkData, kind: NetworkKind, measures: Measures, reference: Reference): Graph {
  const nodesById = new Map(network.nodes.map((node) => [node.id, node]));
  const keyOf = (id: string): string => {
    const node = nodesById.get(id);
    // An edge end the API did not list as a node cannot happen; fall back to the kind's node type.
    return node ? nodeKey(node) : kind === "topics" ? topicKey(id) : actorKey(id);
  };
  const signed = kind === "subtract" || (kind === "actor-topic" && measures.qualifier === "subtract");
  const topicLabel = (id: string) => reference.topics.get(id)?.label ?? nodesById.get(id)?.label ?? id;
  const actorLabel = (id: string) => reference.actors.get(id)?.name ?? nodesById.get(id)?.label ?? id;

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
      statementCount: edge.statementCount,
      label,
    };
  });

  const nodes: GraphNode[] = network.nodes.map((node) => ({
    key: nodeKey(node),
    id: node.id,
    kind: node.type,
    label: node.label,
    statementCount: node.statementCount,
    degree: node.degree,
    weightedDegree: node.weightedDegree,
    polarisation: node.polarisation,
  }));
  return { nodes, edges };
}

/** Whole numbers as they are; fractions (normalised weights) to three decimals. */
export function formatMeasure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
