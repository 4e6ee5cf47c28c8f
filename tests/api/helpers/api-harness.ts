/**
 * Starts the real HTTP server on port 0 over the test Neo4j (or over given repositories) and
 * sends GraphQL over HTTP, as a client would.
 */
import { parseConfig, type Config } from "../../../src/config/config.js";
import type { DocumentIngester } from "../../../src/graphql/context.js";
import type { Repositories, QueryRunner } from "../../../src/repositories/repositories.js";
import { startServer, type RunningServer } from "../../../src/server/server.js";

export const TEST_API_KEY = "test-key-fictional-0123456789";

export interface GraphQLResult {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; [key: string]: unknown }[];
  };
}

export interface Api {
  url: string;
  server: RunningServer;
  logs: string[];
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult>;
  /** Like gql, but fails the test on any error and returns `data`. */
  data(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Record<string, any>>;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({ HOST: "127.0.0.1", PORT: "0", API_KEYS: TEST_API_KEY, QUERY_TIMEOUT_MS: "120000", ...env });
}

export async function startApi(options: {
  database?: QueryRunner;
  repositories?: Repositories;
  ingester?: DocumentIngester | null;
  env?: Record<string, string>;
  webRoot?: string;
}): Promise<Api> {
  const logs: string[] = [];
  const server = await startServer({
    config: testConfig(options.env),
    ...(options.database ? { database: options.database } : {}),
    ...(options.repositories ? { repositories: options.repositories } : {}),
    ...(options.ingester !== undefined ? { ingester: options.ingester } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    log: (line) => logs.push(line),
  });
  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResult> => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResult["body"] };
  };
  return {
    url: server.url,
    server,
    logs,
    gql,
    data: async (query, variables, headers) => {
      const result = await gql(query, variables, headers);
      if (result.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.body.errors)}`);
      return result.body.data ?? {};
    },
    close: () => server.close(),
  };
}

export const withKey = { authorization: `Bearer ${TEST_API_KEY}` };

export function codesOf(result: GraphQLResult): (string | undefined)[] {
  return (result.body.errors ?? []).map((error) => error.extensions?.code);
}
