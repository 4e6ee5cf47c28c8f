/**
 * The view's whole state in the URL hash, so a link restores it:
 *   #/?view=congruence&normalisation=jaccard&duplicates=month&topic=topic:x&actor=office:korpschef
 *     &stance=support,oppose&from=2019-01-01&to=2019-12-31&window=3m&step=1m&at=2&sel=actor:office:korpschef
 *   #/document/<id>?highlight=120-180
 *   #/review?document=<id>&show=open            (the review view; never an API key)
 * Defaults (the API's defaults) are left out. The hash (not the path) keeps every state servable
 * by a static `/`.
 */
import type { Filters } from "../model/filters.js";
import {
  DEFAULT_MEASURES,
  DUPLICATE_MODES,
  formatPeriod,
  NORMALISATIONS,
  oneOf,
  parsePeriod,
  QUALIFIERS,
  samePeriod,
  TOPIC_LINKS,
  type Measures,
} from "../model/measures.js";
import { DEFAULT_KIND, parseKind, type NetworkKind } from "../model/network-kinds.js";
import { isStance, type Stance } from "../model/stance.js";

export interface ExplorerState {
  route: "network";
  kind: NetworkKind;
  measures: Measures;
  filters: Filters;
  /** The selected node key ("actor:<id>", "topic:<id>") or edge key, or null. */
  selection: string | null;
}

export interface DocumentRoute {
  route: "document";
  documentId: string;
  highlight: { start: number; end: number } | null;
}

/** Which statements the review view lists. */
export const REVIEW_SHOWS = ["open", "all", "reviewed", "rejected"] as const;
export type ReviewShow = (typeof REVIEW_SHOWS)[number];

/** #/review?document=<id>&topic=<id>&actor=<id>&show=open: the review view. */
export interface ReviewRoute {
  route: "review";
  documentId: string | null;
  topicId: string | null;
  actorId: string | null;
  show: ReviewShow;
}

export type Route = ExplorerState | DocumentRoute | ReviewRoute;

export const DEFAULT_STATE: ExplorerState = {
  route: "network",
  kind: DEFAULT_KIND,
  measures: DEFAULT_MEASURES,
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
  if (path === "/review") {
    const show = params.get("show");
    return {
      route: "review",
      documentId: params.get("document") || null,
      topicId: params.get("topic") || null,
      actorId: params.get("actor") || null,
      show: (REVIEW_SHOWS as readonly string[]).includes(show ?? "") ? (show as ReviewShow) : "open",
    };
  }
  const from = params.get("from");
  const to = params.get("to");
  const stances = (params.get("stance") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is Stance => isStance(s));
  return {
    route: "network",
    kind: parseKind(params.get("view")),
    measures: parseMeasures(params),
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

function parseMeasures(params: URLSearchParams): Measures {
  const window = parsePeriod(params.get("window"));
  const step = window ? (parsePeriod(params.get("step")) ?? window) : null;
  const at = Number(params.get("at"));
  return {
    qualifier: oneOf(QUALIFIERS, params.get("qualifier"), DEFAULT_MEASURES.qualifier),
    normalisation: oneOf(NORMALISATIONS, params.get("normalisation"), DEFAULT_MEASURES.normalisation),
    duplicates: oneOf(DUPLICATE_MODES, params.get("duplicates"), DEFAULT_MEASURES.duplicates),
    topicLink: oneOf(TOPIC_LINKS, params.get("link"), DEFAULT_MEASURES.topicLink),
    window,
    step,
    windowIndex: window && Number.isInteger(at) && at > 0 ? at : 0,
  };
}

export function formatHash(route: Route): string {
  if (route.route === "document") {
    const highlight = route.highlight ? `?highlight=${route.highlight.start}-${route.highlight.end}` : "";
    return `#/document/${encodeURIComponent(route.documentId)}${highlight}`;
  }
  if (route.route === "review") {
    const params = new URLSearchParams();
    if (route.documentId) params.set("document", route.documentId);
    if (route.topicId) params.set("topic", route.topicId);
    if (route.actorId) params.set("actor", route.actorId);
    if (route.show !== "open") params.set("show", route.show);
    const query = params.toString();
    return `#/review${query ? `?${query}` : ""}`;
  }
  const params = new URLSearchParams();
  const { measures } = route;
  if (route.kind !== DEFAULT_KIND) params.set("view", route.kind);
  if (measures.qualifier !== DEFAULT_MEASURES.qualifier) params.set("qualifier", measures.qualifier);
  if (measures.normalisation !== DEFAULT_MEASURES.normalisation) params.set("normalisation", measures.normalisation);
  if (measures.duplicates !== DEFAULT_MEASURES.duplicates) params.set("duplicates", measures.duplicates);
  if (measures.topicLink !== DEFAULT_MEASURES.topicLink) params.set("link", measures.topicLink);
  if (route.filters.topicId) params.set("topic", route.filters.topicId);
  if (route.filters.actorId) params.set("actor", route.filters.actorId);
  if (route.filters.stances.length > 0) params.set("stance", route.filters.stances.join(","));
  if (route.filters.from) params.set("from", route.filters.from);
  if (route.filters.to) params.set("to", route.filters.to);
  if (measures.window) {
    params.set("window", formatPeriod(measures.window));
    if (measures.step && !samePeriod(measures.step, measures.window)) params.set("step", formatPeriod(measures.step));
    if (measures.windowIndex > 0) params.set("at", String(measures.windowIndex));
  }
  if (route.selection) params.set("sel", route.selection);
  const query = params.toString();
  return `#/${query ? `?${query}` : ""}`;
}

export function reviewHref(documentId: string | null): string {
  return formatHash({ route: "review", documentId, topicId: null, actorId: null, show: "open" });
}

export function documentHref(documentId: string, start: number, end: number): string {
  return formatHash({ route: "document", documentId, highlight: { start, end } });
}
