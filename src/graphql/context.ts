/**
 * The per-request context: repositories (the only way to the graph), DataLoaders made fresh for
 * each request, who is calling, and the limits resolvers enforce.
 */
import type { Repositories } from "../repositories/repositories.js";
import type { Loaders } from "./loaders/loaders.js";

/**
 * Ingests one document's text (extraction + loading). Injected so the GraphQL layer does not
 * depend on src/load; the server builds the real one at start-up (see src/server/server.ts).
 */
export interface DocumentIngester {
  /** A decoded text (`text`), or a file's bytes (`bytes`: PDF, DOCX, ODT, HTML or text, recognised by content). */
  ingest(input: ({ text: string } | { bytes: Uint8Array }) & { source: string; title: string | null }): Promise<{ documentId: string; loaded: boolean }>;
}

export interface Caller {
  /** True when the request carried a configured API key. */
  authenticated: boolean;
  /** A short fingerprint of the key (never the key itself), for Correction.by and logs. */
  principal: string | null;
  /** True when the request carried a key that is not configured (a typo, a revoked key). */
  keyRejected?: boolean;
}

export interface GraphQLContext {
  repositories: Repositories;
  loaders: Loaders;
  caller: Caller;
  /** True when API keys are configured at all; with none, mutations are disabled. */
  mutationsEnabled: boolean;
  maxPageSize: number;
  ingester: DocumentIngester | null;
  /** Throws RATE_LIMITED when the caller has used up this minute's mutations. */
  takeMutationToken(principal: string): void;
  log(line: string): void;
}
