/**
 * Network -> GEXF 1.2 (https://gexf.net), Gephi's format. A static network, or the windows of
 * `networkWindows` as one dynamic graph: each node and edge has a spell per window it is present
 * in, and the per-window values (weight, degree, ...) as dynamic attribute values.
 */
import type { AnalyticEdge, AnalyticNetwork, AnalyticNode, NetworkWindow } from "../analytics/networks.js";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, valueText, type Attribute } from "./attributes.js";
import { xmlEscape } from "./text.js";

const GEXF_TYPES = { string: "string", int: "integer", double: "double" } as const;

/** `weight` is GEXF's own edge attribute; the others are declared. `label` is the node's own. */
const nodeAttributes = NODE_ATTRIBUTES.filter((a) => a.name !== "label");
const edgeAttributes = EDGE_ATTRIBUTES.filter((a) => a.name !== "weight");

function header(mode: "static" | "dynamic", description: string): string[] {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    "  <meta>",
    "    <creator>kg export</creator>",
    `    <description>${xmlEscape(description)}</description>`,
    "  </meta>",
    `  <graph mode="${mode}" defaultedgetype="undirected"${mode === "dynamic" ? ' timeformat="date"' : ""}>`,
  ];
}

function declarations(mode: "static" | "dynamic"): string[] {
  const declare = <T>(cls: "node" | "edge", attributes: Attribute<T>[]) => [
    `    <attributes class="${cls}" mode="${mode}">`,
    ...attributes.map((a, i) => `      <attribute id="${cls[0]}${i}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    "    </attributes>",
  ];
  return [...declare("node", nodeAttributes), ...declare("edge", edgeAttributes)];
}

function attvalues<T>(prefix: string, attributes: Attribute<T>[], items: { item: T; start?: string; end?: string }[], indent: string): string[] {
  const out: string[] = [];
  for (const { item, start, end } of items) {
    attributes.forEach((a, i) => {
      const value = valueText(a.value(item));
      if (value === null) return;
      const spell = start && end ? ` start="${start}" end="${end}"` : "";
      out.push(`${indent}  <attvalue for="${prefix}${i}" value="${xmlEscape(value)}"${spell}/>`);
    });
  }
  return out.length ? [`${indent}<attvalues>`, ...out, `${indent}</attvalues>`] : [];
}

const edgeKey = (edge: AnalyticEdge) => `${edge.source}\u0000${edge.target}\u0000${edge.stance ?? ""}`;

export function toGexf(network: AnalyticNetwork, description = ""): string {
  const lines = [...header("static", description), ...declarations("static"), "    <nodes>"];
  for (const node of network.nodes) {
    lines.push(`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">`, ...attvalues("n", nodeAttributes, [{ item: node }], "        "), "      </node>");
  }
  lines.push("    </nodes>", "    <edges>");
  network.edges.forEach((edge, index) => {
    lines.push(
      `      <edge id="e${index}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" weight="${valueText(edge.weight)}">`,
      ...attvalues("e", edgeAttributes, [{ item: edge }], "        "),
      "      </edge>",
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

/**
 * Dynamic GEXF from time windows: a node or edge present in windows w1..wk has spells [start, end]
 * of those windows; `weight` on the edge element is the sum over windows of the per-window weights
 * (for overlapping windows a statement counts in each); the per-window weight is the dynamic
 * attribute `windowWeight`.
 */
export function toDynamicGexf(windows: readonly NetworkWindow[], description = ""): string {
  const nodes = new Map<string, { node: AnalyticNode; spells: { item: AnalyticNode; start: string; end: string }[] }>();
  const edges = new Map<string, { edge: AnalyticEdge; total: number; spells: { item: AnalyticEdge; start: string; end: string }[] }>();
  for (const { start, end, network } of windows) {
    for (const node of network.nodes) {
      const entry = nodes.get(node.id) ?? { node, spells: [] };
      entry.spells.push({ item: node, start, end });
      nodes.set(node.id, entry);
    }
    for (const edge of network.edges) {
      const entry = edges.get(edgeKey(edge)) ?? { edge, total: 0, spells: [] };
      entry.total += edge.weight;
      entry.spells.push({ item: edge, start, end });
      edges.set(edgeKey(edge), entry);
    }
  }
  const spells = (list: { start: string; end: string }[], indent: string) => [
    `${indent}<spells>`,
    ...list.map((s) => `${indent}  <spell start="${s.start}" end="${s.end}"/>`),
    `${indent}</spells>`,
  ];
  const dynamicEdgeAttributes: Attribute<AnalyticEdge>[] = [...edgeAttributes, { name: "windowWeight", type: "double", value: (e) => e.weight }];
  const lines = [
    ...header("dynamic", description),
    `    <attributes class="node" mode="dynamic">`,
    ...nodeAttributes.map((a, i) => `      <attribute id="n${i}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    "    </attributes>",
    `    <attributes class="edge" mode="dynamic">`,
    ...dynamicEdgeAttributes.map((a, i) => `      <attribute id="e${i}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const { node, spells: list } of nodes.values()) {
    lines.push(
      `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">`,
      ...attvalues("n", nodeAttributes, list, "        "),
      ...spells(list, "        "),
      "      </node>",
    );
  }
  lines.push("    </nodes>", "    <edges>");
  let index = 0;
  for (const { edge, total, spells: list } of edges.values()) {
    lines.push(
      `      <edge id="e${index++}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" weight="${valueText(total)}">`,
      ...attvalues("e", dynamicEdgeAttributes, list, "        "),
      ...spells(list, "        "),
      "      </edge>",
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
