/**
 * Everything the GraphQL layer may ask of the graph, built once over the database gateway.
 * The GraphQL layer receives this through its request context and never sees the gateway.
 */
import { AnalysisRepository } from "./analysis.repository.js";
import { CurationRepository } from "./curation.repository.js";
import { HealthRepository } from "./health.repository.js";
import { NodeRepository } from "./node.repository.js";
import { PopoloRepository } from "./popolo.repository.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import { SearchRepository } from "./search.repository.js";
import { StatementRepository } from "./statement.repository.js";

export interface Repositories {
  nodes: NodeRepository;
  statements: StatementRepository;
  analysis: AnalysisRepository;
  search: SearchRepository;
  curation: CurationRepository;
  health: HealthRepository;
  popolo: PopoloRepository;
}

export function createRepositories(db: QueryRunner, options: RepositoryOptions): Repositories {
  return {
    nodes: new NodeRepository(db, options),
    statements: new StatementRepository(db, options),
    analysis: new AnalysisRepository(db, options),
    search: new SearchRepository(db, options),
    curation: new CurationRepository(db, options),
    health: new HealthRepository(db, options),
    popolo: new PopoloRepository(db, options),
  };
}

export type { QueryRunner, RepositoryOptions } from "./query-runner.js";
