/**
 * API keys: read from `Authorization: Bearer <key>` or `x-api-key`, compared in constant time
 * against every configured key (sha256 first, so lengths never leak through timing either).
 * Callers are named by a fingerprint of their key; the key itself is never logged or stored.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { Caller } from "../graphql/context.js";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export function presentedKey(headers: IncomingHttpHeaders): string | null {
  const authorization = headers.authorization;
  if (typeof authorization === "string") {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (match?.[1]) return match[1].trim();
  }
  const header = headers["x-api-key"];
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim() ? value.trim() : null;
}

export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map(digest);
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  /** `presented: false` when no key was sent; `authenticated` only for a configured key. */
  check(headers: IncomingHttpHeaders): Caller & { presented: boolean } {
    const key = presentedKey(headers);
    if (key === null) return { authenticated: false, principal: null, presented: false };
    const candidate = digest(key);
    let match = false;
    // No early exit: every key is compared, whichever matches.
    for (const known of this.digests) match = timingSafeEqual(known, candidate) || match;
    return match
      ? { authenticated: true, principal: `key:${candidate.toString("hex").slice(0, 12)}`, presented: true }
      : { authenticated: false, principal: null, presented: true };
  }
}
