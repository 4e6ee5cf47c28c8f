/**
 * The HTTP server around the API: GraphiQL offline, /healthz, the explorer's static files, the
 * body size limit, CORS and CSRF prevention, and graphql-http's audit of the GraphQL over HTTP
 * spec (every MUST passes).
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceUnavailableError } from "../../src/errors/app-error.js";
import { startApi, type Api } from "./helpers/api-harness.js";
import { stubRunner } from "./helpers/stub-runner.js";

let api: Api;
let temp: string | undefined;
let webRoot: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "api-web-"));
  webRoot = path.join(temp, "web");
  await mkdir(path.join(webRoot, "assets"), { recursive: true });
  await writeFile(path.join(webRoot, "index.html"), "<!doctype html><title>explorer</title>");
  await writeFile(path.join(webRoot, "assets", "app.js"), "console.log('explorer');");
  await writeFile(path.join(os.tmpdir(), "outside-web-root.txt"), "secret");
  api = await startApi({ database: stubRunner(), webRoot, env: { CORS_ORIGINS: "http://explorer.example", BODY_LIMIT_BYTES: "2000" } });
});
afterAll(async () => {
  await api?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe("GraphiQL", () => {
  it("opens for a browser at GET /graphql and loads nothing from another host", async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain("GraphiQL");
    // No script, stylesheet, icon, font or import from anywhere but this page itself.
    expect(html).not.toMatch(/<script[^>]+src\s*=/i);
    expect(html).not.toMatch(/<link[^>]+href\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\/(?!www\.w3\.org)/i);
    expect(html).not.toMatch(/(unpkg\.com|cdn\.jsdelivr|cdnjs|apollographql\.com|fonts\.googleapis)/i);
  });

  it("a GraphQL client's GET still gets JSON", async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json", "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("static files and health", () => {
  it("serves /healthz: 200 while the database answers, 503 when it does not", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
    const down = await startApi({ database: stubRunner({ fail: () => new ServiceUnavailableError("Neo4j is down") }) });
    try {
      const unhealthy = await fetch(`${down.url}/healthz`);
      expect(unhealthy.status).toBe(503);
      expect(await unhealthy.json()).toEqual({ status: "unavailable", database: "down" });
    } finally {
      await down.close();
    }
  });

  it("serves the explorer from its folder, index.html at /, and never a file outside it", async () => {
    const index = await fetch(`${api.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("explorer");
    const script = await fetch(`${api.url}/assets/app.js`);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect((await fetch(`${api.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${api.url}/..%2f..%2foutside-web-root.txt`)).status).toBe(404);
  });

  it("answers a plain 404 page when the explorer is not built", async () => {
    const bare = await startApi({ database: stubRunner(), webRoot: path.join(webRoot, "not-built") });
    try {
      const response = await fetch(`${bare.url}/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(/not built/);
    } finally {
      await bare.close();
    }
  });
});

describe("request hygiene", () => {
  it("refuses a body over the size limit with 413", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(5000) } }),
    });
    expect(response.status).toBe(413);
  });

  it("CORS headers only for allowed origins", async () => {
    const allowed = await fetch(`${api.url}/graphql`, { method: "OPTIONS", headers: { origin: "http://explorer.example", "access-control-request-method": "POST" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://explorer.example");
    const other = await fetch(`${api.url}/graphql`, { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("CSRF prevention: a simple GET (no preflight) cannot run an operation", async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

describe("GraphQL over HTTP (graphql-http audit)", () => {
  it("passes every MUST", async () => {
    const audits = serverAudits({ url: `${api.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith("MUST") && result.status !== "ok") {
        failures.push(`${audit.name}: ${JSON.stringify(result).slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
