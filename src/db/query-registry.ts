import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors/app-error.js";
import { compactCypher } from "./compact-cypher.js";
import { QUERY_NAMES, type QueryName } from "./query-names.js";

/** Files in `cypher/` that are not single queries. */
const NON_QUERY_FILES = new Set(["schema.cypher"]);

export type QueryRegistry = ReadonlyMap<QueryName, string>;

/**
 * Reads every query of QUERY_NAMES from `cypherDir` once, without comments and folded whitespace
 * (compactCypher); a missing or unknown file is an error.
 */
export function loadQueryRegistry(cypherDir: string): QueryRegistry {
  const problems: string[] = [];
  const files = readdirSync(cypherDir).filter((file) => file.endsWith(".cypher") && !NON_QUERY_FILES.has(file));
  const known = new Set<string>(QUERY_NAMES);
  for (const file of files) {
    const name = file.slice(0, -".cypher".length);
    if (!known.has(name)) problems.push(`cypher/${file} is not a registered query (add "${name}" to src/db/query-names.ts)`);
  }
  const registry = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = path.join(cypherDir, `${name}.cypher`);
    try {
      const text = compactCypher(readFileSync(file, "utf8"));
      if (!text) problems.push(`cypher/${name}.cypher is empty`);
      registry.set(name, text);
    } catch {
      problems.push(`cypher/${name}.cypher is missing (registered in src/db/query-names.ts)`);
    }
  }
  if (problems.length) throw new ConfigurationError(problems);
  return registry;
}

/** Splits `schema.cypher` into statements: `;` ends one; `//` lines are comments. */
export function readSchemaStatements(cypherDir: string): string[] {
  const text = readFileSync(path.join(cypherDir, "schema.cypher"), "utf8");
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter(Boolean);
}
