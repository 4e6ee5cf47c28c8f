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

  /**
   * Runs `task` when a slot is free. With a `signal` that aborts while the task still waits (its
   * client went away), the task never runs and the returned promise rejects with `onAbort()`.
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal, onAbort: () => Error = () => new Error("aborted")): Promise<T> {
    if (signal?.aborted) throw onAbort();
    if (this.running < this.limit) this.running++;
    // A finishing task hands its slot straight to the next waiter, so `running` never exceeds the limit.
    else await this.waitForTurn(signal, onAbort);
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private waitForTurn(signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener("abort", leave);
        resolve();
      };
      const leave = () => {
        const at = this.waiting.indexOf(turn);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(onAbort());
      };
      this.waiting.push(turn);
      signal?.addEventListener("abort", leave, { once: true });
    });
  }
}
