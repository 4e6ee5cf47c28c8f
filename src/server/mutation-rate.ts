/** Mutations per API key per minute (config.api.mutationsPerMinute), a fixed one-minute window. */
import { RateLimitedError } from "../errors/app-error.js";

export class MutationRate {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(principal: string): void {
    const now = this.now();
    const window = this.windows.get(principal);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(principal, { start: now, count: 1 });
      return;
    }
    if (window.count >= this.perMinute) {
      throw new RateLimitedError(`More than ${this.perMinute} mutations in a minute; wait and try again`);
    }
    window.count += 1;
  }
}
