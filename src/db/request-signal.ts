/**
 * The abort signal of the client request a query serves, carried through the async calls of that
 * request (resolvers, DataLoader batches, repositories) without threading it through each of them:
 * the HTTP layer runs every GraphQL request inside `withRequestSignal`, and the database gateway
 * drops a transaction still waiting for its turn once the client has gone.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<AbortSignal>();

export function withRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return storage.run(signal, work);
}

export function currentRequestSignal(): AbortSignal | undefined {
  return storage.getStore();
}
