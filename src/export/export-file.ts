/** Choosing a serialiser: one network (or its time windows) -> {filename, mediaType, content}. */
import type { AnalyticNetwork, NetworkKind, NetworkWindow, StatementRow } from "../analytics/networks.js";
import { edgesCsv, nodesCsv, statementsCsv, windowEdgesCsv } from "./csv.js";
import { toDynamicGexf, toGexf } from "./gexf.js";
import { toGraphml } from "./graphml.js";

export type ExportFormat = "graphml" | "gexf" | "nodes-csv" | "edges-csv" | "statements-csv";

export interface ExportFile {
  filename: string;
  mediaType: string;
  content: string;
}

const EXTENSION: Record<ExportFormat, string> = {
  graphml: "graphml",
  gexf: "gexf",
  "nodes-csv": "nodes.csv",
  "edges-csv": "edges.csv",
  "statements-csv": "statements.csv",
};

const MEDIA_TYPE: Record<ExportFormat, string> = {
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  "nodes-csv": "text/csv; charset=utf-8; header=present",
  "edges-csv": "text/csv; charset=utf-8; header=present",
  "statements-csv": "text/csv; charset=utf-8; header=present",
};

export function exportFile(
  kind: NetworkKind,
  format: ExportFormat,
  data: { network?: AnalyticNetwork; windows?: readonly NetworkWindow[]; statements?: readonly StatementRow[] },
  description = "",
): ExportFile {
  const base = format === "statements-csv" ? "statements" : `${kind}-network${data.windows ? "-windows" : ""}`;
  const file = (content: string) => ({ filename: `${base}.${EXTENSION[format]}`, mediaType: MEDIA_TYPE[format], content });
  if (format === "statements-csv") return file(statementsCsv(data.statements ?? []));
  if (data.windows) {
    if (format === "gexf") return file(toDynamicGexf(data.windows, description));
    if (format === "edges-csv") return file(windowEdgesCsv(data.windows));
  }
  const network = data.network ?? { kind, nodes: [], edges: [] };
  if (format === "graphml") return file(toGraphml(network, description));
  if (format === "gexf") return file(toGexf(network, description));
  return file(format === "nodes-csv" ? nodesCsv(network) : edgesCsv(network));
}
