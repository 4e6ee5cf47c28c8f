/**
 * The one gateway to Neo4j: the only module (with its siblings in src/db) that imports
 * neo4j-driver. Every query is a named file from `cypher/`, run in a managed transaction
 * (`executeRead` / `executeWrite`, retried by the driver on transient errors) with parameters only.
 * Driver errors leave this module as typed AppErrors, classified by code, never by message.
 */
import neo4j, { type Config as DriverConfig, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from "neo4j-driver";
import path from "node:path";
import { DEFAULT_MAX_CONCURRENT_QUERIES } from "../config/config.js";
import { projectRoot } from "../config/project-root.js";
import { ClientClosedRequestError, ConfigurationError, ServiceUnavailableError } from "../errors/app-error.js";
import { ConcurrencyLimit } from "./concurrency-limit.js";
import { translateDriverError } from "./driver-errors.js";
import { loadQueryRegistry, readSchemaStatements, type QueryRegistry } from "./query-registry.js";
import type { QueryName } from "./query-names.js";
import { toPlain } from "./to-plain.js";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface ConnectionTarget {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  database: string;
  /** Shown in logs and errors instead of the URI when set (e.g. "embedded Neo4j at ..."). */
  description?: string;
}

export interface QueryOptions {
  /** Transaction timeout; the server aborts a query that runs longer. */
  timeoutMs?: number;
  /** Names the operation in the server's query log (transaction metadata). */
  operation?: string;
  /** The client's request: once it aborts, a transaction still waiting for a slot is dropped. */
  signal?: AbortSignal;
}

/** A transaction handle that runs named queries only. */
export interface QueryTransaction {
  run(name: QueryName, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  cypherDir?: string;
  defaultTimeoutMs?: number;
  connectionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  /** Transactions run at once; the rest wait their turn in order (see ConcurrencyLimit). */
  maxConcurrentTransactions?: number;
  /**
   * How long write transactions are retried on transient errors (default WRITE_RETRY_MS). Tests
   * set 0 to see a deadlock or conflict instead of the retry that hides it.
   */
  writeRetryMs?: number;
}

/**
 * How long the driver's managed transactions keep retrying transient failures. Writes (a whole
 * document) ride out a leader switch or a deadlock; reads answer an API request, which should
 * fail fast with SERVICE_UNAVAILABLE when Neo4j is down (a 10 s budget held each request ~14 s)
 * while one quick retry still replaces a pooled connection gone stale after a restart.
 */
const WRITE_RETRY_MS = 10_000;
const READ_RETRY_MS = 1_000;

export class Database {
  readonly target: ConnectionTarget;
  private readonly driver: Driver;
  /** Same server, short retry budget: see READ_RETRY_MS. */
  private readonly readDriver: Driver;
  private readonly queries: QueryRegistry;
  private readonly cypherDir: string;
  private readonly defaultTimeoutMs: number;
  private readonly transactions: ConcurrencyLimit;

  private constructor(
    target: ConnectionTarget,
    driver: Driver,
    readDriver: Driver,
    queries: QueryRegistry,
    cypherDir: string,
    defaultTimeoutMs: number,
    transactions: ConcurrencyLimit,
  ) {
    this.target = target;
    this.transactions = transactions;
    this.driver = driver;
    this.readDriver = readDriver;
    this.queries = queries;
    this.cypherDir = cypherDir;
    this.defaultTimeoutMs = defaultTimeoutMs;
  }

  /**
   * Loads the query registry, creates the driver and proves the server answers. Fails within the
   * connection timeout with one clear line naming the URI when it does not.
   */
  static async connect(target: ConnectionTarget, options: DatabaseOptions = {}): Promise<Database> {
    const cypherDir = options.cypherDir ?? path.join(projectRoot, "cypher");
    const queries = loadQueryRegistry(cypherDir);
    const auth = target.user && target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
    const driverConfig: DriverConfig = {
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
      maxTransactionRetryTime: options.writeRetryMs ?? WRITE_RETRY_MS,
      userAgent: "stance-graph",
      // Integers arrive as JS numbers (every row became numbers through toPlain anyway; ids and
      // counts stay far below 2^53): one Integer object less per value to allocate and collect.
      disableLosslessIntegers: true,
    };
    const driver = neo4j.driver(target.uri, auth, driverConfig);
    try {
      await driver.verifyConnectivity({ database: target.database });
    } catch (error) {
      await driver.close().catch(() => undefined);
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("Neo.ClientError.Security.")) {
        throw new ConfigurationError([`Neo4j at ${target.uri} refused the credentials (${code}): check NEO4J_USER and NEO4J_PASSWORD`]);
      }
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new ServiceUnavailableError(`Cannot reach Neo4j at ${target.uri}: ${reason}`, { cause: error });
    }
    const readDriver = neo4j.driver(target.uri, auth, { ...driverConfig, maxTransactionRetryTime: READ_RETRY_MS });
    const transactions = new ConcurrencyLimit(options.maxConcurrentTransactions ?? DEFAULT_MAX_CONCURRENT_QUERIES);
    return new Database(target, driver, readDriver, queries, cypherDir, options.defaultTimeoutMs ?? 15_000, transactions);
  }

  /** Applies `cypher/schema.cypher` (constraints and indexes, each `IF NOT EXISTS`) and waits for indexes. */
  async applySchema(): Promise<void> {
    const statements = readSchemaStatements(this.cypherDir);
    const session = this.session("WRITE");
    try {
      for (const statement of statements) {
        // Schema commands cannot share a transaction with writes; each runs in its own.
        await session.executeWrite((tx) => tx.run(statement));
      }
      await session.run("CALL db.awaitIndexes(300)");
    } catch (error) {
      throw translateDriverError(error, this.target.uri);
    } finally {
      await session.close();
    }
  }

  /** Runs one named read query in a read transaction (served by a replica in a cluster). */
  async read(name: QueryName, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(name, params), { operation: name, ...options });
  }

  /** Runs one named write query in its own write transaction. */
  async write(name: QueryName, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params), { operation: name, ...options });
  }

  /** Several named reads in one transaction (one consistent snapshot). */
  async readTransaction<T>(work: (tx: QueryTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.transaction("READ", work, options);
  }

  /** Several named writes in one transaction: all commit or none (e.g. one document). */
  async writeTransaction<T>(work: (tx: QueryTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.transaction("WRITE", work, options);
  }

  /** Server agent and protocol, for logs and tests. */
  async serverInfo(): Promise<{ address: string; agent: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.target.database });
      return { address: String(info.address), agent: String(info.agent) };
    } catch (error) {
      throw translateDriverError(error, this.target.uri);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.readDriver.close()]);
  }

  /**
   * Every transaction waits for a slot first; its timeout starts when it runs. One that still waits
   * when the client of its request has gone (`options.signal`) is dropped.
   */
  private transaction<T>(mode: "READ" | "WRITE", work: (tx: QueryTransaction) => Promise<T>, options: QueryOptions): Promise<T> {
    return this.transactions.run(() => this.runTransaction(mode, work, options), options.signal, () => new ClientClosedRequestError());
  }

  private async runTransaction<T>(mode: "READ" | "WRITE", work: (tx: QueryTransaction) => Promise<T>, options: QueryOptions): Promise<T> {
    const session = this.session(mode);
    const config = {
      timeout: options.timeoutMs ?? this.defaultTimeoutMs,
      metadata: { app: "stance-graph", operation: options.operation ?? "transaction" },
    };
    const body = (tx: ManagedTransaction) => work(this.wrap(tx));
    try {
      return mode === "READ" ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      throw translateDriverError(error, this.target.uri);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): QueryTransaction {
    return {
      run: async (name, params = {}) => {
        const cypher = this.queries.get(name);
        if (cypher === undefined) throw new Error(`Unregistered query ${name}`);
        const result = await tx.run(cypher, params);
        return result.records.map(toRow);
      },
    };
  }

  private session(mode: "READ" | "WRITE"): Session {
    return (mode === "READ" ? this.readDriver : this.driver).session({
      database: this.target.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}

/** A record as a plain row, without the intermediate object of record.toObject(). */
function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  const keys = record.keys;
  for (let index = 0; index < keys.length; index++) row[keys[index] as string] = toPlain(record.get(index));
  return row;
}
