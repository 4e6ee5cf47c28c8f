/**
 * From the explorer's state to the arguments of the API's `network`, `networkWindows` and
 * `exportNetwork` queries. One mapping for all three, so the download is exactly what is drawn.
 * Options that do not apply to the kind are left out: the API refuses them (a qualifier outside
 * the actor–topic network, normalisation of the two-mode network, a topic link outside topics),
 * and the URL keeps them so switching back restores the choice.
 */
import type { Filters } from "./filters.js";
import type { Measures, Period } from "./measures.js";
import type { NetworkKind } from "./network-kinds.js";

/** GraphQL enum values are the upper-case, underscore form of the explorer's names. */
export const toEnum = (value: string): string => value.toUpperCase().replace(/-/g, "_");

export interface ApiNetworkFilter {
  topics?: string[];
  actors?: string[];
  includeMembers?: boolean;
  stances?: string[];
  from?: string;
  to?: string;
}

export interface ApiNetworkOptions {
  qualifier?: string;
  normalisation?: string;
  duplicates: string;
  topicLink?: string;
}

export interface ApiPeriod {
  size: number;
  unit: string;
}

export interface NetworkArguments {
  kind: string;
  filter: ApiNetworkFilter;
  options: ApiNetworkOptions;
}

export interface WindowArguments extends NetworkArguments {
  window: ApiPeriod;
  step: ApiPeriod;
}

export const EXPORT_FORMATS = ["graphml", "gexf", "nodes-csv", "edges-csv", "statements-csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABEL: Record<ExportFormat, string> = {
  graphml: "GraphML (Gephi, visone, networkx)",
  gexf: "GEXF (Gephi)",
  "nodes-csv": "CSV: nodes",
  "edges-csv": "CSV: edges",
  "statements-csv": "CSV: statements (rDNA)",
};

/** Formats that can carry every time window in one file (the API refuses the others). */
export const WINDOWED_FORMATS: readonly ExportFormat[] = ["gexf", "edges-csv"];

export interface ExportArguments extends NetworkArguments {
  format: string;
  window?: ApiPeriod;
  step?: ApiPeriod;
}

/** The panel's filters as a `NetworkFilter`: an organisation stands for its members, as in the panel. */
export function networkFilter(filters: Filters): ApiNetworkFilter {
  const filter: ApiNetworkFilter = {};
  if (filters.topicId) filter.topics = [filters.topicId];
  if (filters.actorId) {
    filter.actors = [filters.actorId];
    filter.includeMembers = true;
  }
  if (filters.stances.length > 0) filter.stances = filters.stances.map(toEnum);
  if (filters.from) filter.from = filters.from;
  if (filters.to) filter.to = filters.to;
  return filter;
}

export function networkOptions(kind: NetworkKind, measures: Measures): ApiNetworkOptions {
  const options: ApiNetworkOptions = { duplicates: toEnum(measures.duplicates) };
  if (kind === "actor-topic") options.qualifier = toEnum(measures.qualifier);
  else options.normalisation = toEnum(measures.normalisation);
  if (kind === "topics") options.topicLink = toEnum(measures.topicLink);
  return options;
}

export function apiPeriod(period: Period): ApiPeriod {
  return { size: period.size, unit: toEnum(period.unit) };
}

export function networkArguments(kind: NetworkKind, filters: Filters, measures: Measures): NetworkArguments {
  return { kind: toEnum(kind), filter: networkFilter(filters), options: networkOptions(kind, measures) };
}

/** Null when moving windows are off. */
export function windowArguments(kind: NetworkKind, filters: Filters, measures: Measures): WindowArguments | null {
  if (!measures.window) return null;
  return {
    ...networkArguments(kind, filters, measures),
    window: apiPeriod(measures.window),
    step: apiPeriod(measures.step ?? measures.window),
  };
}

/** The dates of the window on screen, when windows are on. */
export interface WindowRange {
  start: string;
  end: string;
}

/**
 * What the download button asks for. Without windows: the drawn network. With windows, either
 * the window on screen (the single network with the window's dates, which the API guarantees is
 * the same network) or, for formats that carry time, every window in one file.
 */
export function exportArguments(
  kind: NetworkKind,
  format: ExportFormat,
  filters: Filters,
  measures: Measures,
  shownWindow: WindowRange | null,
  allWindows = false,
): ExportArguments {
  const base = networkArguments(kind, filters, measures);
  const args: ExportArguments = { ...base, format: toEnum(format) };
  if (measures.window && allWindows && WINDOWED_FORMATS.includes(format)) {
    args.window = apiPeriod(measures.window);
    args.step = apiPeriod(measures.step ?? measures.window);
  } else if (measures.window && shownWindow) {
    const to = base.filter.to && base.filter.to < shownWindow.end ? base.filter.to : shownWindow.end;
    args.filter = { ...base.filter, from: shownWindow.start, to };
  }
  return args;
}

/** A stable cache key for a request (same arguments, same answer). */
export function requestKey(args: NetworkArguments | WindowArguments): string {
  return JSON.stringify(args);
}
