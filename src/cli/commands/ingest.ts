/**
 * `kg ingest <file|folder>... [--dry-run]`: loads documents into Neo4j (the embedded one when
 * NEO4J_URI is unset, same data folder as `npm start`). Exit code 1 when any document failed, 2 on
 * a usage error. A dry run extracts and reports without starting or touching Neo4j.
 */
import { parseConfig } from "../../config/config.js";
import { openDatabase } from "../../db/open-database.js";
import { formatIngestSummary } from "../../load/ingest-report.js";
import { ingestPaths } from "../../load/ingest-paths.js";
import { createProgressPrinter } from "../../load/progress-printer.js";

const USAGE = `usage: kg ingest <file|folder>... [--dry-run]

Loads minutes as .txt, .pdf, .html/.htm (a saved web page), .docx or .odt (folders are searched
recursively) into the graph, one transaction per document. Unchanged documents are skipped; an
edited file replaces its earlier version. A file that cannot be read is reported and the others
still load.

options:
  --dry-run   extract and report, write nothing (Neo4j is not started)
  --help      show this text
`;

export async function run(args: string[]): Promise<number> {
  const paths: string[] = [];
  let dryRun = false;
  for (const arg of args) {
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(USAGE);
      return 0;
    } else if (arg.startsWith("--")) {
      process.stderr.write(`kg ingest: unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else paths.push(arg);
  }
  if (paths.length === 0) {
    process.stderr.write(`kg ingest: name at least one file or folder\n\n${USAGE}`);
    return 2;
  }

  const progress = createProgressPrinter(process.stderr);
  const onProgress = progress.update.bind(progress);
  if (dryRun) {
    const report = await ingestPaths(null, paths, { dryRun: true, onProgress });
    progress.end();
    process.stdout.write(formatIngestSummary(report));
    return report.totals.failed > 0 ? 1 : 0;
  }

  const config = parseConfig();
  const opened = await openDatabase(config);
  try {
    process.stderr.write(`Loading into ${opened.description}\n`);
    const report = await ingestPaths(opened.database, paths, { onProgress });
    progress.end();
    process.stdout.write(formatIngestSummary(report));
    return report.totals.failed > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}
