/**
 * The explorer: loads the corpus through the GraphQL API, then keeps the page in step with the
 * URL hash (the single source of truth for view, filters and selection). Every control changes
 * the hash; `apply` redraws from it, so a shared link restores the same view.
 */
import "./styles.css";
import { loadCorpus, loadDocument, search } from "./api/operations.js";
import { applyFilters, type Filters } from "./model/filters.js";
import { buildGraph, VIEW_HELP, VIEW_LABEL, type Graph } from "./model/graph-model.js";
import { STANCES, STANCE_COLOUR, STANCE_LABEL } from "./model/stance.js";
import type { Corpus, DocumentText, Statement } from "./model/types.js";
import { DEFAULT_STATE, formatHash, parseHash, type ExplorerState } from "./state/url-state.js";
import { DetailsPanel, type LinkSummary } from "./views/details-panel.js";
import { renderDocument } from "./views/document-view.js";
import { h } from "./views/dom.js";
import { FilterPanel, type FilterChange } from "./views/filter-panel.js";
import { NetworkView } from "./views/network-view.js";
import { NodeList } from "./views/node-list.js";
import { SearchBox } from "./views/search-box.js";
import { TimelineView } from "./views/timeline-view.js";

interface ExplorerHandle {
  ready: boolean;
  error: string | null;
  nodes(): { key: string; id: string; kind: string; label: string; count: number }[];
  edges(): { key: string; source: string; target: string; stance: string; count: number }[];
  state(): ExplorerState;
  /** Page position of a drawn node or of an edge's midpoint. */
  position(key: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __explorer: ExplorerHandle;
  }
}

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

const documentCache = new Map<string, Promise<DocumentText | null>>();
function cachedDocument(id: string): Promise<DocumentText | null> {
  let promise = documentCache.get(id);
  if (!promise) {
    promise = loadDocument(id);
    promise.catch(() => documentCache.delete(id));
    documentCache.set(id, promise);
  }
  return promise;
}

let corpus: Corpus | null = null;
let state: ExplorerState = DEFAULT_STATE;
let graph: Graph = { nodes: [], edges: [] };
let shown: Statement[] = [];

const status = byId("status");
const networkTitle = byId("network-title");
const explorerEl = byId("explorer");
const documentEl = byId("document-view");
const network = new NetworkView(byId("network"), { onSelect: (key) => navigate({ ...state, selection: key }) });
const nodeList = new NodeList(byId("node-list"), (key) => navigate({ ...state, selection: key }));
const details = new DetailsPanel(byId("details"), cachedDocument, () => navigate({ ...state, selection: null }));
const timeline = new TimelineView(byId("timeline"));
const filters = new FilterPanel(byId("filters"), (change: FilterChange) => {
  const next: ExplorerState = {
    ...state,
    view: change.view ?? state.view,
    filters: { ...state.filters, ...(change.filters ?? {}) } as Filters,
  };
  // A new view mode has other node kinds: keep the selection only if it is still drawn.
  navigate(next, change.replace ?? false);
});
new SearchBox(byId("search-slot"), search, (hit) => {
  const key = `${hit.kind}:${hit.id}`;
  const view = hit.kind === "actor" && state.view === "cooccurrence" ? "two-mode" : hit.kind === "topic" && (state.view === "congruence" || state.view === "conflict") ? "two-mode" : state.view;
  // A result the filters hide is shown by clearing the filters.
  const drawn = view === state.view && graph.nodes.some((n) => n.key === key);
  navigate({ ...state, view, filters: drawn ? state.filters : DEFAULT_STATE.filters, selection: key });
});
renderLegend(byId("legend"));

window.__explorer = {
  ready: false,
  error: null,
  nodes: () => graph.nodes.map((n) => ({ key: n.key, id: n.id, kind: n.kind, label: n.label, count: n.statementIds.length })),
  edges: () => graph.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, stance: e.stance, count: e.statementIds.length })),
  state: () => state,
  position: (key) => network.elementPosition(key),
};

function navigate(next: ExplorerState, replace = false): void {
  const hash = formatHash(next);
  if (replace) history.replaceState(null, "", hash);
  else if (location.hash !== hash) history.pushState(null, "", hash);
  apply();
}

