/**
 * The explorer: loads the reference data (actors, topics, meeting dates: the filter panel's
 * options) through the GraphQL API, then keeps the page in step with the URL hash (the single
 * source of truth for network kind, measures, filters, time window and selection). Every control
 * changes the hash; `apply` asks the API for that network (once per setting, see
 * api/network-cache.ts) and redraws, so a shared link restores the same view. Statements are
 * never loaded wholesale: the count and timeline of what is on screen, and the statements behind
 * a selection a page at a time, are asked for when shown (once per question, api/statement-cache.ts).
 */
import "./styles.css";
import { NetworkCache } from "./api/network-cache.js";
import { exportNetwork } from "./api/network-operations.js";
import { loadDocument, loadReference, search } from "./api/operations.js";
import { StatementCache, type StatementSource } from "./api/statement-cache.js";
import type { Filters } from "./model/filters.js";
import type { Measures } from "./model/measures.js";
import { EMPTY_GRAPH, formatMeasure, graphFromNetwork, type Graph } from "./model/network-graph.js";
import { drawsActors, drawsTopics, KIND_HELP, KIND_LABEL } from "./model/network-kinds.js";
import { exportArguments, networkArguments, windowArguments, type ExportFormat, type WindowRange } from "./model/network-request.js";
import { statementScope, windowedFilters, type StatementScope } from "./model/statement-query.js";
import { stanceTotals, timelineBuckets } from "./model/timeline-model.js";
import type { DocumentText, NetworkData, NetworkWindowData, Reference } from "./model/types.js";
import { DEFAULT_STATE, formatHash, parseHash, type ExplorerState } from "./state/url-state.js";
import { DetailsPanel, type LinkSummary } from "./views/details-panel.js";
import { renderDocument } from "./views/document-view.js";
import { ReviewView } from "./views/review-view.js";
import { DownloadControl } from "./views/download-control.js";
import { FilterPanel, type FilterChange } from "./views/filter-panel.js";
import { renderLegend } from "./views/legend.js";
import { MeasurePanel, type MeasureChange } from "./views/measure-panel.js";
import { NetworkView } from "./views/network-view.js";
import { NodeList } from "./views/node-list.js";
import { SearchBox } from "./views/search-box.js";
import { selectionDetails, setAsideNotes } from "./views/selection-details.js";
import { TimelineView } from "./views/timeline-view.js";
import { WindowPlayer } from "./views/window-player.js";

