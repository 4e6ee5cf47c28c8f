#!/usr/bin/env node
/**
 * `kg <command> [args]`: the command-line entry point. Each command lives in `commands/<name>.ts`
 * and exports `run(args: string[]): Promise<number>` (the exit code). Expected failures print one
 * line; only unexpected ones print a stack trace.
 */
import "reflect-metadata";
import { AppError } from "../errors/app-error.js";

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  start: { summary: "start Neo4j if needed, ingest seeds/, serve the API and explorer", load: () => import("./commands/start.js") },
  extract: { summary: "extract documents and print their Extractions (--format json|summary, --out-dir DIR for one NAME.json per file)", load: () => import("./commands/extract.js") },
  ingest: { summary: "load documents (files or folders) into Neo4j (--dry-run)", load: () => import("./commands/ingest.js") },
  export: { summary: "write a network (GraphML, GEXF, CSV), the statements (CSV) or Popolo JSON to files", load: () => import("./commands/export.js") },
  gazetteer: { summary: "check the curated gazetteer: references, sources, tenure overlaps and gaps (check)", load: () => import("./commands/gazetteer.js") },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return `usage: kg <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`kg: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof AppError) {
      process.stderr.write(`kg: ${error.message}\n`);
    } else {
      process.stderr.write(`kg: unexpected error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
