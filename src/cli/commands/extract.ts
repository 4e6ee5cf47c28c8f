/**
 * `kg extract <file>... [--format json|summary] [--out-dir DIR] [--gazetteer DIR]`: prints the
 * Extraction of each document, or with --out-dir writes DIR/NAME.json per input file (a whole
 * set extracted in one process). Bad input names the file and the reason on one stderr line; the
 * other files are still extracted, and the exit code is 1 when any file failed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError, BadUserInputError } from "../../errors/app-error.js";
import { extractFile, readGazetteer, type Extraction } from "../../ingest/index.js";

const USAGE = "usage: kg extract <file>... [--format json|summary] [--out-dir DIR] [--gazetteer DIR]";

function summary(extraction: Extraction): string {
  const { document, sections, statements, actors, topics, events } = extraction;
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const lines = [
    `${document.title} (${document.date ?? "no date"}, ${document.body ?? "no body"}, ${document.format}, ${document.language})`,
    `${sections.length} sections, ${statements.length} statements (${statements.filter((s) => s.actorIds.length > 0).length} attributed), ${actors.length} actors, ${topics.length} topics, ${events.length} events`,
  ];
  const topicLabels = new Map(topics.map((t) => [t.id, t.label]));
  const print = (sectionId: string | null): void => {
    for (const s of statements.filter((st) => st.sectionId === sectionId)) {
      const who = s.actorIds.map((id) => names.get(id) ?? id).join(" + ") || "-";
      const about = s.topicIds.map((id) => topicLabels.get(id) ?? id).join(" | ");
      lines.push(`  [${s.stance}] ${who} (${s.attribution}, ${s.rule}, ${s.confidence}): ${s.text.length > 90 ? `${s.text.slice(0, 87)}...` : s.text}`);
      if (about) lines.push(`      topics: ${about}`);
    }
  };
  print(null);
  for (const section of sections) {
    lines.push("", `## ${section.heading}`);
    print(section.id);
  }
  return `${lines.join("\n")}\n`;
}

interface Options {
  format: string;
  outDir?: string;
  gazetteerDir?: string;
  files: string[];
}

function parseArgs(args: string[]): Options | "help" {
  const options: Options = { format: "json", files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--format") options.format = args[++i] ?? "";
    else if (arg.startsWith("--format=")) options.format = arg.slice("--format=".length);
    else if (arg === "--out-dir") options.outDir = args[++i] ?? "";
    else if (arg.startsWith("--out-dir=")) options.outDir = arg.slice("--out-dir=".length);
    else if (arg === "--gazetteer") options.gazetteerDir = args[++i];
    else if (arg === "--help" || arg === "-h") return "help";
    else if (arg.startsWith("--")) throw new BadUserInputError(`unknown option ${arg}\n${USAGE}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new BadUserInputError(USAGE);
  if (options.format !== "json" && options.format !== "summary") throw new BadUserInputError(`unknown format "${options.format}" (json or summary)`);
  if (options.outDir === "") throw new BadUserInputError(`--out-dir needs a folder\n${USAGE}`);
  if (options.outDir !== undefined) {
    const names = options.files.map((f) => path.parse(f).name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new BadUserInputError(`two input files would both be written to ${twice}.json in --out-dir`);
  }
  return options;
}

export async function run(args: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = parseArgs(args);
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`kg extract: ${error.message.split("\n")[0]}\n`);
      return 2;
    }
    throw error;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let failed = 0;
  try {
    const gazetteer = readGazetteer(options.gazetteerDir);
    if (options.outDir) mkdirSync(options.outDir, { recursive: true });
    for (const file of options.files) {
      try {
        const extraction = await extractFile(file, gazetteer);
        const output = options.format === "json" ? `${JSON.stringify(extraction, null, 2)}\n` : summary(extraction);
        if (options.outDir) {
          const extension = options.format === "json" ? "json" : "txt";
          writeFileSync(path.join(options.outDir, `${path.parse(file).name}.${extension}`), output);
        } else process.stdout.write(output);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        process.stderr.write(`kg extract: ${error.message.split("\n")[0]}\n`);
        failed++;
      }
    }
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`kg extract: ${error.message.split("\n")[0]}\n`);
      return 1;
    }
    throw error;
  }
  return failed > 0 ? 1 : 0;
}
