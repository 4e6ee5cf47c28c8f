/** Wraps the database gateway and counts round trips: every named query sent to Neo4j is one. */
import type { QueryRunner } from "../../../src/repositories/repositories.js";

export interface CountingRunner extends QueryRunner {
  readonly queries: string[];
  reset(): void;
}

export function countingRunner(inner: QueryRunner): CountingRunner {
  const queries: string[] = [];
  const runner: CountingRunner = {
    queries,
    reset: () => void queries.splice(0),
    read: (name, params, options) => {
      queries.push(name);
      return inner.read(name, params, options);
    },
    write: (name, params, options) => {
      queries.push(name);
      return inner.write(name, params, options);
    },
    readTransaction: (work, options) =>
      inner.readTransaction((tx) => work({ run: (name, params) => (queries.push(name), tx.run(name, params)) }), options),
    writeTransaction: (work, options) =>
      inner.writeTransaction((tx) => work({ run: (name, params) => (queries.push(name), tx.run(name, params)) }), options),
  };
  return runner;
}
