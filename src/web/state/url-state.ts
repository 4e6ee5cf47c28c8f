/**
 * The view's whole state in the URL hash, so a link restores it:
 *   #/?view=conflict&topic=topic:x&actor=office:korpschef&stance=support,oppose&from=2019-01-01&to=2019-12-31&sel=actor:office:korpschef
 *   #/document/<id>?highlight=120-180
 * The hash (not the path) keeps every state servable by a static `/`.
 */
import { VIEWS, type ViewMode } from "../model/graph-model.js";
import { isStance, type Stance } from "../model/stance.js";
import type { Filters } from "../model/filters.js";

export interface ExplorerState {
  route: "network";
  view: ViewMode;
  filters: Filters;
  /** The selected node key ("actor:<id>", "topic:<id>") or edge key, or null. */
  selection: string | null;
}

export interface DocumentRoute {
  route: "document";
  documentId: string;
  highlight: { start: number; end: number } | null;
}

export type Route = ExplorerState | DocumentRoute;

export const DEFAULT_STATE: ExplorerState = {
  route: "network",
  view: "two-mode",
  filters: { topicId: null, actorId: null, stances: [], from: null, to: null },
  selection: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const [path = "", query = ""] = raw.split("?", 2) as [string?, string?];
  const params = new URLSearchParams(query);
  const documentMatch = /^\/document\/(.+)$/.exec(path);
  if (documentMatch) {
    const range = /^(\d+)-(\d+)$/.exec(params.get("highlight") ?? "");
    return {
      route: "document",
      documentId: decodeURIComponent(documentMatch[1] as string),
      highlight: range ? { start: Number(range[1]), end: Number(range[2]) } : null,
    };
  }
  const view = params.get("view");
  const from = params.get("from");
  const to = params.get("to");
  const stances = (params.get("stance") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is Stance => isStance(s));
  return {
    route: "network",
    view: view && (VIEWS as readonly string[]).includes(view) ? (view as ViewMode) : "two-mode",
    filters: {
      topicId: params.get("topic") || null,
      actorId: params.get("actor") || null,
      stances,
      from: from && ISO_DATE.test(from) ? from : null,
      to: to && ISO_DATE.test(to) ? to : null,
    },
    selection: params.get("sel") || null,
  };
}

export function formatHash(route: Route): string {
  if (route.route === "document") {
    const highlight = route.highlight ? `?highlight=${route.highlight.start}-${route.highlight.end}` : "";
    return `#/document/${encodeURIComponent(route.documentId)}${highlight}`;
  }
  const params = new URLSearchParams();
  if (route.view !== "two-mode") params.set("view", route.view);
  if (route.filters.topicId) params.set("topic", route.filters.topicId);
  if (route.filters.actorId) params.set("actor", route.filters.actorId);
  if (route.filters.stances.length > 0) params.set("stance", route.filters.stances.join(","));
  if (route.filters.from) params.set("from", route.filters.from);
  if (route.filters.to) params.set("to", route.filters.to);
  if (route.selection) params.set("sel", route.selection);
  const query = params.toString();
  return `#/${query ? `?${query}` : ""}`;
}

export function documentHref(documentId: string, start: number, end: number): string {
  return formatHash({ route: "document", documentId, highlight: { start, end } });
}
