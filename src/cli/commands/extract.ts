/**
 * `kg extract <file> [--format json|summary] [--gazetteer DIR]`: prints the Extraction of one
 * document. Bad input exits 1 with one line on stderr naming the file and the reason.
 */
import { AppError, BadUserInputError } from "../../errors/app-error.js";
import { extractFile, readGazetteer, type Extraction } from "../../ingest/index.js";

const USAGE = "usage: kg extract <file> [--format json|summary] [--gazetteer DIR]";

function summary(extraction: Extraction): string {
  const { document, sections, statements, actors, topics, events } = extraction;
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const lines = [
    `${document.title} (${document.date ?? "no date"}, ${document.body ?? "no body"}, ${document.format}, ${document.language})`,
    `${sections.length} sections, ${statements.length} statements (${statements.filter((s) => s.actorIds.length > 0).length} attributed), ${actors.length} actors, ${topics.length} topics, ${events.length} events`,
  ];
  for (const section of sections) {
    lines.push("", `## ${section.heading}`);
    for (const s of statements.filter((st) => st.sectionId === section.id)) {
      const who = s.actorIds.map((id) => names.get(id) ?? id).join(" + ") || "-";
      lines.push(`  [${s.stance}] ${who} (${s.attribution}, ${s.rule}, ${s.confidence}): ${s.text.length > 90 ? `${s.text.slice(0, 87)}...` : s.text}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function run(args: string[]): Promise<number> {
  let format = "json";
  let gazetteerDir: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--format") format = args[++i] ?? "";
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg === "--gazetteer") gazetteerDir = args[++i];
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else files.push(arg);
  }
  try {
    if (files.length !== 1) throw new BadUserInputError(USAGE);
    if (format !== "json" && format !== "summary") throw new BadUserInputError(`unknown format "${format}" (json or summary)`);
    const extraction = await extractFile(files[0]!, readGazetteer(gazetteerDir));
    process.stdout.write(format === "json" ? `${JSON.stringify(extraction, null, 2)}\n` : summary(extraction));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      process.stderr.write(`kg extract: ${error.message.split("\n")[0]}\n`);
      return error instanceof BadUserInputError ? 2 : 1;
    }
    throw error;
  }
}