interface ExplorerHandle {
  ready: boolean;
  error: string | null;
  /** The hash whose network is on screen (tests wait for it to equal location.hash). */
  rendered: string | null;
  nodes(): { key: string; id: string; kind: string; label: string; count: number; degree: number; weightedDegree: number; polarisation: number | null }[];
  edges(): { key: string; source: string; target: string; stance: string | null; weight: number; count: number }[];
  /** The links as Cytoscape holds them (weight and width drawn). */
  renderedEdges(): { key: string; weight: number; width: number; colour: string }[];
  /** The drawn nodes' on-screen box and the canvas size. */
  drawnExtent(): { x1: number; y1: number; x2: number; y2: number; width: number; height: number; zoom: number };
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

/** The network on screen: the API's answer and, with moving windows, which window it is. */
interface LoadedView {
  network: NetworkData;
  windows: NetworkWindowData[] | null;
  windowIndex: number;
}

/** Statements per page of the details list. */
const PAGE_SIZE = 25;

const networks = new NetworkCache();
const statements = new StatementCache();
let reference: Reference | null = null;
let state: ExplorerState = DEFAULT_STATE;
let graph: Graph = EMPTY_GRAPH;
let shownWindow: WindowRange | null = null;
let viewGeneration = 0;
let countsGeneration = 0;

const status = byId("status");
const networkTitle = byId("network-title");
const explorerEl = byId("explorer");
const documentEl = byId("document-view");
const reviewEl = byId("review-view");
const reviewLink = byId<HTMLAnchorElement>("review-link");
const review = new ReviewView(reviewEl, {
  reference: () => reference,
  // An analyst's change moves counts and links: ask the API again for whatever is shown next.
  onChanged: () => {
    networks.clear();
    statements.clear();
  },
  navigate: (route) => {
    history.pushState(null, "", formatHash(route));
    apply();
  },
});
const network = new NetworkView(byId("network"), { onSelect: (key) => navigate({ ...state, selection: key }) });
const nodeList = new NodeList(byId("node-list"), (key) => navigate({ ...state, selection: key }));
const details = new DetailsPanel(byId("details"), cachedDocument, () => navigate({ ...state, selection: null }));
const timeline = new TimelineView(byId("timeline"));
const measurePanel = new MeasurePanel(byId("measures-panel"), (change: MeasureChange) => {
  navigate({ ...state, kind: change.kind ?? state.kind, measures: { ...state.measures, ...(change.measures ?? {}) } as Measures });
});
const player = new WindowPlayer(byId("window-player"), (index, replace) => navigate({ ...state, measures: { ...state.measures, windowIndex: index } }, replace));
const filters = new FilterPanel(byId("filters"), (change: FilterChange) => {
  navigate({ ...state, filters: { ...state.filters, ...change.filters } as Filters }, change.replace ?? false);
});
const download = new DownloadControl(byId("download-panel"), (format: ExportFormat, allWindows: boolean) =>
  exportNetwork(exportArguments(state.kind, format, state.filters, state.measures, shownWindow, allWindows)),
);
new SearchBox(byId("search-slot"), search, (hit) => {
  const key = `${hit.kind}:${hit.id}`;
  const fits = hit.kind === "actor" ? drawsActors(state.kind) : hit.kind === "topic" ? drawsTopics(state.kind) : true;
  const kind = fits ? state.kind : "actor-topic";
  // A result the filters hide is shown by clearing the filters.
  const drawn = kind === state.kind && graph.nodes.some((n) => n.key === key);
  navigate({ ...state, kind, filters: drawn ? state.filters : DEFAULT_STATE.filters, selection: key });
});
renderLegend(byId("legend"));

window.__explorer = {
  ready: false,
  error: null,
  rendered: null,
  nodes: () =>
    graph.nodes.map((n) => ({
      key: n.key,
      id: n.id,
      kind: n.kind,
      label: n.label,
      count: n.statementCount,
      degree: n.degree,
      weightedDegree: n.weightedDegree,
      polarisation: n.polarisation,
    })),
  edges: () => graph.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, stance: e.stance, weight: e.weight, count: e.statementCount })),
  renderedEdges: () => network.renderedEdges(),
  drawnExtent: () => network.drawnExtent(),
  state: () => state,
  position: (key) => network.elementPosition(key),
};

function navigate(next: ExplorerState, replace = false): void {
  const hash = formatHash(next);
  if (replace) history.replaceState(null, "", hash);
  else if (location.hash !== hash) history.pushState(null, "", hash);
  apply();
}

/** The API's network for a state: one `network` request, or one `networkWindows` request for all windows. */
async function loadView(view: ExplorerState): Promise<LoadedView> {
  const windowed = windowArguments(view.kind, view.filters, view.measures);
  if (!windowed) return { network: await networks.network(networkArguments(view.kind, view.filters, view.measures)), windows: null, windowIndex: 0 };
  const windows = await networks.networkWindows(windowed);
  const windowIndex = Math.min(view.measures.windowIndex, Math.max(0, windows.length - 1));
  return { network: windows[windowIndex]?.network ?? { nodes: [], edges: [] }, windows, windowIndex };
}

function apply(): void {
  const route = parseHash(location.hash);
  if (route.route === "review") {
    explorerEl.hidden = true;
    documentEl.hidden = true;
    reviewEl.hidden = false;
    review.show(route, state);
    return;
  }
  reviewEl.hidden = true;
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
  if (!reference) return;
  const data = reference;
  filters.sync(state.filters);
  measurePanel.sync(state.kind, state.measures);
  download.setWindows(state.measures.window !== null);
  const generation = ++viewGeneration;
  const shownState = state;
  document.body.dataset.network = "loading";
  loadView(shownState).then(
    (view) => {
      // A later change has already asked for another network: this answer is stale.
      if (generation !== viewGeneration) return;
      render(data, shownState, view);
    },
    (error: unknown) => {
      if (generation !== viewGeneration) return;
      showError(error);
      document.body.dataset.network = "error";
      if (!window.__explorer.ready) document.body.dataset.ready = "error";
    },
  );
}

