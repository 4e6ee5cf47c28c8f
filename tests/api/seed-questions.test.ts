/**
 * The questions the product exists for, asked over HTTP against the real seed (the LOVP minutes
 * of 16 September 2019, extracted and loaded as `npm start` does), and every example operation
 * of schema/examples.graphql.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/config/project-root.js";
import { connectTestDatabase } from "../support/database.js";
import { startApi, type Api } from "./helpers/api-harness.js";
import { loadSeed } from "./helpers/load-data.js";

let db: Database;
let api: Api;

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadSeed(db);
  api = await startApi({ database: db });
}, 300_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

type Node = { text: string; stance: string; speakers: { id: string }[]; persons: { id: string; name: string }[]; topics: { id: string }[] };
const nodes = (connection: { edges: { node: Node }[] }) => connection.edges.map((edge) => edge.node);
const NODE = "text stance date speakers { id } persons { id name } topics { id }";

describe("questions on the seed", () => {
  it("what did the regioburgemeesters say about cybercrime", async () => {
    const data = await api.data(`{ statements(filter: { actors: ["group:regioburgemeesters"], topics: ["cybercrime"] }) { totalCount edges { node { ${NODE} } } } }`);
    const found = nodes(data.statements);
    expect(found.length).toBeGreaterThan(0);
    for (const statement of found) {
      expect(statement.speakers.map((s) => s.id)).toContain("group:regioburgemeesters");
    }
    expect(found.map((s) => s.text).join(" ")).toMatch(/goede ontwikkeling|publiek-private samenwerking/);
  });

  it("who supports publiek-private samenwerking", async () => {
    const data = await api.data(`{ statements(filter: { topics: ["publiek-private samenwerking"], stances: [SUPPORT] }) { edges { node { ${NODE} } } } }`);
    const found = nodes(data.statements);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s.stance === "SUPPORT")).toBe(true);
    expect(found.flatMap((s) => s.speakers.map((a) => a.id))).toContain("office:korpschef");
  });

  it("everything the korpschef said, resolved to the person who held the office on 16 September 2019", async () => {
    const data = await api.data(`{
      statements(filter: { offices: ["office:korpschef"] }, first: 100) { totalCount edges { node { ${NODE} date } } }
      actor(id: "office:korpschef") { ... on Office { holderOn(date: "2019-09-16") { id name } } }
    }`);
    const found = nodes(data.statements);
    expect(found.length).toBeGreaterThan(2);
    const holder = data.actor.holderOn;
    expect(holder.id).toBe("person:erik-akerboom");
    for (const statement of found) {
      expect((statement as Node & { date: string }).date).toBe("2019-09-16");
      expect(statement.persons.map((p) => p.id)).toContain(holder.id);
    }
    const byPerson = await api.data(`{ statements(filter: { persons: ["person:erik-akerboom"] }, first: 100) { totalCount } }`);
    expect(byPerson.statements.totalCount).toBeGreaterThanOrEqual(data.statements.totalCount);
  });

  it("statements about the stroomstootwapen: filtering on 'taser' finds them", async () => {
    const data = await api.data(`{
      taser: statements(filter: { topics: ["taser"] }) { totalCount edges { node { ${NODE} } } }
      label: statements(filter: { topics: ["stroomstootwapen"] }) { totalCount }
    }`);
    expect(data.taser.totalCount).toBeGreaterThan(0);
    expect(data.taser.totalCount).toBe(data.label.totalCount);
    expect(nodes(data.taser).map((s) => s.text).join(" ")).toMatch(/stroomstootwapen/i);
  });

  it("search finds what analysts mean on the seed: the plural 'stroomstootwapens' and 'cybercriminaliteit' find statements", async () => {
    const data = await api.data(`{
      plural: search(text: "stroomstootwapens", first: 50) { statements { match statement { id text } } }
      singular: search(text: "stroomstootwapen", first: 50) { statements { match statement { id } } }
      cyber: search(text: "cybercriminaliteit", first: 50) { statements { match viaTopic { id } statement { id } } }
      aboutCyber: statements(filter: { topics: ["cybercrime"] }, first: 50) { totalCount edges { node { id } } }
    }`);
    const ids = (hits: { statement: { id: string } }[]) => hits.map((hit) => hit.statement.id).sort();
    const literal = (hits: { match: string; statement: { id: string } }[]) => ids(hits.filter((hit) => hit.match === "TEXT"));
    expect(literal(data.plural.statements).length).toBeGreaterThan(0);
    expect(literal(data.plural.statements)).toEqual(literal(data.singular.statements));
    expect(data.plural.statements.filter((hit: { match: string }) => hit.match === "TOPIC").length).toBeGreaterThan(0);
    // Every statement about cybercrime is found, through the topic if not through the text.
    expect(ids(data.cyber.statements)).toEqual(expect.arrayContaining(data.aboutCyber.edges.map((e: { node: { id: string } }) => e.node.id)));
  });

  it("actors linked to ondermijning", async () => {
    const data = await api.data(`{ actorTopicNetwork(filter: { topics: ["ondermijning"] }) { nodes { id type } edges { source target weight } } }`);
    const actors = data.actorTopicNetwork.nodes.filter((n: { type: string }) => n.type === "actor").map((n: { id: string }) => n.id);
    expect(actors.length).toBeGreaterThan(1);
    expect(actors).toEqual(expect.arrayContaining(["office:burgemeester-amsterdam"]));
    for (const edge of data.actorTopicNetwork.edges) expect(edge.weight).toBeGreaterThan(0);
  });
});

describe("schema/examples.graphql", () => {
  const source = readFileSync(path.join(projectRoot, "schema", "examples.graphql"), "utf8");
  const names = parse(source).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

  it("has named operations", () => {
    expect(names.length).toBeGreaterThan(5);
  });

  it.each(names)("%s runs against the seed without errors and finds something", async (operationName) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: source, operationName }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors ?? []).toEqual([]);
    expect(Object.values(body.data ?? {}).some((value) => value !== null)).toBe(true);
  });
});
