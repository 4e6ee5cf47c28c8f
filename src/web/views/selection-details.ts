/**
 * What the details panel shows for a selected node or link of the drawn network: title, subtitle,
 * the API's measures and the statements behind it (looked up in the corpus by id).
 */
import { formatMeasure, type Graph } from "../model/network-graph.js";
import type { NetworkKind } from "../model/network-kinds.js";
import type { Corpus, Statement } from "../model/types.js";
import type { DetailsTarget, MeasureValue } from "./details-panel.js";

export function selectionDetails(corpus: Corpus, graph: Graph, kind: NetworkKind, selection: string | null): DetailsTarget | null {
  if (!selection) return null;
  const byId = new Map(corpus.statements.map((s) => [s.id, s]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((s): s is Statement => s !== undefined);
  const node = graph.nodes.find((n) => n.key === selection);
  if (node) {
    const what = node.kind === "actor" ? (corpus.actors.get(node.id)?.kind ?? "actor") : "topic";
    const measures: MeasureValue[] = [
      { name: "statements", value: String(node.statementCount) },
      { name: "degree", value: String(node.degree) },
      { name: "weighted degree", value: formatMeasure(node.weightedDegree) },
    ];
    if (node.kind === "topic") {
      measures.push({ name: "polarisation", value: node.polarisation === null ? "none (no actor takes a side)" : formatMeasure(node.polarisation) });
    }
    return { title: node.label, subtitle: `${what} · ${node.statementIds.length} statements`, measures, statements: pick(node.statementIds) };
  }
  const edge = graph.edges.find((e) => e.key === selection);
  if (edge) {
    const labels = new Map(graph.nodes.map((n) => [n.key, n.label]));
    const measures: MeasureValue[] = [{ name: "weight", value: formatMeasure(edge.weight) }];
    if (edge.rawWeight !== edge.weight) measures.push({ name: "weight before normalisation", value: formatMeasure(edge.rawWeight) });
    if (edge.stance) measures.push({ name: "stance", value: edge.stance });
    if (edge.polarity) measures.push({ name: "polarity", value: edge.polarity });
    const about = edge.label ? ` · ${kind === "actor-topic" || edge.stance || edge.polarity ? edge.label : `on ${edge.label}`}` : "";
    return {
      title: `${labels.get(edge.source) ?? edge.source} — ${labels.get(edge.target) ?? edge.target}`,
      subtitle: `link${about} · ${edge.statementIds.length} statements`,
      measures,
      statements: pick(edge.statementIds),
    };
  }
  return null;
}
