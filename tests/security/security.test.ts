/**
 * Security over HTTP against the real test Neo4j: Cypher/Lucene injection through every string
 * argument of the schema is data (only NOT_FOUND / BAD_USER_INPUT, graph unchanged), each limit
 * rejects with its own code, production hides GraphiQL, introspection and internals, and the
 * embedded Neo4j is reachable on loopback only. Complements tests/api/errors.test.ts and
 * tests/api/http-server.test.ts (not repeated here).
 */
import net from "node:net";
import { readFileSync } from "node:fs";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { describe, expect, inject, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import type { Database } from "../../src/db/database.js";
import { buildApiSchema } from "../../src/graphql/schema.js";
import { ApiKeys } from "../../src/server/api-keys.js";
import { codesOf, startApi, TEST_API_KEY, withKey, type Api } from "../api/helpers/api-harness.js";
import { graphFingerprint } from "../load/graph-fingerprint.js";
import { useFictionalApi } from "../support/fictional-api.js";

const INJECTIONS = [
  `' OR 1=1 //`,
  `") MATCH (n) DETACH DELETE n //`,
  `'}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  "` MATCH (n) SET n.pwned = true //",
  `x\\' UNION CALL db.labels() YIELD label RETURN label //`,
  `*:* OR text:*`,
  `$id`,
  `\u0000; CALL dbms.killQueries([]) //`,
];
/** Mutations that create data by design; their string arguments are checked separately. */
const CREATING = new Set(["ingestDocument", "createActor", "createTopic"]);
const ALLOWED = new Set(["NOT_FOUND", "BAD_USER_INPUT"]);

let db: Database;
let api: Api;

useFictionalApi(
  (started) => {
    ({ db, api } = started);
  },
  { env: { MUTATIONS_PER_MINUTE: "100000" } },
);

/** A valid value for a required input of this type (strings get `fill`). */
function valueFor(type: GraphQLInputType, fill: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [valueFor(inner.ofType, fill)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = valueFor(field.type, fill);
    return object;
  }
  if (isScalarType(inner)) {
    if (inner.name === "Int" || inner.name === "Float") return 1;
    if (inner.name === "Boolean") return false;
    if (inner.name === "String" || inner.name === "ID") return fill;
    if (/date/i.test(inner.name)) return "2021-03-12";
  }
  return fill;
}

interface Case {
  field: string;
  path: string;
  mutation: boolean;
  query: string;
  variables: Record<string, unknown>;
}

const isStringy = (type: GraphQLInputType): boolean => {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === "String" || named.name === "ID");
};

