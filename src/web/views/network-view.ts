/**
 * The network, drawn with Cytoscape.js on a canvas and laid out with fCoSE (force-directed with
 * overlap removal, so labels stay apart). Actors are dark circles, topics light rounded boxes
 * (shape as well as colour tells them apart); size grows with the number of statements; edge
 * width follows the weight the API computed, colour as model/edge-colour.ts chooses. The canvas
 * is one focusable region with an aria-label; the list of nodes in the side panel is its text
 * equivalent and the keyboard route to every node.
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Graph } from "../model/network-graph.js";

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
      // Low enough for fit() to take in a large, spread-out window network; labels stay readable
      // through scaleLabels and label culling.
      minZoom: 0.08,
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
        { selector: 'node[kind = "actor"]', style: { shape: "ellipse", "background-color": "#334e68", "font-weight": 600, "font-size": 13, "z-index": 10 } },
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
        { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.25 } },
        { selector: "node.quiet", style: { "text-opacity": 0 } },
        { selector: "node.chosen", style: { "border-width": 4, "border-color": "#102a43", "underlay-color": "#ffd166", "underlay-opacity": 0.7, "underlay-padding": 6 } },
        { selector: "edge.chosen", style: { opacity: 1, "underlay-color": "#ffd166", "underlay-opacity": 0.7, "underlay-padding": 4 } },
      ],
    });
    this.cy.on("tap", "node, edge", (event) => handlers.onSelect(String(event.target.id())));
    let cullTimer: number | undefined;
    this.cy.on("zoom", () => {
      this.scaleLabels();
      window.clearTimeout(cullTimer);
      cullTimer = window.setTimeout(() => this.cullLabels(), 120);
    });
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) handlers.onSelect(null);
    });
  }

  render(graph: Graph, selection: string | null): void {
    const max = Math.max(1, ...graph.nodes.map((n) => n.statementCount));
    // Width follows the API's weight; signed weights (subtract) by their size, colour gives the sign.
    const maxWeight = Math.max(Number.EPSILON, ...graph.edges.map((e) => Math.abs(e.weight)));
    const signature = [...graph.nodes.map((n) => n.key), "|", ...graph.edges.map((e) => e.key)].join(",");
    const elements: ElementDefinition[] = [
      ...graph.nodes.map((node) => ({
        group: "nodes" as const,
        data: {
          id: node.key,
          label: node.label,
          kind: node.kind,
          count: node.statementCount,
          size: 22 + 42 * Math.sqrt(node.statementCount / max),
        },
      })),
      ...graph.edges.map((edge) => ({
        group: "edges" as const,
        data: {
          id: edge.key,
          source: edge.source,
          target: edge.target,
          colour: edge.colour,
          weight: edge.weight,
          width: 1.5 + 6 * (Math.abs(edge.weight) / maxWeight),
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
    this.separateActorLabels();
    // Fitting zooms out, which makes labels grow (scaleLabels), which widens the picture again:
    // a few rounds settle it, so the whole network, labels included, is on the canvas.
    for (let round = 0; round < 4; round++) {
      this.cy.fit(undefined, 30);
      this.scaleLabels();
      if (this.fitsCanvas()) break;
    }
    this.cullLabels();
  }

  /**
   * Actors that share many topics end up side by side in the middle, and their labels (always
   * drawn) would overlap. Push overlapping actors apart along the axis of least overlap, a few
   * rounds, after the force layout: a small move that keeps the picture but frees the labels.
   */
  private separateActorLabels(): void {
    const actors = this.cy.nodes('[kind = "actor"]').toArray();
    const options = { includeLabels: true, includeNodes: true, includeOverlays: false } as cytoscape.BoundingBoxOptions;
    for (let round = 0; round < 80; round++) {
      let moved = false;
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) {
          const a = actors[i] as cytoscape.NodeSingular;
          const b = actors[j] as cytoscape.NodeSingular;
          const boxA = a.boundingBox(options);
          const boxB = b.boundingBox(options);
          const overlapX = Math.min(boxA.x2, boxB.x2) - Math.max(boxA.x1, boxB.x1);
          const overlapY = Math.min(boxA.y2, boxB.y2) - Math.max(boxA.y1, boxB.y1);
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          const pa = a.position();
          const pb = b.position();
          if (overlapX < overlapY) {
            const shift = (overlapX / 2 + 2) * (pa.x <= pb.x ? 1 : -1);
            a.position({ x: pa.x - shift, y: pa.y });
            b.position({ x: pb.x + shift, y: pb.y });
          } else {
            const shift = (overlapY / 2 + 2) * (pa.y <= pb.y ? 1 : -1);
            a.position({ x: pa.x, y: pa.y - shift });
            b.position({ x: pb.x, y: pb.y + shift });
          }
        }
      }
      if (!moved) break;
    }
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
          nodeRepulsion: () => 250000,
          idealEdgeLength: () => 220,
          edgeElasticity: () => 0.05,
          gravity: 0.02,
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
    const factor = zoom >= 1 ? 1 : Math.min(1 / zoom, 4);
    if (Math.abs(factor - this.labelFactor) < 0.02) return;
    this.labelFactor = factor;
    // Nodes grow too, less than labels, so a zoomed-out network does not shrink to dots.
    this.cy.style().selector("node").style({ width: `mapData(size, 0, 64, 0, ${64 * Math.sqrt(factor)})`, height: `mapData(size, 0, 64, 0, ${64 * Math.sqrt(factor)})` }).update();
    this.cy.style().selector('node[kind = "actor"]').style({ "font-size": 13 * factor, "text-max-width": `${130 * factor}px` }).update();
    this.cy.style().selector('node[kind = "topic"]').style({ "font-size": 11 * factor, "text-max-width": `${110 * factor}px` }).update();
  }

  /**
   * Label collision culling: labels are placed in order of importance (actors first, then by
   * number of statements) and a label that would overlap one already placed is hidden. Zooming in
   * makes room, so more labels appear; the selected node's neighbourhood always shows its labels,
   * and every label is in the list "In view".
   */
  private cullLabels(): void {
    const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
    // With a selection, its neighbourhood gets the labels (the rest is faded anyway), the
    // selected node first; actors still come before topics, and busy nodes before quiet ones.
    const focus = this.cy.nodes(".focus");
    const candidates = focus.empty() ? this.cy.nodes() : focus;
    this.cy.nodes().not(candidates).addClass("quiet");
    const rank = (node: cytoscape.NodeSingular): number => (node.hasClass("chosen") ? 0 : node.data("kind") === "actor" ? 1 : 2);
    const nodes = candidates.sort((a, b) => rank(a) - rank(b) || Number(b.data("count")) - Number(a.data("count")));
    const pad = 2 / Math.max(this.cy.zoom(), 0.01);
    this.cy.batch(() => {
      nodes.forEach((node) => {
        const box = node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false } as cytoscape.BoundingBoxOptions);
        const clash = placed.some((p) => box.x1 - pad < p.x2 && box.x2 + pad > p.x1 && box.y1 - pad < p.y2 && box.y2 + pad > p.y1);
        // Actors always keep their labels (there are few, and they matter most); topics give way.
        if (clash && node.data("kind") !== "actor" && !node.hasClass("chosen")) node.addClass("quiet");
        else {
          node.removeClass("quiet");
          placed.push(box);
        }
      });
    });
  }

  private highlight(selection: string | null): void {
    this.cy.elements().removeClass("faded chosen");
    this.cy.nodes().removeClass("focus");
    if (!selection) return this.cullLabels();
    const chosen = this.cy.getElementById(selection);
    if (chosen.empty()) return this.cullLabels();
    const neighbourhood = chosen.group() === "nodes" ? chosen.closedNeighborhood() : chosen.union(chosen.connectedNodes());
    this.cy.elements().not(neighbourhood).addClass("faded");
    neighbourhood.nodes().addClass("focus");
    chosen.addClass("chosen");
    this.cullLabels();
  }

  resize(): void {
    this.cy.resize();
    this.cy.fit(undefined, 30);
    this.scaleLabels();
  }

  private fitsCanvas(): boolean {
    const box = this.drawnExtent();
    return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= box.width && box.y2 <= box.height;
  }

  /** Where the drawn nodes (with labels) lie on screen, and the canvas size (tests check the fit). */
  drawnExtent(): { x1: number; y1: number; x2: number; y2: number; width: number; height: number; zoom: number } {
    const box = this.cy.nodes().renderedBoundingBox({ includeLabels: true, includeNodes: true, includeOverlays: false } as cytoscape.BoundingBoxOptions);
    return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, width: this.container.clientWidth, height: this.container.clientHeight, zoom: this.cy.zoom() };
  }

  /** The links as drawn: key, the weight they carry and the width it gave (for tests). */
  renderedEdges(): { key: string; weight: number; width: number; colour: string }[] {
    return this.cy.edges().map((edge) => ({
      key: edge.id(),
      weight: Number(edge.data("weight")),
      width: Number(edge.data("width")),
      colour: String(edge.data("colour")),
    }));
  }

  /** Page position of a node, or of an edge's midpoint (for tests that click the canvas). */
  elementPosition(key: string): { x: number; y: number } | null {
    const element = this.cy.getElementById(key);
    if (element.empty()) return null;
    const box = this.container.getBoundingClientRect();
    const position = element.isNode() ? element.renderedPosition() : (element as unknown as cytoscape.EdgeSingular).renderedMidpoint();
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
