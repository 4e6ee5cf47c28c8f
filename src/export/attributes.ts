/** The node and edge attributes every export carries (GraphML keys, GEXF attributes, CSV columns). */
import type { AnalyticEdge, AnalyticNode } from "../analytics/networks.js";
import type { Stance } from "../ingest/extraction.js";
import { numberText } from "./text.js";

export const STANCES: readonly Stance[] = ["support", "oppose", "concern", "request", "commitment", "inform"];

export type AttributeType = "string" | "int" | "double";

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  value: (item: T) => string | number | null;
}

export const NODE_ATTRIBUTES: Attribute<AnalyticNode>[] = [
  { name: "label", type: "string", value: (n) => n.label },
  { name: "type", type: "string", value: (n) => n.type },
  { name: "kind", type: "string", value: (n) => n.kind },
  { name: "statementCount", type: "int", value: (n) => n.statementCount },
  { name: "degree", type: "int", value: (n) => n.degree },
  { name: "weightedDegree", type: "double", value: (n) => n.weightedDegree },
  { name: "polarisation", type: "double", value: (n) => n.polarisation },
  { name: "firstDate", type: "string", value: (n) => n.firstDate },
  { name: "lastDate", type: "string", value: (n) => n.lastDate },
];

export const EDGE_ATTRIBUTES: Attribute<AnalyticEdge>[] = [
  { name: "weight", type: "double", value: (e) => e.weight },
  { name: "rawWeight", type: "double", value: (e) => e.rawWeight },
  { name: "stance", type: "string", value: (e) => e.stance },
  { name: "polarity", type: "string", value: (e) => e.polarity },
  ...STANCES.map((stance): Attribute<AnalyticEdge> => ({ name: `count_${stance}`, type: "int", value: (e) => e.stances.find((s) => s.stance === stance)?.count ?? 0 })),
  { name: "statementCount", type: "int", value: (e) => e.statementIds.length },
  { name: "topicIds", type: "string", value: (e) => (e.topicIds.length ? e.topicIds.join(";") : null) },
  { name: "actorIds", type: "string", value: (e) => (e.actorIds.length ? e.actorIds.join(";") : null) },
  { name: "firstDate", type: "string", value: (e) => e.firstDate },
  { name: "lastDate", type: "string", value: (e) => e.lastDate },
];

/** An attribute value as text; null when absent (the serialisers then leave it out). */
export function valueText(value: string | number | null): string | null {
  if (value === null) return null;
  return typeof value === "number" ? numberText(value) : value;
}
