import type { Repositories } from "../repositories/repositories.js";
import type { Caller, DocumentIngester, GraphQLContext } from "./context.js";
import { createLoaders } from "./loaders/loaders.js";

export interface ContextDependencies {
  /** The repositories of one request; `signal` aborts when its client has gone. */
  repositoriesFor(signal: AbortSignal): Repositories;
  ingester: DocumentIngester | null;
  mutationsEnabled: boolean;
  maxPageSize: number;
  takeMutationToken(principal: string): void;
  log(line: string): void;
}

/**
 * A fresh context per request: new DataLoaders, so nothing is cached across requests, over
 * repositories that know the request's signal. The signal is passed, not kept in an
 * AsyncLocalStorage: on Node 20 one active store makes every promise of the process pay for async
 * hooks (measured: 15 % fewer search requests per second).
 */
export function createRequestContext(dependencies: ContextDependencies, caller: Caller, signal: AbortSignal): GraphQLContext {
  const { repositoriesFor, ...rest } = dependencies;
  const repositories = repositoriesFor(signal);
  return { ...rest, repositories, caller, loaders: createLoaders(repositories) };
}
