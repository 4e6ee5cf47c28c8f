import type { Repositories } from "../repositories/repositories.js";
import type { Caller, DocumentIngester, GraphQLContext } from "./context.js";
import { createLoaders } from "./loaders/loaders.js";

export interface ContextDependencies {
  repositories: Repositories;
  ingester: DocumentIngester | null;
  mutationsEnabled: boolean;
  maxPageSize: number;
  takeMutationToken(principal: string): void;
  log(line: string): void;
}

/** A fresh context per request: new DataLoaders, so nothing is cached across requests. */
export function createRequestContext(dependencies: ContextDependencies, caller: Caller): GraphQLContext {
  return { ...dependencies, caller, loaders: createLoaders(dependencies.repositories) };
}
