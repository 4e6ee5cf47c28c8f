/**
 * What the details panel shows for a selected node or link of the drawn network: title, subtitle,
 * the API's measures, and which statements stand behind it (model/statement-query.ts), with the
 * notes that say how the list relates to the network's counts.
 */
import { narrowerClosure } from "../model/filters.js";
import { formatMeasure, type Graph } from "../model/network-graph.js";
import type { NetworkKind } from "../model/network-kinds.js";
import { selectedOf, type Selected } from "../model/statement-query.js";
import type { Reference } from "../model/types.js";
import type { DetailsTarget, MeasureValue } from "./details-panel.js";

export interface SelectionDetails {
  target: DetailsTarget;
  selected: Selected;
}

const SET_ASIDE_NOTE: Record<string, string> = {
  actor: "It lies outside the actor filter, so the list sets that filter aside and keeps the others.",
  topic: "It lies outside the topic filter, so the list sets that filter aside and keeps the others.",
};

export function selectionDetails(reference: Reference, graph: Graph, kind: NetworkKind, selection: string | null): SelectionDetails | null {
  if (!selection) return null;
  const node = graph.nodes.find((n) => n.key === selection);
  const edge = node ? undefined : graph.edges.find((e) => e.key === selection);
  const selected = selectedOf(kind, node, edge);
  if (!selected) return null;
  if (node) {
    const actor = node.kind === "actor" ? reference.actors.get(node.id) : undefined;
    const what = node.kind === "actor" ? (actor?.kind ?? "actor") : "topic";
    const measures: MeasureValue[] = [
      { name: "statements", value: String(node.statementCount) },
      { name: "degree", value: String(node.degree) },
      { name: "weighted degree", value: formatMeasure(node.weightedDegree) },
    ];
    if (node.kind === "topic") {
      measures.push({ name: "polarisation", value: node.polarisation === null ? "none (no actor takes a side)" : formatMeasure(node.polarisation) });
    }
    const notes: string[] = [];
    if (what === "person") notes.push("The list also has the statements made in an office this person held at the time.");
    if (node.kind === "topic" && narrowerClosure(reference, node.id).size > 1) notes.push("The list includes the statements about narrower topics.");
    return { target: { title: node.label, subtitle: `${what} · ${node.statementCount} statements in the network`, measures, notes }, selected };
  }
  if (!edge) return null;
  const labels = new Map(graph.nodes.map((n) => [n.key, n.label]));
  const measures: MeasureValue[] = [{ name: "weight", value: formatMeasure(edge.weight) }];
  if (edge.rawWeight !== edge.weight) measures.push({ name: "weight before normalisation", value: formatMeasure(edge.rawWeight) });
  if (edge.stance) measures.push({ name: "stance", value: edge.stance });
  if (edge.polarity) measures.push({ name: "polarity", value: edge.polarity });
  const about = edge.label ? ` · ${kind === "actor-topic" || edge.stance || edge.polarity ? edge.label : `on ${edge.label}`}` : "";
  return {
    target: {
      title: `${labels.get(edge.source) ?? edge.source} — ${labels.get(edge.target) ?? edge.target}`,
      subtitle: `link${about} · ${edge.statementCount} statements`,
      measures,
      notes: [],
    },
    selected,
  };
}

/** The notes for filters the selection set aside (model/statement-query.ts `setAside`). */
export const setAsideNotes = (setAside: string[]): string[] => setAside.map((name) => SET_ASIDE_NOTE[name] ?? `The ${name} filter is set aside.`);
