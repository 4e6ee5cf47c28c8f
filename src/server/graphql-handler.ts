/**
 * One GraphQL request over node:http: body (size-limited, JSON parsed), a HeaderMap, the caller's
 * API key checked, then Apollo's executeHTTPGraphQLRequest; its response written back as is.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Caller, GraphQLContext } from "../graphql/context.js";
import type { ErrorCode } from "../errors/codes.js";
import { BodyTooLargeError, readBody } from "./read-body.js";

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  bodyLimitBytes: number;
  /** Decides who calls; returns null when the request must be refused (already answered). */
  authenticate(request: IncomingMessage, response: ServerResponse): Caller | null;
  /** `signal` aborts when the client closes its connection before the answer. */
  context(caller: Caller, signal: AbortSignal): GraphQLContext;
}

export function sendJsonError(response: ServerResponse, status: number, message: string, code: ErrorCode, extraHeaders: Record<string, string> = {}): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body), ...extraHeaders });
  response.end(body);
}

export async function handleGraphQL(options: GraphQLHandlerOptions, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const caller = options.authenticate(request, response);
  if (caller === null) return;

  let raw = "";
  try {
    raw = await readBody(request, options.bodyLimitBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of the body is not read; close the connection rather than drain it.
      return sendJsonError(response, 413, error.message, "PAYLOAD_TOO_LARGE", { Connection: "close" });
    }
    throw error;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = raw;
  const contentType = headers.get("content-type") ?? "";
  if (request.method === "POST" && /^application\/(json|graphql-response\+json)\b/i.test(contentType)) {
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      return sendJsonError(response, 400, "The request body is not valid JSON", "BAD_USER_INPUT");
    }
  }

  // A client that closes its connection before the answer (a timeout, a closed tab, a load test
  // stopping) aborts the queries of its request that still wait for a transaction slot.
  const clientGone = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) clientGone.abort();
  };
  response.once("close", onClose);
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
    context: async () => options.context(caller, clientGone.signal),
  });
  if (clientGone.signal.aborted) return;
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of result.headers) responseHeaders[name] = value;
  response.writeHead(result.status ?? 200, responseHeaders);
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
