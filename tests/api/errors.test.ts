/**
 * Error codes, masking and authentication over HTTP. The database is a stub here: these are the
 * API's own decisions, made before or around any query.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ServiceUnavailableError } from "../../src/errors/app-error.js";
import type { QueryOptions } from "../../src/db/database.js";
import { codesOf, startApi, TEST_API_KEY, withKey, type Api } from "./helpers/api-harness.js";
import { stubRunner } from "./helpers/stub-runner.js";

let api: Api | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const STATEMENTS = `query($filter: StatementFilter, $first: Int) { statements(filter: $filter, first: $first) { totalCount } }`;

describe("error codes", () => {
  it("BAD_USER_INPUT for an empty date range, an unknown enum value, a malformed date and a foreign cursor", async () => {
    api = await startApi({ database: stubRunner() });
    const range = await api.gql(STATEMENTS, { filter: { from: "2020-01-01", to: "2019-01-01" } });
    expect(codesOf(range)).toEqual(["BAD_USER_INPUT"]);
    expect(range.body.errors?.[0]?.message).toMatch(/date range/);
    const stance = await api.gql(STATEMENTS, { filter: { stances: ["MAYBE"] } });
    expect(stance.status).toBe(400);
    expect(codesOf(stance)).toEqual(["BAD_USER_INPUT"]);
    const date = await api.gql(STATEMENTS, { filter: { from: "16 september 2019" } });
    expect(codesOf(date)).toEqual(["BAD_USER_INPUT"]);
    const cursor = await api.gql(`{ statements(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(codesOf(cursor)).toEqual(["BAD_USER_INPUT"]);
  });

  it("PAGE_TOO_LARGE above the configured maximum page size", async () => {
    api = await startApi({ database: stubRunner(), env: { MAX_PAGE_SIZE: "50" } });
    expect(codesOf(await api.gql(STATEMENTS, { first: 51 }))).toEqual(["PAGE_TOO_LARGE"]);
    expect(codesOf(await api.gql(`{ actors(first: 500) { id } }`))).toEqual(["PAGE_TOO_LARGE"]);
    expect(codesOf(await api.gql(STATEMENTS, { first: 50 }))).toEqual([]);
  });

  it("QUERY_TOO_DEEP past the depth limit, fragments included", async () => {
    api = await startApi({ database: stubRunner(), env: { MAX_QUERY_DEPTH: "4" } });
    const deep = await api.gql(`{ statements { edges { node { speakers { partOf { id } } } } } }`);
    expect(deep.status).toBe(400);
    expect(codesOf(deep)).toEqual(["QUERY_TOO_DEEP"]);
    const viaFragment = await api.gql(`{ statements { ...E } } fragment E on StatementConnection { edges { node { topics { broader { id } } } } }`);
    expect(codesOf(viaFragment)).toEqual(["QUERY_TOO_DEEP"]);
    expect(codesOf(await api.gql(`{ statements { edges { node { id } } } }`))).toEqual([]);
  });

  it("QUERY_TOO_COMPLEX past the complexity budget (page size multiplies)", async () => {
    api = await startApi({ database: stubRunner(), env: { MAX_QUERY_COMPLEXITY: "500" } });
    const heavy = await api.gql(`{ statements(first: 200) { edges { node { id text speakers { id name } topics { id } } } } }`);
    expect(codesOf(heavy)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(codesOf(await api.gql(`{ statements(first: 10) { edges { node { id text } } } }`))).toEqual([]);
  });

  it("NOT_FOUND for a correction of an unknown statement", async () => {
    api = await startApi({ database: stubRunner() });
    const result = await api.gql(`mutation { correctStatement(id: "no-such-statement", stance: SUPPORT) { id } }`, {}, withKey);
    expect(codesOf(result)).toEqual(["NOT_FOUND"]);
  });

  it("SERVICE_UNAVAILABLE when Neo4j is down; in production without the database address", async () => {
    const down = () => new ServiceUnavailableError("Cannot reach Neo4j at bolt://db.internal.example:7687: connection refused");
    api = await startApi({ database: stubRunner({ fail: down }) });
    const result = await api.gql(`{ topics { id } }`);
    expect(codesOf(result)).toEqual(["SERVICE_UNAVAILABLE"]);
    await api.close();
    api = await startApi({ database: stubRunner({ fail: down }), env: { NODE_ENV: "production" } });
    const masked = await api.gql(`{ topics { id } }`);
    expect(codesOf(masked)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(JSON.stringify(masked.body)).not.toContain("db.internal.example");
  });

  it("masks unexpected errors in production: no message, stack trace, Cypher or path", async () => {
    const secret = "MATCH (n) DETACH DELETE n at /srv/secret/path.ts:12";
    api = await startApi({ database: stubRunner({ fail: () => new Error(secret) }), env: { NODE_ENV: "production" } });
    const result = await api.gql(`{ topics { id } }`);
    expect(result.body.errors?.[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const text = JSON.stringify(result.body);
    expect(text).not.toContain("MATCH");
    expect(text).not.toContain("/srv/secret");
    expect(text).not.toContain("stacktrace");
    // The operator still sees it in the log.
    expect(api.logs.join("\n")).toContain("/srv/secret/path.ts");
  });

  it("passes the configured transaction timeout to every query", async () => {
    const seen: QueryOptions[] = [];
    api = await startApi({ database: stubRunner({ seen }), env: { QUERY_TIMEOUT_MS: "1234" } });
    await api.data(`{ topics { id } statements { totalCount } search(text: "cybercrime") { topics { score } } }`);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((options) => options.timeoutMs === 1234)).toBe(true);
  });
});

describe("API keys", () => {
  const MUTATION = `mutation { mergeTopics(keepId: "topic:a", mergeId: "topic:b") { id } }`;

  it("mutations need a configured key, as a Bearer token or x-api-key; a wrong key is logged without the key", async () => {
    api = await startApi({ database: stubRunner() });
    expect(codesOf(await api.gql(MUTATION))).toEqual(["UNAUTHENTICATED"]);
    const wrongKey = "wrong-key-fictional-abcdefgh";
    expect(codesOf(await api.gql(MUTATION, {}, { "x-api-key": wrongKey }))).toEqual(["UNAUTHENTICATED"]);
    expect(api.logs.some((line) => line.includes("rejected an unknown API key"))).toBe(true);
    expect(api.logs.join("\n")).not.toContain(wrongKey);
    // With a valid key the mutation runs (and fails further on: the stub has no topics).
    expect(codesOf(await api.gql(MUTATION, {}, withKey))).toEqual(["NOT_FOUND"]);
    expect(codesOf(await api.gql(MUTATION, {}, { "x-api-key": TEST_API_KEY }))).toEqual(["NOT_FOUND"]);
    expect(api.logs.join("\n")).not.toContain(TEST_API_KEY);
  });

  it("with no keys configured, mutations are disabled", async () => {
    api = await startApi({ database: stubRunner(), env: { API_KEYS: "" } });
    const result = await api.gql(MUTATION, {}, withKey);
    expect(codesOf(result)).toEqual(["UNAUTHENTICATED"]);
    expect(result.body.errors?.[0]?.message).toMatch(/disabled/);
  });

  it("reads are open unless PROTECT_READS; then every request needs a key", async () => {
    api = await startApi({ database: stubRunner() });
    expect(codesOf(await api.gql(`{ topics { id } }`))).toEqual([]);
    await api.close();
    api = await startApi({ database: stubRunner(), env: { PROTECT_READS: "true" } });
    const refused = await api.gql(`{ topics { id } }`);
    expect(refused.status).toBe(401);
    expect(codesOf(refused)).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await api.gql(`{ topics { id } }`, {}, withKey))).toEqual([]);
  });

  it("RATE_LIMITED past the mutations per minute of one key", async () => {
    api = await startApi({ database: stubRunner(), env: { MUTATIONS_PER_MINUTE: "2" } });
    expect(codesOf(await api.gql(MUTATION, {}, withKey))).toEqual(["NOT_FOUND"]);
    expect(codesOf(await api.gql(MUTATION, {}, withKey))).toEqual(["NOT_FOUND"]);
    expect(codesOf(await api.gql(MUTATION, {}, withKey))).toEqual(["RATE_LIMITED"]);
  });
});
