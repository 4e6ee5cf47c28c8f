/** Network -> GraphML (http://graphml.graphdrawing.org), readable by Gephi, visone, networkx. */
import type { AnalyticNetwork } from "../analytics/networks.js";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, valueText } from "./attributes.js";
import { xmlEscape } from "./text.js";

export function toGraphml(network: AnalyticNetwork, description = ""): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  NODE_ATTRIBUTES.forEach((a, i) => lines.push(`  <key id="n${i}" for="node" attr.name="${a.name}" attr.type="${a.type}"/>`));
  EDGE_ATTRIBUTES.forEach((a, i) => lines.push(`  <key id="e${i}" for="edge" attr.name="${a.name}" attr.type="${a.type}"/>`));
  lines.push(`  <graph id="${xmlEscape(network.kind)}" edgedefault="undirected">`);
  if (description) lines.push(`    <desc>${xmlEscape(description)}</desc>`);
  for (const node of network.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    NODE_ATTRIBUTES.forEach((a, i) => {
      const value = valueText(a.value(node));
      if (value !== null) lines.push(`      <data key="n${i}">${xmlEscape(value)}</data>`);
    });
    lines.push("    </node>");
  }
  network.edges.forEach((edge, index) => {
    lines.push(`    <edge id="e${index}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`);
    EDGE_ATTRIBUTES.forEach((a, i) => {
      const value = valueText(a.value(edge));
      if (value !== null) lines.push(`      <data key="e${i}">${xmlEscape(value)}</data>`);
    });
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
