/**
 * The main job end to end: `kg start` (what `npm start` runs after building the explorer) as a
 * child process against the test database ingests seeds/documents, serves GraphQL over HTTP, and
 * stops cleanly on SIGINT.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import type { Database } from "../../src/db/database.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";

let db: Database;
let child: ChildProcess | undefined;
let url: string;
let output = "";

beforeAll(async () => {
  db = await connectTestDatabase();
  await wipeDatabase(db);
  const target = inject("neo4j");
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.uri, NEO4J_DATABASE: target.database, PORT: "0", HOST: "127.0.0.1" };
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  if (target.user && target.password) Object.assign(env, { NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  child = spawn(process.execPath, ["--import", "tsx", "src/cli/kg.ts", "start"], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API: (http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child?.stdout?.on("data", onData);
    child?.stderr?.on("data", onData);
    child?.once("exit", (code) => reject(new Error(`kg start exited with ${code} before serving:\n${output}`)));
  });
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await db?.close();
});

describe("kg start", () => {
  it("ingests the seed documents before it serves", () => {
    expect(output).toMatch(/seeds: 1 document\(s\): loaded 1/);
  });

  it("answers { __typename } over HTTP with 200 and data", async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("serves statements of the seed", async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ statements(filter: { offices: ["office:korpschef"] }) { totalCount } }' }),
    });
    const body = (await response.json()) as { data: { statements: { totalCount: number } } };
    expect(body.data.statements.totalCount).toBeGreaterThan(5);
  });

  it("stops cleanly on SIGINT", async () => {
    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    child?.kill("SIGINT");
    expect(await exited).toBe(0);
  }, 60_000);
});
