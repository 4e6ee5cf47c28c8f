/**
 * A client that closes its connection while its query waits for a transaction slot: the query is
 * never run, and the slot goes to the next client. Real Neo4j, one transaction slot.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Database } from "../../src/db/database.js";
import type { QueryRunner } from "../../src/repositories/query-runner.js";
import { startApi, TEST_API_KEY, type Api } from "./helpers/api-harness.js";

let db: Database;
let api: Api;
let executions = 0;
let gate: Promise<void> = Promise.resolve();
let openGate = () => undefined as void;

/** Counts the transactions that got a slot; the first one waits at the gate while holding it. */
function gatedRunner(database: Database): QueryRunner {
  return {
    read: (name, params = {}, options) =>
      database.readTransaction(async (tx) => {
        executions++;
        if (executions === 1) await gate;
        return tx.run(name, params);
      }, options),
    write: (name, params, options) => database.write(name, params, options),
    readTransaction: (work, options) =>
      database.readTransaction(async (tx) => {
        executions++;
        if (executions === 1) await gate;
        return work(tx);
      }, options),
    writeTransaction: (work, options) => database.writeTransaction(work, options),
  };
}

beforeAll(async () => {
  const target = inject("neo4j");
  db = await Database.connect(
    { uri: target.uri, user: target.user ?? undefined, password: target.password ?? undefined, database: target.database },
    { maxConcurrentTransactions: 1 },
  );
  api = await startApi({ database: gatedRunner(db) });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const QUERY = `{ actor(id: "office:korpschef") { id } }`;
const post = (signal?: AbortSignal) =>
  fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": TEST_API_KEY },
    body: JSON.stringify({ query: QUERY }),
    ...(signal ? { signal } : {}),
  });
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("a client that goes away while its query waits", () => {
  it("its query never runs, and the clients after it are served", async () => {
    gate = new Promise<void>((resolve) => (openGate = resolve));
    const first = post();
    await until(() => executions === 1);
    expect(executions).toBe(1);

    const leaving = [new AbortController(), new AbortController(), new AbortController()];
    const abandoned = leaving.map((controller) => post(controller.signal).catch((error: unknown) => error));
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const controller of leaving) controller.abort();
    for (const outcome of await Promise.all(abandoned)) expect((outcome as Error).name).toBe("AbortError");
    // The server notices the closed connections before the slot frees up.
    await new Promise((resolve) => setTimeout(resolve, 200));

    openGate();
    expect((await first).status).toBe(200);
    const next = await post();
    expect(next.status).toBe(200);
    expect(((await next.json()) as { errors?: unknown }).errors).toBeUndefined();
    // The first request and the one after it ran; the three abandoned ones never got a slot.
    expect(executions).toBe(2);
  });
});
