/**
 * The network, drawn with Cytoscape.js on a canvas and laid out with fCoSE (force-directed with
 * overlap removal, so labels stay apart). Actors are dark circles, topics light rounded boxes
 * (shape as well as colour tells them apart); size grows with the number of statements; edges
 * take the stance colour. The canvas is one focusable region with an aria-label; the list of
 * nodes in the side panel is its text equivalent and the keyboard route to every node.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Graph } from "../model/graph-model.js";
import { STANCE_COLOUR } from "../model/stance.js";

cytoscape.use(fcose);

export interface NetworkHandlers {
  onSelect(key: string | null): void;
}

export class NetworkView {
  private readonly cy: Core;
  private shapeSignature = "";
  private labelFactor = 1;

  constructor(private readonly container: HTMLElement, handlers: NetworkHandlers) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            "font-family": "system-ui, sans-serif",
            "font-size": 12,
            color: "#1f2933",
            "text-valign": "bottom",
            "text-margin-y": 4,
            "text-wrap": "wrap",
            "text-max-width": "130px",
            "text-outline-color": "#ffffff",
            "text-outline-width": 2.5,
          },
        },
        { selector: 'node[kind = "actor"]', style: { shape: "ellipse", "background-color": "#334e68", "font-weight": 600, "font-size": 13 } },
        {
          selector: 'node[kind = "topic"]',
          style: { shape: "round-rectangle", "background-color": "#f0f4f8", "border-width": 2, "border-color": "#627d98", "font-size": 11, color: "#334e68" },
        },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "data(colour)",
            "curve-style": "bezier",
            opacity: 0.8,
          },
        },
        { selector: "node.quiet", style: { "text-opacity": 0 } },
        { selector: "node.quiet.shown", style: { "text-opacity": 1 } },
        { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.25 } },
        { selector: "node.chosen", style: { "border-width": 4, "border-color": "#102a43", "underlay-color": "#ffd166", "underlay-opacity": 0.7, "underlay-padding": 6 } },
        { selector: "edge.chosen", style: { opacity: 1, "underlay-color": "#ffd166", "underlay-opacity": 0.7, "underlay-padding": 4 } },
      ],
    });
    this.cy.on("tap", "node, edge", (event) => handlers.onSelect(String(event.target.id())));
    this.cy.on("zoom", () => this.scaleLabels());
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) handlers.onSelect(null);
    });
  }

  render(graph: Graph, selection: string | null): void {
    const max = Math.max(1, ...graph.nodes.map((n) => n.statementIds.length));
    const maxEdge = Math.max(1, ...graph.edges.map((e) => e.statementIds.length));
    const signature = [...graph.nodes.map((n) => n.key), "|", ...graph.edges.map((e) => e.key)].join(",");
    const elements: ElementDefinition[] = [
      ...graph.nodes.map((node) => ({
        group: "nodes" as const,
        data: {
          id: node.key,
          label: node.label,
          kind: node.kind,
          count: node.statementIds.length,
          size: 22 + 42 * Math.sqrt(node.statementIds.length / max),
        },
      })),
      ...graph.edges.map((edge) => ({
        group: "edges" as const,
        data: {
          id: edge.key,
          source: edge.source,
          target: edge.target,
          colour: STANCE_COLOUR[edge.stance],
          width: 1.5 + 6 * (edge.statementIds.length / maxEdge),
          stance: edge.stance,
        },
      })),
    ];
    // The container may have changed size since the last render (panels filled in): measure again.
    this.cy.resize();
    if (signature !== this.shapeSignature) {
      this.shapeSignature = signature;
      this.cy.elements().remove();
      this.cy.add(elements);
      this.layout();
    } else {
      // Same shape: refresh data (counts, colours) in place and keep positions.
      for (const element of elements) this.cy.getElementById(String(element.data.id)).data(element.data);
    }
    this.quietLabels(graph);
    this.highlight(selection);
    this.container.setAttribute(
      "aria-label",
      `Network of ${graph.nodes.filter((n) => n.kind === "actor").length} actors and ${graph.nodes.filter((n) => n.kind === "topic").length} topics with ${graph.edges.length} links. The list "In view" is its text equivalent.`,
    );
  }

  private layout(): void {
    const count = this.cy.nodes().length;
    if (count === 0) return;
    if (count === 1) {
      this.cy.nodes().positions({ x: 0, y: 0 });
    } else {
      this.runForceLayout();
    }
    this.cy.fit(undefined, 30);
    this.scaleLabels();
    this.cy.fit(undefined, 30);
  }

  private runForceLayout(): void {
    // fCoSE starts from random positions; a seeded generator for the (synchronous) run makes the
    // same data give the same picture, which a shared link and the tests rely on.
    withSeededRandom(() =>
      this.cy
        .layout({
          name: "fcose",
          quality: "proof",
          randomize: true,
          animate: false,
          nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 12000,
          idealEdgeLength: () => 90,
          edgeElasticity: () => 0.35,
          gravity: 0.25,
          packComponents: true,
          padding: 30,
        } as cytoscape.LayoutOptions)
        .run(),
    );
  }

  /**
   * Keeps labels readable when a large network is fitted into the canvas: below zoom 1 the font
   * grows in model units so that it stays near 11–13 px on screen.
   */
  private scaleLabels(): void {
    const zoom = this.cy.zoom();
    const factor = zoom >= 1 ? 1 : Math.min(1 / zoom, 2.6);
    if (Math.abs(factor - this.labelFactor) < 0.02) return;
    this.labelFactor = factor;
    this.cy.style().selector('node[kind = "actor"]').style({ "font-size": 13 * factor, "text-max-width": `${130 * factor}px` }).update();
    this.cy.style().selector('node[kind = "topic"]').style({ "font-size": 11 * factor, "text-max-width": `${110 * factor}px` }).update();
  }

  /**
   * With many topics, only the labels of the busiest ones (and of every actor) are drawn; the rest
   * appear when a node next to them is selected, and all of them are in the list "In view".
   */
  private quietLabels(graph: Graph): void {
    const topics = graph.nodes.filter((n) => n.kind === "topic").sort((a, b) => b.statementIds.length - a.statementIds.length);
    const budget = Math.max(12, Math.round(this.container.clientWidth * this.container.clientHeight / 14000));
    const loud = new Set(topics.slice(0, budget).map((n) => n.key));
    this.cy.nodes('[kind = "topic"]').forEach((node) => {
      if (loud.has(node.id())) node.removeClass("quiet");
      else node.addClass("quiet");
    });
  }

  private highlight(selection: string | null): void {
    this.cy.elements().removeClass("faded chosen");
    this.cy.nodes().removeClass("shown");
    if (!selection) return;
    const chosen = this.cy.getElementById(selection);
    if (chosen.empty()) return;
    const neighbourhood = chosen.group() === "nodes" ? chosen.closedNeighborhood() : chosen.union(chosen.connectedNodes());
    this.cy.elements().not(neighbourhood).addClass("faded");
    neighbourhood.nodes().addClass("shown");
    chosen.addClass("chosen");
  }

  resize(): void {
    this.cy.resize();
    this.cy.fit(undefined, 30);
    this.scaleLabels();
  }

  /** Position of a node on the page (for tests that click the canvas). */
  nodePosition(key: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(key);
    if (node.empty()) return null;
    const box = this.container.getBoundingClientRect();
    const position = node.renderedPosition();
    return { x: box.left + position.x, y: box.top + position.y };
  }
}

/** Runs `action` with Math.random replaced by a fixed-seed generator (mulberry32). */
function withSeededRandom(action: () => void, seed = 20190916): void {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    action();
  } finally {
    Math.random = original;
  }
}