/** One case per string position (argument, list item or input field, one level deep) and injection. */
function casesFor(root: GraphQLObjectType | null | undefined, mutation: boolean): Case[] {
  const cases: Case[] = [];
  for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
    if (CREATING.has(field.name)) continue;
    const positions: { path: string; set: (vars: Record<string, unknown>, value: string) => void }[] = [];
    for (const arg of field.args as GraphQLArgument[]) {
      if (isStringy(arg.type)) {
        const list = isListType(getNullableType(arg.type));
        positions.push({ path: arg.name, set: (vars, value) => (vars[arg.name] = list ? [value] : value) });
      }
      const named = getNamedType(arg.type);
      if (isInputObjectType(named)) {
        for (const inner of Object.values(named.getFields())) {
          if (!isStringy(inner.type)) continue;
          const list = isListType(getNullableType(inner.type));
          positions.push({
            path: `${arg.name}.${inner.name}`,
            set: (vars, value) => {
              const base = (vars[arg.name] ?? valueFor(named, "x")) as Record<string, unknown>;
              vars[arg.name] = { ...base, [inner.name]: list ? [value] : value };
            },
          });
        }
      }
    }
    const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
    const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const returns = getNamedType(field.type);
    const selection = isScalarType(returns) || isEnumType(returns) ? "" : " { __typename }";
    const query = `${mutation ? "mutation" : "query"}${declarations ? `(${declarations})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`;
    for (const position of positions) {
      for (const injection of INJECTIONS) {
        const variables: Record<string, unknown> = {};
        for (const arg of field.args) if (isNonNullType(arg.type)) variables[arg.name] = arg.defaultValue !== undefined ? arg.defaultValue : valueFor(arg.type, "no-such-id");
        position.set(variables, injection);
        cases.push({ field: field.name, path: position.path, mutation, query, variables });
      }
    }
  }
  return cases;
}

describe("injection", () => {
  it("Cypher and Lucene injection through every string argument is data: only NOT_FOUND/BAD_USER_INPUT, graph unchanged", async () => {
    const schema = buildApiSchema();
    const cases = [...casesFor(schema.getQueryType(), false), ...casesFor(schema.getMutationType(), true)];
    const fields = new Set(cases.map((c) => c.field));
    expect(fields.size).toBeGreaterThan(10);
    const before = await graphFingerprint(db);
    const unexpected: string[] = [];
    // A few at a time: the machine is shared.
    for (let i = 0; i < cases.length; i += 8) {
      await Promise.all(
        cases.slice(i, i + 8).map(async (c) => {
          const result = await api.gql(c.query, c.variables, c.mutation ? withKey : {});
          const codes = codesOf(result).filter((code) => !ALLOWED.has(code ?? ""));
          // Messages may quote the input back; anything else Cypher-like would be a leak.
          const messages = (result.body.errors ?? []).map((error) => error.message.split(INJECTIONS.find((i) => error.message.includes(i)) ?? "\u0001").join("")).join("\n");
          const leaked = /MATCH |RETURN |\.cypher|Neo\.ClientError|Neo4jError/i.test(messages);
          if (codes.length > 0 || leaked || result.status >= 500) unexpected.push(`${c.field}(${c.path}=${JSON.stringify(c.variables)}): ${result.status} ${messages.slice(0, 300)} ${codes.join(",")}`);
        }),
      );
    }
    expect(unexpected).toEqual([]);
    expect(await graphFingerprint(db)).toEqual(before);
    console.log(`injection: ${cases.length} requests over ${fields.size} fields`);
  }, 120_000);
});

describe("injection into what mutations create", () => {
  it("an actor's name and a topic's label are stored as given: data, never Cypher", async () => {
    for (const [i, injection] of INJECTIONS.entries()) {
      const name = `${injection} fictief ${i}`;
      const actor = (await api.data(`mutation($n: String!) { createActor(name: $n, kind: GROUP) { id name } }`, { n: name }, withKey)).createActor;
      expect(actor.name).toBe(name.trim());
      expect(actor.id).toMatch(/^group:[a-z0-9-]+$/);
      const topic = (await api.data(`mutation($n: String!) { createTopic(label: $n) { id label } }`, { n: name }, withKey)).createTopic;
      expect(topic.label).toBe(name.trim());
      expect(topic.id).toMatch(/^topic:[a-z0-9-]+$/);
    }
    // The names hold the injections as text; no node got a property from them.
    const nodes = await db.read("load-check-nodes");
    expect(nodes.filter((row) => "pwned" in (row.properties as Record<string, unknown>))).toEqual([]);
  });
});

describe("limits and production hardening", () => {
  it("a body over the limit is refused with its own code, PAYLOAD_TOO_LARGE", async () => {
    const small = await startApi({ database: db, env: { BODY_LIMIT_BYTES: "2000" } });
    try {
      const response = await fetch(`${small.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(5000) } }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    } finally {
      await small.close();
    }
  });

  it("each limit rejects with a code of its own", async () => {
    const tight = await startApi({ database: db, env: { MAX_QUERY_DEPTH: "4", MAX_QUERY_COMPLEXITY: "100", MAX_PAGE_SIZE: "50", MUTATIONS_PER_MINUTE: "1" } });
    try {
      const deep = await tight.gql(`{ statements(first: 1) { edges { node { speakers { partOf { id } } } } } }`);
      const complex = await tight.gql(`{ statements(first: 50) { edges { node { id text } } } }`);
      const page = await tight.gql(`{ statements(first: 51) { totalCount } }`);
      const mutation = `mutation { correctStatement(id: "no-such-statement", stance: SUPPORT) { id } }`;
      await tight.gql(mutation, {}, withKey);
      const rate = await tight.gql(mutation, {}, withKey);
      const codes = [codesOf(deep)[0], codesOf(complex)[0], codesOf(page)[0], codesOf(rate)[0]];
      expect(codes).toEqual(["QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX", "PAGE_TOO_LARGE", "RATE_LIMITED"]);
    } finally {
      await tight.close();
    }
  });

  it("production turns introspection and GraphiQL off by default; the flags override both ways", async () => {
    const introspect = `{ __schema { queryType { name } } }`;
    const graphiql = async (url: string) => (await fetch(`${url}/graphql`, { headers: { accept: "text/html" } })).headers.get("content-type") ?? "";
    const production = await startApi({ database: db, env: { NODE_ENV: "production" } });
    try {
      const result = await production.gql(introspect);
      expect(result.body.data?.__schema).toBeUndefined();
      expect(codesOf(result)[0]).toBeDefined();
      expect(await graphiql(production.url)).not.toContain("text/html");
      // No stack trace or server path in a production error response.
      const bad = JSON.stringify((await production.gql(`{ statements(first: "x") { totalCount } }`)).body);
      expect(bad).not.toMatch(/stacktrace|node_modules|\/work\/|\.ts:\d/);
    } finally {
      await production.close();
    }
    const off = await startApi({ database: db, env: { INTROSPECTION: "false", GRAPHIQL: "false" } });
    try {
      expect((await off.gql(introspect)).body.data?.__schema).toBeUndefined();
      expect(await graphiql(off.url)).not.toContain("text/html");
    } finally {
      await off.close();
    }
    const on = await startApi({ database: db, env: { NODE_ENV: "production", INTROSPECTION: "true", GRAPHIQL: "true" } });
    try {
      expect((await on.gql(introspect)).body.data?.__schema).toEqual({ queryType: { name: "Query" } });
      expect(await graphiql(on.url)).toContain("text/html");
    } finally {
      await on.close();
    }
  });

  it("API keys: compared by sha256 digest in constant time, any length; a failed attempt is logged without the key", async () => {
    const keys = new ApiKeys([TEST_API_KEY]);
    for (const tried of ["x", "y".repeat(500), TEST_API_KEY.slice(0, -1), `${TEST_API_KEY}z`]) {
      expect(keys.check({ "x-api-key": tried }).authenticated).toBe(false);
    }
    expect(keys.check({ authorization: `Bearer ${TEST_API_KEY}` }).authenticated).toBe(true);
    const wrong = "wrong-key-fictional-9876543210-secret";
    await api.gql(`mutation { correctStatement(id: "no-such-statement", stance: SUPPORT) { id } }`, {}, { "x-api-key": wrong });
    const logged = api.logs.join("\n");
    expect(logged).toMatch(/rejected an unknown API key/);
    expect(logged).not.toContain(wrong);
    expect(logged).not.toContain(wrong.slice(0, 12));
  });

  it("the Neo4j password comes from the environment", () => {
    const config = parseConfig({ NEO4J_PASSWORD: "fictional-secret-pw" });
    expect(config.neo4j).toMatchObject({ mode: "embedded", password: "fictional-secret-pw" });
    expect(parseConfig({}).neo4j.mode === "embedded" && parseConfig({}).neo4j.password).toBeUndefined();
  });

  it("the embedded Neo4j listens for Bolt on 127.0.0.1 only", async () => {
    const target = inject("neo4j");
    if (target.embeddedHome === null) return; // an external Neo4j is not ours to check
    const port = Number(new URL(target.uri).port);
    expect(await connects("127.0.0.1", port)).toBe(true);
    // Read the kernel's table of listening sockets instead of probing other addresses: no traffic
    // leaves loopback. Every socket listening on the Bolt port must be bound to 127.0.0.1.
    const binds = listeningAddresses(port);
    expect(binds.length).toBeGreaterThan(0);
    for (const bind of binds) expect(["127.0.0.1", "::1"]).toContain(bind);
  });
});

/** Local addresses of TCP sockets in LISTEN state on `port`, from /proc/net/tcp and tcp6. */
function listeningAddresses(port: number): string[] {
  const LISTEN = "0A";
  const found: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let table = "";
    try {
      table = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of table.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, state] = [fields[1], fields[3]];
      if (!local || state !== LISTEN) continue;
      const [hexAddress, hexPort] = local.split(":");
      if (!hexAddress || parseInt(hexPort ?? "", 16) !== port) continue;
      found.push(addressFromProcHex(hexAddress));
    }
  }
  return found;
}

/** A Java socket on IPv6 reports 127.0.0.1 as ::ffff:127.0.0.1 (IPv4-mapped); ::1 is loopback too. */
function addressFromProcHex(hex: string): string {
  if (hex.length === 8) return ipv4FromProcHex(hex);
  if (hex.startsWith("0000000000000000FFFF0000")) return ipv4FromProcHex(hex.slice(24));
  if (hex === "00000000000000000000000001000000") return "::1";
  return `ipv6:${hex}`;
}

/** /proc/net/tcp writes IPv4 addresses as little-endian hex: 0100007F is 127.0.0.1. */
function ipv4FromProcHex(hex: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(".");
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}