function render(data: Reference, view: ExplorerState, loaded: LoadedView): void {
  const current = loaded.windows?.[loaded.windowIndex] ?? null;
  shownWindow = current ? { start: current.start, end: current.end } : null;
  graph = graphFromNetwork(loaded.network, view.kind, view.measures, data);
  // The statements the filters (and the window on screen) let through: counted by the API.
  const onScreen = windowedFilters(view.filters, shownWindow);
  const shown = statementScope(data, onScreen);
  // Everything that can move or resize the canvas (title bar, window player, timeline) is filled
  // in first, so Cytoscape measures its container once it has its final size and place.
  player.show(loaded.windows, loaded.windowIndex);
  networkTitle.textContent = `${KIND_LABEL[view.kind]} · ${graph.nodes.length} nodes, ${graph.edges.length} links`;
  // Review what the network's topic and actor filters show.
  reviewLink.href = formatHash({ route: "review", documentId: null, topicId: view.filters.topicId, actorId: view.filters.actorId, show: "open" });
  status.textContent = `Counting statements · ${graph.nodes.length} nodes · ${graph.edges.length} links`;
  status.classList.remove("error");
  const picked = selectionDetails(data, graph, view.kind, view.selection);
  if (picked) {
    const selected = picked.selected;
    // A link's statement ids are its statements; the timeline then stays the filters' one.
    const scope = selected.kind === "ids" ? shown : statementScope(data, onScreen, selected);
    const source: StatementSource = selected.kind === "ids" ? { ids: selected.ids } : scope.empty ? { ids: [] } : { filter: scope.filter };
    details.show(
      { ...picked.target, notes: [...picked.target.notes, ...setAsideNotes(scope.setAside)] },
      (after) => statements.page(source, PAGE_SIZE, after),
      selected.kind === "ids" ? Promise.resolve(null) : statements.countsOf(scope).then((counts) => stanceTotals(timelineBuckets(counts.buckets, scope.stances))),
    );
    const title = selected.kind === "ids" ? `${KIND_LABEL[view.kind]}, all statements shown (the link's own are listed in Details)` : picked.target.title;
    showCounts(shown, scope, title, false);
  } else {
    details.showSummary(KIND_HELP[view.kind], strongestLinks(12), (key) => navigate({ ...state, selection: key }));
    showCounts(shown, shown, `${KIND_LABEL[view.kind]}, all statements shown`, true);
  }
  network.render(graph, view.selection);
  nodeList.render(graph, view.selection);
  window.__explorer.rendered = formatHash(view);
  document.body.dataset.network = "ready";
  if (!window.__explorer.ready) {
    window.__explorer.ready = true;
    document.body.dataset.ready = "true";
  }
}

/**
 * The status line's count (what the filters let through) and the timeline (of the selection, or
 * of the same statements): one `ExplorerStatementCounts` request each, none when already asked.
 * An answer for a view the user has left is dropped.
 */
function showCounts(shown: StatementScope, charted: StatementScope, title: string, summary: boolean): void {
  const generation = ++countsGeneration;
  document.body.dataset.counts = "loading";
  timeline.loading(title);
  Promise.all([statements.countsOf(shown), statements.countsOf(charted)]).then(
    ([shownCounts, chartedCounts]) => {
      if (generation !== countsGeneration) return;
      status.textContent = `${shownCounts.totalCount} statements · ${graph.nodes.length} nodes · ${graph.edges.length} links`;
      const buckets = timelineBuckets(chartedCounts.buckets, charted.stances);
      timeline.render(title, charted.period, buckets);
      if (summary) details.showSummaryCounts(shownCounts.totalCount, stanceTotals(buckets));
      document.body.dataset.counts = "ready";
    },
    (error: unknown) => {
      if (generation !== countsGeneration) return;
      showError(error);
      document.body.dataset.counts = "error";
    },
  );
}

function strongestLinks(limit: number): LinkSummary[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.label]));
  return [...graph.edges]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map((edge) => ({
      key: edge.key,
      label: `${labels.get(edge.source) ?? edge.source} — ${labels.get(edge.target) ?? edge.target}${edge.stance || edge.polarity ? ` (${edge.label})` : ""}`,
      colour: edge.colour,
      weight: formatMeasure(edge.weight),
    }));
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
    if (reference) apply();
  }, 150);
});

status.textContent = "Loading the graph…";
apply();
loadReference().then(
  (data) => {
    reference = data;
    filters.setReference(data);
    apply();
  },
  (error: unknown) => {
    showError(error);
    document.body.dataset.ready = "error";
  },
);
