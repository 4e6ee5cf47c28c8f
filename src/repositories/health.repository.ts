/** Whether the database answers, for /healthz. */
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";

export class HealthRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  /** True when Neo4j answered a trivial query within a few seconds. */
  async databaseUp(): Promise<boolean> {
    try {
      await this.db.read("dbms-components", {}, { timeoutMs: Math.min(this.options.timeoutMs, 5_000) });
      return true;
    } catch {
      return false;
    }
  }
}
