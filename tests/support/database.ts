import neo4j, { type Config, type Driver } from "neo4j-driver";
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

/** A bare driver on the run's Neo4j, for what Database does not run (EXPLAIN, ad-hoc checks); the caller closes it. */
export function connectTestDriver(config: Config = {}): Driver {
  const target = inject("neo4j");
  return neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? "") : undefined, config);
}

/** Empties the graph; constraints and indexes stay. */
export async function wipeDatabase(db: Database): Promise<void> {
  await db.write("wipe-graph");
}
