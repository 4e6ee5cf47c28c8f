/**
 * The API process killed (SIGKILL) under a stream of mutations and started again loses no
 * acknowledged mutation: every correction the client got an answer for is in the graph.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import type { Database } from "../../src/db/database.js";
import { TEST_API_KEY } from "../api/helpers/api-harness.js";
import { loadFictionalMeetings } from "../api/helpers/load-data.js";
import { connectTestDatabase } from "../support/database.js";

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadFictionalMeetings(db);
});
afterAll(async () => db?.close());

function startApiProcess() {
  const target = inject("neo4j");
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.uri, NEO4J_DATABASE: target.database, API_KEYS: TEST_API_KEY, MUTATIONS_PER_MINUTE: "100000" };
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  if (target.user && target.password) Object.assign(env, { NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "tests/reliability/support/serve-api.ts")], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^LISTENING (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`API process exited (${code})`)));
  });
  return { child, url, exited };
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TEST_API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const CORRECT = `mutation($id: ID!, $stance: Stance!, $by: String!) { correctStatement(id: $id, stance: $stance, by: $by) { id stance } }`;

describe("API process killed under mutations", () => {
  it("loses no acknowledged mutation", async () => {
    const first = startApiProcess();
    const url = await first.url;
    const listed = await gql(url, `{ statements(first: 200) { edges { node { id stance } } } }`);
    const statements = (listed.data.statements.edges as { node: { id: string; stance: string } }[]).map((edge) => edge.node);
    expect(statements.length).toBeGreaterThanOrEqual(8);

    const acknowledged: { id: string; by: string; stance: string }[] = [];
    let next = 0;
    let killed = false;
    const killAfter = Math.floor(statements.length / 2);
    const worker = async (): Promise<void> => {
      while (!killed && next < statements.length) {
        const statement = statements[next++]!;
        const stance = statement.stance === "OPPOSE" ? "SUPPORT" : "OPPOSE";
        const by = `fictional-analyst-${next}`;
        try {
          const result = await gql(url, CORRECT, { id: statement.id, stance, by });
          if (result.data?.correctStatement && !result.errors) acknowledged.push({ id: statement.id, by, stance });
        } catch {
          // The connection died with the process: not acknowledged.
        }
        if (!killed && acknowledged.length >= killAfter) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await first.exited;
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);

    const second = startApiProcess();
    try {
      const again = await second.url;
      for (const ack of acknowledged) {
        const result = await gql(again, `query($id: ID!) { statement(id: $id) { stance corrections { by field newValue } } }`, { id: ack.id });
        expect(result.data.statement.stance, ack.id).toBe(ack.stance);
        // The server records "<by> (<key fingerprint>)".
        const by = (result.data.statement.corrections as { by: string }[]).map((c) => c.by.split(" (")[0]);
        expect(by, ack.id).toContain(ack.by);
      }
      console.log(`API killed after ${acknowledged.length} acknowledged mutations (of ${statements.length} sent at most); all found after restart`);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 120_000);
});
