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

  it("accepts neo4j:// for clusters", () => {
    const config = parseConfig({ NEO4J_URI: "neo4j://cluster.example:7687", NEO4J_USER: "neo4j", NEO4J_PASSWORD: "secret-password" });
    expect(config.neo4j).toMatchObject({ mode: "external", uri: "neo4j://cluster.example:7687" });
  });
});
