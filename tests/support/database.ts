import { inject } from "vitest";
import { Database } from "../../src/db/database.js";

let schemaApplied = false;

/** A connection to the run's Neo4j (see tests/setup/global-neo4j.ts); the caller closes it. */
export async function connectTestDatabase(): Promise<Database> {
  const target = inject("neo4j");
  const database = await Database.connect(
    {
      uri: target.uri,
      user: target.user ?? undefined,
      password: target.password ?? undefined,
      database: target.database,
    },
    { maxConnectionPoolSize: 10 },
  );
  if (!schemaApplied) {
    try {
      await database.applySchema();
    } catch (error) {
      await database.close();
      throw error;
    }
    schemaApplied = true;
  }
  return database;
}

/** Empties the graph; constraints and indexes stay. */
export async function wipeDatabase(db: Database): Promise<void> {
  await db.write("wipe-graph");
}
