/**
 * The one gateway to Neo4j: the only module (with its siblings in src/db) that imports
 * neo4j-driver. Every query is a named file from `cypher/`, run in a managed transaction
 * (`executeRead` / `executeWrite`, retried by the driver on transient errors) with parameters only.
 * Driver errors leave this module as typed AppErrors, classified by code, never by message.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session, type Transaction } from "neo4j-driver";
import path from "node:path";
import { projectRoot } from "../config/project-root.js";
import { ConfigurationError, ServiceUnavailableError } from "../errors/app-error.js";
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
}

export class Database {
  readonly target: ConnectionTarget;
  private readonly driver: Driver;
  private readonly queries: QueryRegistry;
  private readonly cypherDir: string;
  private readonly defaultTimeoutMs: number;

  private constructor(target: ConnectionTarget, driver: Driver, queries: QueryRegistry, cypherDir: string, defaultTimeoutMs: number) {
    this.target = target;
    this.driver = driver;
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
    const driver = neo4j.driver(target.uri, auth, {
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
      maxTransactionRetryTime: 10_000,
      userAgent: "stance-graph",
    });
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
    return new Database(target, driver, queries, cypherDir, options.defaultTimeoutMs ?? 15_000);
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
    await this.driver.close();
  }

  private async transaction<T>(mode: "READ" | "WRITE", work: (tx: QueryTransaction) => Promise<T>, options: QueryOptions): Promise<T> {
    const config = {
      timeout: options.timeoutMs ?? this.defaultTimeoutMs,
      metadata: { app: "stance-graph", operation: options.operation ?? "transaction" },
    };
    if (mode === "READ") return this.readFailingFast(work, config);
    const session = this.session(mode);
    const body = (tx: ManagedTransaction) => work(this.wrap(tx));
    try {
      return await session.executeWrite(body, config);
    } catch (error) {
      throw translateDriverError(error, this.target.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Reads fail fast when Neo4j is down: the driver's managed retries (maxTransactionRetryTime,
   * with back-off) held every API request for about 14 s before SERVICE_UNAVAILABLE. A read is
   * tried once more at once on a fresh connection (a pooled one may be stale after a restart),
   * then the error goes to the caller, who may simply ask again.
   */
  private async readFailingFast<T>(work: (tx: QueryTransaction) => Promise<T>, config: { timeout: number; metadata: Record<string, string> }): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const session = this.session("READ");
      const tx = session.beginTransaction(config);
      try {
        const result = await work(this.wrap(tx));
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        const code = (error as { code?: unknown }).code;
        if (attempt === 1 && (code === "ServiceUnavailable" || code === "SessionExpired")) continue;
        throw translateDriverError(error, this.target.uri);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  private wrap(tx: ManagedTransaction | Transaction): QueryTransaction {
    return {
      run: async (name, params = {}) => {
        const cypher = this.queries.get(name);
        if (cypher === undefined) throw new Error(`Unregistered query ${name}`);
        const result = await tx.run(cypher, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}
