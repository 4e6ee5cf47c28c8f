/** What an ingest run did, per document and in total, and its one-screen summary. */
import type { CuratedCounts } from "./load-curated-data.js";
import type { LoadOutcome } from "./load-outcome.js";

/** "extracted" is the status of every readable document in a dry run (nothing is written). */
export type DocumentStatus = "loaded" | "unchanged" | "replaced" | "failed" | "extracted";

export interface DocumentResult {
  path: string;
  source: string;
  status: DocumentStatus;
  documentId?: string;
  statements: number;
  actorsCreated: number;
  topicsCreated: number;
  /** Why the document failed (one line), or what else is worth knowing (a duplicate). */
  reason?: string;
  durationMs: number;
  outcome?: LoadOutcome;
}

export interface IngestTotals {
  documents: number;
  loaded: number;
  unchanged: number;
  replaced: number;
  failed: number;
  extracted: number;
  statements: number;
  actorsCreated: number;
  topicsCreated: number;
}

export interface GraphTotals {
  documents: number;
  statements: number;
  actors: number;
  topics: number;
}

export interface IngestReport {
  dryRun: boolean;
  documents: DocumentResult[];
  totals: IngestTotals;
  /** The totals as one line, for start-up logs. */
  summary: string;
  curated?: CuratedCounts;
  graph?: GraphTotals;
  durationMs: number;
}

export function totalsOf(documents: readonly DocumentResult[]): IngestTotals {
  const totals: IngestTotals = { documents: documents.length, loaded: 0, unchanged: 0, replaced: 0, failed: 0, extracted: 0, statements: 0, actorsCreated: 0, topicsCreated: 0 };
  for (const document of documents) {
    totals[document.status] += 1;
    totals.statements += document.statements;
    totals.actorsCreated += document.actorsCreated;
    totals.topicsCreated += document.topicsCreated;
  }
  return totals;
}

export function summaryLine(dryRun: boolean, totals: IngestTotals): string {
  const counts = dryRun
    ? `extracted ${totals.extracted}, failed ${totals.failed}`
    : `loaded ${totals.loaded}, unchanged ${totals.unchanged}, replaced ${totals.replaced}, failed ${totals.failed}`;
  return `${totals.documents} document(s): ${counts}; ${totals.statements} statements, ${totals.actorsCreated} new actors, ${totals.topicsCreated} new topics`;
}

/** What the re-resolution after changed tenures did, as one line. */
export function reResolvedLine(reResolved: { statements: number; moved: number }): string {
  return `tenures changed: ${reResolved.statements} statement(s) re-resolved, ${reResolved.moved} now resolve to other persons`;
}

export function formatIngestSummary(report: IngestReport): string {
  const { totals } = report;
  const seconds = (report.durationMs / 1000).toFixed(1);
  const lines: string[] = [];
  if (report.dryRun) {
    lines.push(`Dry run (nothing written): ${totals.documents} document(s) in ${seconds} s`);
    lines.push(`  extracted ${totals.extracted}, failed ${totals.failed}`);
    lines.push(`  statements ${totals.statements}, new actors ${totals.actorsCreated}, new topics ${totals.topicsCreated}`);
  } else {
    lines.push(`Ingested ${totals.documents} document(s) in ${seconds} s`);
    lines.push(`  loaded ${totals.loaded}, unchanged ${totals.unchanged}, replaced ${totals.replaced}, failed ${totals.failed}`);
    lines.push(`  statements written ${totals.statements}, new actors ${totals.actorsCreated}, new topics ${totals.topicsCreated}`);
    if (report.curated) lines.push(`  curated data: ${report.curated.actors} actors, ${report.curated.tenures} tenures, ${report.curated.topics} topics`);
    if (report.curated?.reResolved?.statements) lines.push(`  ${reResolvedLine(report.curated.reResolved)}`);
    if (report.graph) {
      const { graph } = report;
      lines.push(`  graph now holds ${graph.documents} documents, ${graph.statements} statements, ${graph.actors} actors, ${graph.topics} topics`);
    }
  }
  const failed = report.documents.filter((document) => document.status === "failed");
  if (failed.length) {
    lines.push("Failed:");
    for (const document of failed) lines.push(`  ${document.source}: ${document.reason ?? "unknown error"}`);
  }
  return `${lines.join("\n")}\n`;
}
