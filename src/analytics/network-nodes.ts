/**
 * The nodes of a network from its edges: every network kind counts degree, weighted degree, the
 * distinct statements behind a node and their first and last dates the same way. An edge's
 * dates span its statements, so a node's span is the span of its edges.
 */
import type { AnalyticEdge, AnalyticNode } from "./network-model.js";

/** What a node is, apart from the measures its edges give it. */
export type NodeDescription = Pick<AnalyticNode, "label" | "type" | "kind" | "polarisation">;

export const minDate = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);
export const maxDate = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a >= b ? a : b);

export function nodesOfEdges(edges: readonly AnalyticEdge[], describe: (id: string, end: "source" | "target") => NodeDescription): AnalyticNode[] {
  const nodes = new Map<string, { node: AnalyticNode; statements: Set<string> }>();
  const touch = (id: string, end: "source" | "target", e: AnalyticEdge) => {
    let entry = nodes.get(id);
    if (!entry) {
      const node: AnalyticNode = { id, ...describe(id, end), statementCount: 0, degree: 0, weightedDegree: 0, firstDate: null, lastDate: null };
      entry = { node, statements: new Set() };
      nodes.set(id, entry);
    }
    entry.node.degree += 1;
    entry.node.weightedDegree += e.weight;
    entry.node.firstDate = minDate(entry.node.firstDate, e.firstDate);
    entry.node.lastDate = maxDate(entry.node.lastDate, e.lastDate);
    for (const statementId of e.statementIds) entry.statements.add(statementId);
  };
  for (const e of edges) {
    touch(e.source, "source", e);
    touch(e.target, "target", e);
  }
  return [...nodes.values()]
    .map(({ node, statements }) => ({ ...node, statementCount: statements.size }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
}
