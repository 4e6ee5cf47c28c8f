/**
 * `kg export`: writes a network (GraphML, GEXF, CSV) or the statement-level CSV to files, from the
 * Neo4j the configuration names (the embedded one when NEO4J_URI is unset). Uses the same
 * repository call as the API's `exportNetwork`. Definitions in docs/analytics.md.
 */
import { writeFile } from "node:fs/promises";
import { parseConfig } from "../../config/config.js";
import { openDatabase } from "../../db/open-database.js";
import { BadUserInputError } from "../../errors/app-error.js";
import type { AnalysisFilter } from "../../repositories/analysis.repository.js";
import { createRepositories, type QueryRunner } from "../../repositories/repositories.js";
import {
  DEFAULT_OPTIONS,
  type Duplicates,
  type NetworkKind,
  type NetworkOptions,
  type Normalisation,
  type Period,
  type Qualifier,
  type TopicLink,
} from "../../analytics/networks.js";
import { exportFile } from "../../export/export-file.js";
import { popoloFile } from "../../export/popolo.js";
import type { Stance } from "../../ingest/extraction.js";

const USAGE = `usage: kg export --network KIND --format FORMAT --out FILE [options]
       kg export --statements --out FILE [filters]
       kg export --popolo --out FILE

Writes a network for Gephi, visone or networkx, the statements for rDNA-style analysis, or the
persons, organizations, posts (offices) and memberships (tenures) as Popolo JSON.

  --network KIND      actor-topic | congruence | conflict | subtract | topics
  --format FORMAT     graphml | gexf | csv   (csv writes FILE-nodes.csv and FILE-edges.csv;
                      a trailing .csv in FILE is dropped first)
  --out FILE          where to write
  --statements        one row per statement, actor and topic (CSV) instead of a network
  --popolo            persons, organizations, posts and memberships as Popolo JSON (no filters)

filters (repeat --topic, --actor, --stance for several):
  --topic X           topic id, label or alias (narrower topics included)
  --actor Y           actor id (as spoken)     --include-members   organisations stand for their members
  --stance S          support | oppose | concern | request | commitment | inform
  --from D, --to D    dates (YYYY-MM-DD), inclusive

measures:
  --qualifier Q       actor-topic: ignore | per-stance | combined | subtract
  --normalise N       one-mode networks: none | average-activity | jaccard | cosine
  --duplicates D      statement | document | month | year
  --topic-link L      topics: statements | shared-actors
  --window N{d|m|y} --step N{d|m|y}
                      moving time windows (gexf: a dynamic graph; csv: edges per window)
`;

const KINDS: NetworkKind[] = ["actor-topic", "congruence", "conflict", "subtract", "topics"];
const STANCES: Stance[] = ["support", "oppose", "concern", "request", "commitment", "inform"];

