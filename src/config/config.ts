/**
 * All configuration, read from the environment in this one module, validated once at start-up.
 * Every problem is reported together, naming the variable and the reason. Tests pass an env
 * object of their own instead of mutating process.env.
 */
import path from "node:path";
import { ConfigurationError } from "../errors/app-error.js";
import { projectRoot } from "./project-root.js";

/**
 * About eight per core of a small Neo4j: a transaction holds its slot across its network round
 * trips (BEGIN, RUN, COMMIT), so fewer leave the database idle between them (on 2 cores, 16 served
 * 10 % more statement pages per second at concurrency 16 than 8), and few enough not to thrash.
 */
export const DEFAULT_MAX_CONCURRENT_QUERIES = 16;

export interface Neo4jExternal {
  mode: "external";
  /** Transactions run at once by this process; the rest wait in order (MAX_CONCURRENT_QUERIES). */
  maxConcurrentQueries: number;
  uri: string;
  user: string | undefined;
  password: string | undefined;
  database: string;
}

export interface Neo4jEmbedded {
  mode: "embedded";
  maxConcurrentQueries: number;
  /** Store folder of the embedded DBMS, kept between runs. */
  dataDir: string;
  /** Bolt port; 0 lets the launcher pick a free one. */
  port: number;
  /** When set, the embedded DBMS enables auth with this password for user neo4j. */
  password: string | undefined;
  database: string;
  startTimeoutMs: number;
}

export type Neo4jConfig = Neo4jExternal | Neo4jEmbedded;

export interface Config {
  neo4j: Neo4jConfig;
  http: { host: string; port: number; corsOrigins: string[]; bodyLimitBytes: number };
  api: {
    production: boolean;
    apiKeys: string[];
    /** When true, read queries need an API key too. */
    protectReads: boolean;
    graphiql: boolean;
    introspection: boolean;
    maxDepth: number;
    maxComplexity: number;
    maxPageSize: number;
    queryTimeoutMs: number;
    mutationsPerMinute: number;
  };
  seedsDir: string;
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];

export function parseConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) {
      problems.push(`${name}=${JSON.stringify(raw)} is not a whole number`);
      return fallback;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      problems.push(`${name}=${raw} is out of range (${min}..${max})`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = read(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (["1", "true", "yes", "on"].includes(raw)) return true;
    if (["0", "false", "no", "off"].includes(raw)) return false;
    problems.push(`${name}=${JSON.stringify(raw)} is not a boolean (use true or false)`);
    return fallback;
  };
  const list = (name: string): string[] =>
    (read(name) ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);

  const production = read("NODE_ENV") === "production";
  const database = read("NEO4J_DATABASE") ?? "neo4j";
  const maxConcurrentQueries = integer("MAX_CONCURRENT_QUERIES", DEFAULT_MAX_CONCURRENT_QUERIES, 1, 1_000);
  const uri = read("NEO4J_URI");
  let neo4j: Neo4jConfig;
  if (uri !== undefined) {
    let scheme = "";
    try {
      scheme = new URL(uri).protocol;
    } catch {
      problems.push(`NEO4J_URI=${JSON.stringify(uri)} is not a URI (expected e.g. bolt://localhost:7687)`);
    }
    if (scheme && !NEO4J_SCHEMES.includes(scheme)) {
      problems.push(`NEO4J_URI=${JSON.stringify(uri)} has scheme ${scheme} (expected bolt:// or neo4j://, optionally +s or +ssc)`);
    }
    const user = read("NEO4J_USER");
    const password = read("NEO4J_PASSWORD");
    if ((user === undefined) !== (password === undefined)) {
      problems.push("NEO4J_USER and NEO4J_PASSWORD must be set together (or neither, for a server without auth)");
    }
    neo4j = { mode: "external", uri, user, password, database, maxConcurrentQueries };
  } else {
    const password = read("NEO4J_PASSWORD");
    if (password !== undefined && password.length < 8) {
      problems.push("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
    }
    neo4j = {
      mode: "embedded",
      maxConcurrentQueries,
      dataDir: path.resolve(projectRoot, read("NEO4J_DATA_DIR") ?? ".data/neo4j"),
      port: integer("NEO4J_EMBEDDED_PORT", 0, 0, 65535),
      password,
      database,
      startTimeoutMs: integer("NEO4J_START_TIMEOUT_MS", 600_000, 1_000, 3_600_000),
    };
  }

  const apiKeys = list("API_KEYS");
  for (const key of apiKeys) {
    if (key.length < 16) problems.push("API_KEYS: every key must have at least 16 characters");
  }
  const config: Config = {
    neo4j,
    http: {
      host: read("HOST") ?? "127.0.0.1",
      port: integer("PORT", 4000, 0, 65535),
      corsOrigins: list("CORS_ORIGINS"),
      bodyLimitBytes: integer("BODY_LIMIT_BYTES", 2_000_000, 1_000, 100_000_000),
    },
    api: {
      production,
      apiKeys,
      protectReads: flag("PROTECT_READS", false),
      // Off by default in production (NODE_ENV=production); GRAPHIQL=true / INTROSPECTION=true turn them on.
      graphiql: flag("GRAPHIQL", !production),
      introspection: flag("INTROSPECTION", !production),
      maxDepth: integer("MAX_QUERY_DEPTH", 12, 1, 100),
      maxComplexity: integer("MAX_QUERY_COMPLEXITY", 5_000, 10, 1_000_000),
      maxPageSize: integer("MAX_PAGE_SIZE", 200, 1, 10_000),
      queryTimeoutMs: integer("QUERY_TIMEOUT_MS", 15_000, 100, 600_000),
      mutationsPerMinute: integer("MUTATIONS_PER_MINUTE", 60, 1, 100_000),
    },
    seedsDir: path.resolve(projectRoot, read("SEEDS_DIR") ?? "seeds"),
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
