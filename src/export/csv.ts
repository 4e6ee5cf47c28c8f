/**
 * Network -> CSV (RFC 4180: comma-separated, CRLF line ends, quoted when needed): a nodes table and
 * an edges table (Gephi's spreadsheet import reads both: columns Id/Label and Source/Target/Weight),
 * and a statement-level table that rDNA-style analysis can read.
 */
import type { AnalyticNetwork, NetworkWindow, StatementRow } from "../analytics/networks.js";
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, valueText } from "./attributes.js";
import { csvText } from "./text.js";

export function nodesCsv(network: AnalyticNetwork): string {
  const attributes = NODE_ATTRIBUTES.filter((a) => a.name !== "label");
  return csvText(
    ["Id", "Label", ...attributes.map((a) => a.name)],
    network.nodes.map((node) => [node.id, node.label, ...attributes.map((a) => valueText(a.value(node)))]),
  );
}

export function edgesCsv(network: AnalyticNetwork): string {
  const attributes = EDGE_ATTRIBUTES.filter((a) => a.name !== "weight");
  return csvText(
    ["Source", "Target", "Type", "Weight", ...attributes.map((a) => a.name)],
    network.edges.map((edge) => [edge.source, edge.target, "Undirected", valueText(edge.weight), ...attributes.map((a) => valueText(a.value(edge)))]),
  );
}

/** Edges of every window with its start and end (long format, for change over time). */
export function windowEdgesCsv(windows: readonly NetworkWindow[]): string {
  const attributes = EDGE_ATTRIBUTES.filter((a) => a.name !== "weight");
  return csvText(
    ["windowStart", "windowEnd", "Source", "Target", "Type", "Weight", ...attributes.map((a) => a.name)],
    windows.flatMap(({ start, end, network }) =>
      network.edges.map((edge) => [start, end, edge.source, edge.target, "Undirected", valueText(edge.weight), ...attributes.map((a) => valueText(a.value(edge)))]),
    ),
  );
}

export const STATEMENT_COLUMNS = [
  "statement",
  "date",
  "actor",
  "actorName",
  "actorKind",
  "office",
  "person",
  "topic",
  "topicLabel",
  "stance",
  "text",
  "document",
  "documentSource",
  "documentTitle",
  "start",
  "end",
  "review",
  "corrected",
  "reviewedBy",
  "reviewedAt",
] as const;

/**
 * One row per (statement, actor as spoken, topic): a statement by two actors about two topics gives
 * four rows, as rDNA's statement table expects (one actor and one concept per row). `office` is the
 * actor's name when it is an office; `person` the persons it resolved to, joined by "; ". The
 * review columns: `review` (unreviewed / confirmed / corrected: the latest decision), `corrected`
 * (yes when stance, speakers or topics were ever corrected), `reviewedBy`, `reviewedAt`. Rejected
 * statements are not positions and are not exported.
 */
export function statementsCsv(rows: readonly StatementRow[]): string {
  return csvText(
    [...STATEMENT_COLUMNS],
    rows.map((row) => [
      row.statementId,
      row.date,
      row.actor.id,
      row.actor.label,
      row.actor.kind,
      row.actor.kind === "office" ? row.actor.label : null,
      row.persons.join("; ") || (row.actor.kind === "person" ? row.actor.label : null),
      row.topic.id,
      row.topic.label,
      row.stance,
      row.text,
      row.documentId,
      row.documentSource,
      row.documentTitle,
      row.start,
      row.end,
      row.review,
      row.corrected ? "yes" : "no",
      row.reviewedBy,
      row.reviewedAt,
    ]),
  );
}
