/**
 * `kg gazetteer check [--gazetteer DIR] [--today YYYY-MM-DD]`: checks the curated gazetteer
 * without a database: its structure (ids, references, dates, a source and a status for every
 * tenure) and its tenures over time (src/ingest/gazetteer/check-tenures.ts). Prints the periods in
 * which an office resolves to no person, then one line per problem; exits 1 when there is any.
 */
import { ConfigurationError } from "../../errors/app-error.js";
import { DEFAULT_GAZETTEER_DIR, readGazetteer, type Gazetteer } from "../../ingest/index.js";
import { checkTenures } from "../../ingest/gazetteer/check-tenures.js";

const USAGE = `usage: kg gazetteer check [--gazetteer DIR] [--today YYYY-MM-DD]

Checks seeds/gazetteer (or DIR): unique ids and known references, a source and a status for every
tenure, no overlapping tenures of an office held by one person at a time, and no day since
2013-01-01 (or the office's first day) up to today without a tenure or a declared unknown holder.
Exits 1 with one line per problem.
`;

export interface GazetteerCheckReport {
  lines: string[];
  problems: string[];
}

export function checkGazetteerDir(dir: string, today: string): GazetteerCheckReport {
  let gazetteer: Gazetteer;
  try {
    gazetteer = readGazetteer(dir);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { lines: [], problems: error.problems };
  }
  const { problems, notes } = checkTenures(gazetteer, today);
  const count = (kind: string) => gazetteer.actors.filter((actor) => actor.kind === kind).length;
  const lines = [
    `${dir}: ${count("office")} offices, ${count("person")} persons, ${gazetteer.tenures.length} tenures, ${(gazetteer.unknownHolders ?? []).length} unknown holders (checked from 2013-01-01 to ${today})`,
  ];
  if (notes.length) lines.push("Periods in which an office resolves to no person:", ...notes.map((note) => `  ${note}`));
  return { lines, problems };
}

export async function run(args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === "--help" || subcommand === "-h" || subcommand === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  let dir = DEFAULT_GAZETTEER_DIR;
  let today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = rest[i + 1];
    if ((arg === "--gazetteer" || arg === "--today") && value !== undefined) {
      if (arg === "--gazetteer") dir = value;
      else today = value;
      i++;
    } else {
      process.stderr.write(`kg gazetteer: unknown or incomplete option ${arg}\n\n${USAGE}`);
      return 2;
    }
  }
  if (subcommand !== "check") {
    process.stderr.write(`kg gazetteer: ${subcommand ? `unknown subcommand "${subcommand}"` : "which check?"}\n\n${USAGE}`);
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write(`kg gazetteer: --today must be a date YYYY-MM-DD (got "${today}")\n`);
    return 2;
  }
  const report = checkGazetteerDir(dir, today);
  if (report.lines.length) process.stdout.write(`${report.lines.join("\n")}\n`);
  if (report.problems.length === 0) {
    process.stdout.write("gazetteer check: no problems\n");
    return 0;
  }
  process.stderr.write(`${report.problems.join("\n")}\ngazetteer check: ${report.problems.length} problem(s)\n`);
  return 1;
}
