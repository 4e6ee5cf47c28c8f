/**
 * A first-come-first-served counting semaphore: at most `limit` tasks run at once, the rest wait
 * in order. The database gateway runs every transaction through one, so a burst of API requests
 * queues in Node instead of starting dozens of transactions that share a few Neo4j cores: each
 * transaction's timeout then measures its own work, not the crowd around it.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a concurrency limit must be a whole number of 1 or more, not ${limit}`);
  }

  /** Tasks running now and waiting for a turn (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    // A finishing task hands its slot straight to the next waiter, so `running` never exceeds the limit.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
