/**
 * The HTTP server (plain node:http): POST/GET /graphql (Apollo), GraphiQL for browsers at
 * GET /graphql (offline), /healthz (200 when Neo4j answers, 503 when not), and the web explorer from dist/web/ for everything else.
 *
 * Ingestion through the API (`ingestDocument`) needs a DocumentIngester; the caller passes one
 * (start-up builds it from src/load and src/ingest), so this layer does not depend on them.
 */
import "reflect-metadata";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Config } from "../config/config.js";
import { projectRoot } from "../config/project-root.js";
import { createApiServer } from "../graphql/api-server.js";
import type { Caller, DocumentIngester } from "../graphql/context.js";
import { createRequestContext } from "../graphql/request-context.js";
import { createRepositories, type QueryRunner, type Repositories } from "../repositories/repositories.js";
import { ApiKeys } from "./api-keys.js";
import { createDocumentIngester } from "./document-ingester.js";
import { applyCors } from "./cors.js";
import { graphiqlPage, wantsHtml } from "./graphiql-page.js";
import { handleGraphQL, sendJsonError } from "./graphql-handler.js";
import { MutationRate } from "./mutation-rate.js";
import { serveStatic } from "./static-files.js";

export interface ServerOptions {
  config: Config;
  /** The database gateway; repositories are built over it. Give this or `repositories`. */
  database?: QueryRunner;
  /** Ready-made repositories (tests wrap them, e.g. to count round trips). */
  repositories?: Repositories;
  /**
   * Ingests documents for the `ingestDocument` mutation. Omitted: built over `database` from
   * src/ingest + src/load with the gazetteer in config.seedsDir. null: ingestion off
   * (`ingestDocument` answers SERVICE_UNAVAILABLE).
   */
  ingester?: DocumentIngester | null;
  /** Where the web explorer is built; dist/web/ by default. */
  webRoot?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (the real port when config.http.port is 0). */
  url: string;
  close(): Promise<void>;
}

const GRAPHQL_PATH = "/graphql";

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { database } = options;
  const repositories = options.repositories ?? (database ? createRepositories(database, { timeoutMs: config.api.queryTimeoutMs }) : undefined);
  if (!repositories) throw new Error("startServer needs `database` or `repositories`");
  // Ready-made repositories (tests) serve every request as they are; over a database each request
  // gets its own, which drop its waiting transactions once its client has gone.
  const repositoriesFor = options.repositories || !database ? () => repositories : (signal: AbortSignal) => createRepositories(database, { timeoutMs: config.api.queryTimeoutMs, signal });
  const webRoot = path.resolve(options.webRoot ?? path.join(projectRoot, "dist", "web"));
  const keys = new ApiKeys(config.api.apiKeys);
  const rate = new MutationRate(config.api.mutationsPerMinute);
  const apollo = createApiServer(config.api, log);
  await apollo.start();

  const dependencies = {
    repositoriesFor,
    ingester:
      options.ingester !== undefined
        ? options.ingester
        : options.database
          ? createDocumentIngester(options.database, { gazetteerDir: path.join(config.seedsDir, "gazetteer"), timeoutMs: config.api.queryTimeoutMs })
          : null,
    mutationsEnabled: keys.enabled,
    maxPageSize: config.api.maxPageSize,
    takeMutationToken: (principal: string) => rate.take(principal),
    log,
  };

  const authenticate = (request: IncomingMessage, response: ServerResponse): Caller | null => {
    const result = keys.check(request.headers);
    if (result.presented && !result.authenticated) {
      // Never the key itself: only that an unknown one was tried, and from where.
      log(`rejected an unknown API key from ${request.socket.remoteAddress ?? "unknown address"}`);
    }
    if (config.api.protectReads && !result.authenticated) {
      sendJsonError(response, 401, "This server needs an API key for every request: send `Authorization: Bearer <key>` or `x-api-key: <key>`", "UNAUTHENTICATED", {
        "WWW-Authenticate": "Bearer",
      });
      return null;
    }
    return { authenticated: result.authenticated, principal: result.principal, keyRejected: result.presented && !result.authenticated };
  };

  const graphqlOptions = {
    apollo,
    bodyLimitBytes: config.http.bodyLimitBytes,
    authenticate,
    context: (caller: Caller, signal: AbortSignal) => createRequestContext(dependencies, caller, signal),
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    applyCors(request, response, config.http.corsOrigins);
    const method = request.method ?? "GET";
    if (method === "OPTIONS") {
      response.writeHead(204);
      return void response.end();
    }
    if (url.pathname === GRAPHQL_PATH) {
      if (method === "GET" && config.api.graphiql && wantsHtml(request.headers.accept) && !url.searchParams.has("query")) {
        const html = graphiqlPage(GRAPHQL_PATH);
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(html) });
        return void response.end(html);
      }
      if (method !== "GET" && method !== "POST") {
        return sendJsonError(response, 405, `${method} is not allowed on ${GRAPHQL_PATH}; use GET or POST`, "BAD_USER_INPUT", { Allow: "GET, POST" });
      }
      return handleGraphQL(graphqlOptions, request, response, url);
    }
    if (url.pathname === "/healthz") {
      const up = await repositories.health.databaseUp();
      const body = JSON.stringify({ status: up ? "ok" : "unavailable", database: up ? "up" : "down" });
      response.writeHead(up ? 200 : 503, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
      return void response.end(body);
    }
    if (method !== "GET" && method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" });
      return void response.end();
    }
    return serveStatic(webRoot, url.pathname, response, method === "HEAD");
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJsonError(response, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.http.port, config.http.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  if (config.api.apiKeys.length === 0) log("no API keys configured (API_KEYS): mutations are disabled");

  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await apollo.stop();
      })();
      return closing;
    },
  };
}