function apply(): void {
  const route = parseHash(location.hash);
  if (route.route === "document") {
    explorerEl.hidden = true;
    documentEl.hidden = false;
    void cachedDocument(route.documentId).then(
      (doc) => renderDocument(documentEl, doc, route.highlight, state),
      (error: unknown) => {
        renderDocument(documentEl, null, null, state);
        showError(error);
      },
    );
    return;
  }
  documentEl.hidden = true;
  explorerEl.hidden = false;
  state = route;
  if (!corpus) return;
  shown = applyFilters(corpus, state.filters);
  graph = buildGraph(corpus, shown, state.view);
  filters.sync(state.view, state.filters);
  network.render(graph, state.selection);
  nodeList.render(graph, state.selection);
  const target = selectionTarget(corpus, state.selection);
  if (target) {
    void details.show(corpus, target);
    timeline.render(target.title, target.statements);
  } else {
    details.showSummary(corpus, shown, VIEW_HELP[state.view], strongestLinks(12), (key) => navigate({ ...state, selection: key }));
    timeline.render(`${VIEW_LABEL[state.view]}, all statements shown`, shown);
  }
  networkTitle.textContent = `${VIEW_LABEL[state.view]} · ${graph.nodes.length} nodes, ${graph.edges.length} links`;
  status.textContent = `${shown.length} statements · ${graph.nodes.length} nodes · ${graph.edges.length} links`;
}

function selectionTarget(data: Corpus, selection: string | null): { title: string; subtitle: string; statements: Statement[] } | null {
  if (!selection) return null;
  const byIdMap = new Map(shown.map((s) => [s.id, s]));
  const pick = (ids: string[]) => ids.map((id) => byIdMap.get(id)).filter((s): s is Statement => s !== undefined);
  const node = graph.nodes.find((n) => n.key === selection);
  if (node) {
    const kind = node.kind === "actor" ? (data.actors.get(node.id)?.kind ?? "actor") : "topic";
    return { title: node.label, subtitle: `${kind} · ${node.statementIds.length} statements`, statements: pick(node.statementIds) };
  }
  const edge = graph.edges.find((e) => e.key === selection);
  if (edge) {
    const source = graph.nodes.find((n) => n.key === edge.source)?.label ?? edge.source;
    const target = graph.nodes.find((n) => n.key === edge.target)?.label ?? edge.target;
    const about = state.view === "two-mode" ? STANCE_LABEL[edge.stance] : edge.label || VIEW_LABEL[state.view];
    return { title: `${source} — ${target}`, subtitle: `link · ${about} · ${edge.statementIds.length} statements`, statements: pick(edge.statementIds) };
  }
  return null;
}

function strongestLinks(limit: number): LinkSummary[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.label]));
  return [...graph.edges]
    .sort((a, b) => b.statementIds.length - a.statementIds.length || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map((edge) => ({
      key: edge.key,
      label: `${labels.get(edge.source) ?? edge.source} — ${labels.get(edge.target) ?? edge.target}${state.view === "two-mode" ? ` (${STANCE_LABEL[edge.stance]})` : ""}`,
      stance: edge.stance,
      count: edge.statementIds.length,
    }));
}

function renderLegend(root: HTMLElement): void {
  const stances = h("ul", { class: "legend-list", "aria-label": "Link colour: stance" });
  for (const stance of STANCES) {
    stances.append(h("li", {}, h("span", { class: "legend-line", style: `background:${STANCE_COLOUR[stance]}`, "aria-hidden": "true" }), STANCE_LABEL[stance]));
  }
  root.append(
    h(
      "ul",
      { class: "legend-list", "aria-label": "Node shapes" },
      h("li", {}, h("span", { class: "node-icon actor", "aria-hidden": "true" }), "actor"),
      h("li", {}, h("span", { class: "node-icon topic", "aria-hidden": "true" }), "topic"),
      h("li", { class: "muted" }, "size: number of statements"),
    ),
    stances,
  );
}

function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  window.__explorer.error = message;
  status.textContent = `Could not load the graph: ${message}`;
  status.classList.add("error");
}

window.addEventListener("hashchange", apply);
let resizeTimer: number | undefined;
window.addEventListener("resize", () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    network.resize();
    if (corpus) apply();
  }, 150);
});

status.textContent = "Loading the graph…";
apply();
loadCorpus().then(
  (data) => {
    corpus = data;
    filters.setCorpus(data);
    apply();
    window.__explorer.ready = true;
    document.body.dataset.ready = "true";
  },
  (error: unknown) => {
    showError(error);
    document.body.dataset.ready = "error";
  },
);