export interface ExportArguments {
  kind: NetworkKind;
  format: "graphml" | "gexf" | "csv" | "statements" | "popolo";
  out: string;
  filter: AnalysisFilter;
  options: NetworkOptions;
  window: Period | null;
  step: Period | null;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new BadUserInputError(`${name} must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as T;
}

function period(name: string, value: string): Period {
  const match = /^(\d+)([dmy])$/.exec(value);
  if (!match) throw new BadUserInputError(`${name} must look like 30d, 6m or 1y (got "${value}")`);
  return { size: Number(match[1]), unit: ({ d: "day", m: "month", y: "year" } as const)[match[2] as "d" | "m" | "y"] };
}

function date(name: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new BadUserInputError(`${name} must be a date YYYY-MM-DD (got "${value}")`);
  return value;
}

/** Parses the command line; throws BadUserInputError on a usage error. */
export function parseExportArguments(args: string[]): ExportArguments {
  let kind: NetworkKind | null = null;
  let format: ExportArguments["format"] | null = null;
  let out: string | null = null;
  let statements = false;
  let popolo = false;
  const filter: AnalysisFilter = { actorIds: null, includeMembers: false, topics: null, stances: null, from: null, to: null };
  const options: NetworkOptions = { ...DEFAULT_OPTIONS };
  let window: Period | null = null;
  let step: Period | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--statements") {
      statements = true;
      continue;
    }
    if (arg === "--popolo") {
      popolo = true;
      continue;
    }
    if (arg === "--include-members") {
      filter.includeMembers = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new BadUserInputError(`${arg} needs a value`);
    i++;
    switch (arg) {
      case "--network":
        kind = oneOf(arg, value, KINDS);
        break;
      case "--format":
        format = oneOf(arg, value, ["graphml", "gexf", "csv"] as const);
        break;
      case "--out":
        out = value;
        break;
      case "--topic":
        filter.topics = [...(filter.topics ?? []), value];
        break;
      case "--actor":
        filter.actorIds = [...(filter.actorIds ?? []), value];
        break;
      case "--stance":
        filter.stances = [...(filter.stances ?? []), oneOf(arg, value, STANCES)];
        break;
      case "--from":
        filter.from = date(arg, value);
        break;
      case "--to":
        filter.to = date(arg, value);
        break;
      case "--qualifier":
        options.qualifier = oneOf<Qualifier>(arg, value, ["ignore", "per-stance", "combined", "subtract"]);
        break;
      case "--normalise":
      case "--normalize":
        options.normalisation = oneOf<Normalisation>(arg, value, ["none", "average-activity", "jaccard", "cosine"]);
        break;
      case "--duplicates":
        options.duplicates = oneOf<Duplicates>(arg, value, ["statement", "document", "month", "year"]);
        break;
      case "--topic-link":
        options.topicLink = oneOf<TopicLink>(arg, value, ["statements", "shared-actors"]);
        break;
      case "--window":
        window = period(arg, value);
        break;
      case "--step":
        step = period(arg, value);
        break;
      default:
        throw new BadUserInputError(`unknown option ${arg}`);
    }
  }
  if (!out) throw new BadUserInputError("--out FILE is required");
  if (filter.from && filter.to && filter.from > filter.to) throw new BadUserInputError(`the date range is empty: --from ${filter.from} is after --to ${filter.to}`);
  if ((window === null) !== (step === null)) throw new BadUserInputError("--window and --step go together");
  if (popolo) {
    if (statements || kind || format || args.some((arg) => arg.startsWith("--") && !["--popolo", "--out"].includes(arg))) {
      throw new BadUserInputError("--popolo takes only --out FILE");
    }
    return { kind: "actor-topic", format: "popolo", out, filter, options, window: null, step: null };
  }
  if (statements) return { kind: kind ?? "actor-topic", format: "statements", out, filter, options, window: null, step: null };
  if (!kind) throw new BadUserInputError("--network is required (or --statements)");
  if (!format) throw new BadUserInputError("--format is required");
  if (window && format === "graphml") throw new BadUserInputError("time windows export as gexf or csv");
  return { kind, format, out, filter, options, window, step };
}

/** Runs an export over a database; returns the files written. */
export async function exportToFiles(db: QueryRunner, parsed: ExportArguments, timeoutMs: number): Promise<string[]> {
  const analysis = createRepositories(db, { timeoutMs }).analysis;
  const { kind, format, out, filter, options, window, step } = parsed;
  const description = `${kind} network; filter ${JSON.stringify(filter)}; options ${JSON.stringify(options)}`;
  if (format === "popolo") {
    await writeFile(out, popoloFile(await createRepositories(db, { timeoutMs }).popolo.read()).content, "utf8");
    return [out];
  }
  if (format === "statements") {
    await writeFile(out, exportFile(kind, "statements-csv", { statements: await analysis.statementRows(filter, "actor-topic") }).content, "utf8");
    return [out];
  }
  const data = window && step ? { windows: await analysis.networkWindows(kind, filter, options, window, step) } : { network: await analysis.network(kind, filter, options) };
  if (format === "csv") {
    const base = out.replace(/\.csv$/i, "");
    const written: string[] = [];
    if (!data.windows) {
      await writeFile(`${base}-nodes.csv`, exportFile(kind, "nodes-csv", data).content, "utf8");
      written.push(`${base}-nodes.csv`);
    }
    await writeFile(`${base}-edges.csv`, exportFile(kind, "edges-csv", data, description).content, "utf8");
    return [...written, `${base}-edges.csv`];
  }
  await writeFile(out, exportFile(kind, format, data, description).content, "utf8");
  return [out];
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  let parsed: ExportArguments;
  try {
    parsed = parseExportArguments(args);
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    process.stderr.write(`kg export: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const config = parseConfig();
  const opened = await openDatabase(config);
  try {
    const files = await exportToFiles(opened.database, parsed, config.api.queryTimeoutMs);
    for (const file of files) process.stdout.write(`wrote ${file}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}
