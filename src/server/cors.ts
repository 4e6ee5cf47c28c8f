/**
 * CORS from an allow-list (config.http.corsOrigins; `*` allows any origin). Origins not listed get
 * no CORS headers, so browsers refuse to hand them the response. Same-origin requests need none.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOWED_HEADERS = "content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name";

export function applyCors(request: IncomingMessage, response: ServerResponse, allowList: readonly string[]): void {
  const origin = request.headers.origin;
  response.setHeader("Vary", "Origin");
  if (!origin) return;
  if (!allowList.includes("*") && !allowList.includes(origin)) return;
  response.setHeader("Access-Control-Allow-Origin", origin);
  response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
  response.setHeader("Access-Control-Max-Age", "600");
}
