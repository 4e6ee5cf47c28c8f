/**
 * "In view": every drawn node as a button, biggest first. It is the text equivalent of the canvas
 * and the keyboard route to each node (Tab to it, Enter selects it).
 */
import type { Graph } from "../model/network-graph.js";
import { clear, h } from "./dom.js";

export class NodeList {
  constructor(
    private readonly root: HTMLElement,
    private readonly onSelect: (key: string) => void,
  ) {}

  render(graph: Graph, selection: string | null): void {
    clear(this.root);
    const nodes = [...graph.nodes].sort((a, b) => b.statementCount - a.statementCount || a.label.localeCompare(b.label, "nl"));
    const actors = nodes.filter((n) => n.kind === "actor");
    const topics = nodes.filter((n) => n.kind === "topic");
    this.root.append(h("h2", { class: "panel-title" }, `In view`, h("span", { class: "muted" }, ` · ${actors.length} actors, ${topics.length} topics`)));
    if (nodes.length === 0) {
      this.root.append(h("p", { class: "muted", id: "empty-network" }, "Nothing matches these filters."));
      return;
    }
    for (const [title, group] of [
      ["Actors", actors],
      ["Topics", topics],
    ] as const) {
      if (group.length === 0) continue;
      const list = h("ul", { class: "node-list", "aria-label": title });
      for (const node of group) {
        list.append(
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: `node-button node-${node.kind}`,
                "data-node": node.key,
                "aria-pressed": node.key === selection ? "true" : "false",
                onclick: () => this.onSelect(node.key),
              },
              h("span", { class: `node-icon ${node.kind}`, "aria-hidden": "true" }),
              h("span", { class: "node-label" }, node.label),
              h("span", { class: "count", "aria-label": `${node.statementCount} statements` }, String(node.statementCount)),
            ),
          ),
        );
      }
      this.root.append(h("h3", { class: "list-title" }, title), list);
    }
  }
}
