import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";

describe("the test run's Neo4j", () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("is Neo4j Kernel 5.26.x community", async () => {
    const rows = await db.read("dbms-components");
    expect(rows).toEqual([{ name: "Neo4j Kernel", versions: [expect.stringMatching(/^5\.26\.\d+$/)], edition: "community" }]);
  });

  it("is empty after wipe-graph", async () => {
    await wipeDatabase(db);
    expect(await db.read("count-graph")).toEqual([{ nodes: 0, relationships: 0 }]);
  });
});
