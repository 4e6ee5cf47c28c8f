/**
 * Serves the web explorer built into dist/web/: index.html at `/`, other files by path, never a
 * file outside the folder. When the explorer is not built, a plain 404 page says so.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export function notFoundPage(response: ServerResponse, what: string): void {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1><p>${escapeHtml(what)}</p><p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>`;
  response.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}

export async function serveStatic(root: string, urlPath: string, response: ServerResponse, headOnly: boolean): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return notFoundPage(response, "No such file.");
  }
  const relative = decoded === "/" ? "index.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return notFoundPage(response, "No such file.");
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    const built = await stat(path.join(root, "index.html")).catch(() => null);
    return notFoundPage(response, built ? "No such file." : "The web explorer is not built (dist/web/ is missing); build it, or use the GraphQL API.");
  }
  response.writeHead(200, {
    "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
    "X-Content-Type-Options": "nosniff",
  });
  if (headOnly) return void response.end();
  createReadStream(file).pipe(response);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
