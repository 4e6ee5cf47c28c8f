import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";
import { Database } from "../../src/db/database.js";
import { openDatabase } from "../../src/db/open-database.js";
import { ServiceUnavailableError } from "../../src/errors/app-error.js";

const target = inject("neo4j");

describe("openDatabase", () => {
  // The 10 s limit is the requirement: a wrong NEO4J_URI must fail fast, not hang.
  it("fails fast with one line naming the URI when nothing listens there", { timeout: 10_000 }, async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await openDatabase(parseConfig({ NEO4J_URI: uri })).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain(uri);
    expect(message).not.toContain("\n");
  });

  it("connects to an external Neo4j named by NEO4J_URI and applies the schema", async () => {
    const env: Record<string, string> = { NEO4J_URI: target.uri, NEO4J_DATABASE: target.database };
    if (target.user && target.password) Object.assign(env, { NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
    const opened = await openDatabase(parseConfig(env));
    try {
      expect(opened.description).toContain(target.uri);
      const [components] = await opened.database.read("dbms-components");
      expect(components).toMatchObject({ edition: "community" });
    } finally {
      await opened.close();
    }
  });

  it("reads and writes through a routing driver (neo4j://), as with a cluster", async () => {
    const uri = target.uri.replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:");
    const env: Record<string, string> = { NEO4J_URI: uri, NEO4J_DATABASE: target.database };
    if (target.user && target.password) Object.assign(env, { NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
    const opened = await openDatabase(parseConfig(env));
    try {
      await opened.database.write("wipe-graph");
      expect(await opened.database.read("count-graph")).toEqual([{ nodes: 0, relationships: 0 }]);
    } finally {
      await opened.close();
    }
  });

  it("starts an embedded Neo4j with a password and stops it on close", { timeout: 300_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "stance-graph-open-embedded-"));
    try {
      const opened = await openDatabase(parseConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_PASSWORD: "test-password-1" }));
      try {
        expect(opened.description).toMatch(/^embedded Neo4j in .* at bolt:\/\/127\.0\.0\.1:\d+$/);
        expect(opened.database.target.user).toBe("neo4j");
        expect(await opened.database.read("count-graph")).toEqual([{ nodes: 0, relationships: 0 }]);
        const wrong = { ...opened.database.target, password: "not-the-password" };
        await expect(Database.connect(wrong)).rejects.toThrow(/refused the credentials .*NEO4J_USER and NEO4J_PASSWORD/);
      } finally {
        await opened.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(target.embeddedHome === null)("startEmbeddedNeo4j", () => {
  it("refuses a store that another process has open, saying so in one line", { timeout: 300_000 }, async () => {
    const error = await startEmbeddedNeo4j({ dataDir: target.embeddedHome as string, port: 0, startTimeoutMs: 120_000 }).then(
      async (server) => {
        await server.stop();
        return undefined;
      },
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toBe(`the embedded Neo4j store ${target.embeddedHome} is in use by another process (is \`npm start\` running?)`);
  });
});

/** A port that was free a moment ago and has nothing listening on it now. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
