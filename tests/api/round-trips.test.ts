/**
 * Database round trips per request do not grow with the number of results: DataLoaders batch
 * every nested field of a page into one query per kind of link.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { connectTestDatabase } from "../support/database.js";
import { startApi, type Api } from "./helpers/api-harness.js";
import { countingRunner, type CountingRunner } from "./helpers/counting-runner.js";
import { loadFictionalMeetings } from "./helpers/load-data.js";

let db: Database;
let counter: CountingRunner;
let api: Api;

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadFictionalMeetings(db);
  counter = countingRunner(db);
  api = await startApi({ database: counter });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const PAGE = `query($first: Int) { statements(first: $first) { totalCount edges { node {
  id text stance speakers { id name partOf { id } } persons { id ... on Person { offices { from } } }
  topics { id broader { id } narrower { id } } meeting { id agendaItems { heading } } document { id title }
  agendaItem { heading } corrections { at } context paragraph
} } } }`;

async function roundTrips(query: string, variables: Record<string, unknown>): Promise<{ trips: number; size: number }> {
  counter.reset();
  const data = await api.data(query, variables);
  return { trips: counter.queries.length, size: data.statements?.edges?.length ?? 0 };
}

describe("round trips per request", () => {
  it("are the same for a page of 1 and a page of 9 statements with all their links", async () => {
    const one = await roundTrips(PAGE, { first: 1 });
    const nine = await roundTrips(PAGE, { first: 9 });
    expect(one.size).toBe(1);
    expect(nine.size).toBe(9);
    expect(nine.trips).toBe(one.trips);
    // statements, statement links, actor links, topic links, container links, tenures via actor links.
    expect(nine.trips).toBeLessThanOrEqual(6);
  });

  it("positions of many actors cost one query for the counts, one for the statement ids behind them and one for the statements", async () => {
    counter.reset();
    await api.data(`{ actors { id positions { topic { id } total statements { id text } } } }`);
    expect(counter.queries.sort()).toEqual(["read-actor-positions", "read-actor-position-statements", "read-actors", "read-statements-by-id"].sort());
  });

  it("a topic's positions by actor: the same three round trips, whatever the number of positions", async () => {
    counter.reset();
    await api.data(`{ topics { id positions { actor { id } total statements { id } } } }`);
    expect(counter.queries.sort()).toEqual(["read-topic-positions", "read-topic-position-statements", "read-topics", "read-statements-by-id"].sort());
  });

  it("positions without their statements do not load the statements", async () => {
    counter.reset();
    await api.data(`{ actors { id positions { topic { id } total stances { stance count } } } }`);
    expect(counter.queries.sort()).toEqual(["read-actor-positions", "read-actors"].sort());
  });
});
