import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import { ConfigurationError } from "../../src/errors/app-error.js";

describe("parseConfig", () => {
  it("reports every problem together, naming each variable", () => {
    let error: unknown;
    try {
      parseConfig({ NEO4J_URI: "http://localhost:7474", NEO4J_USER: "neo4j", PORT: "eighty", MAX_PAGE_SIZE: "0", GRAPHIQL: "maybe" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    for (const variable of ["NEO4J_URI", "NEO4J_PASSWORD", "PORT", "MAX_PAGE_SIZE", "GRAPHIQL"]) {
      expect(problems.some((problem) => problem.includes(variable)), `${variable} in ${JSON.stringify(problems)}`).toBe(true);
    }
    expect((error as Error).message.split("\n")).toHaveLength(problems.length + 1);
  });

  it("chooses the embedded Neo4j when NEO4J_URI is not set", () => {
    const config = parseConfig({});
    expect(config.neo4j.mode).toBe("embedded");
  });

  it("MAX_CONCURRENT_QUERIES: 16 by default, a whole number from 1 to 1000", () => {
    expect(parseConfig({}).neo4j.maxConcurrentQueries).toBe(16);
    expect(parseConfig({ MAX_CONCURRENT_QUERIES: "32" }).neo4j.maxConcurrentQueries).toBe(32);
    for (const bad of ["0", "-1", "2.5", "many"]) {
      expect(() => parseConfig({ MAX_CONCURRENT_QUERIES: bad }), bad).toThrow(/MAX_CONCURRENT_QUERIES/);
    }
  });

  it("accepts neo4j:// for clusters", () => {
    const config = parseConfig({ NEO4J_URI: "neo4j://cluster.example:7687", NEO4J_USER: "neo4j", NEO4J_PASSWORD: "secret-password" });
    expect(config.neo4j).toMatchObject({ mode: "external", uri: "neo4j://cluster.example:7687" });
  });
});
