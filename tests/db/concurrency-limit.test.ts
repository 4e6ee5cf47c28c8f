import { describe, expect, it } from "vitest";
import { ConcurrencyLimit } from "../../src/db/concurrency-limit.js";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("ConcurrencyLimit", () => {
  it("runs at most `limit` tasks at once and starts the others in arrival order", async () => {
    const limit = new ConcurrencyLimit(3);
    const started: number[] = [];
    const release: (() => void)[] = [];
    let peak = 0;
    const tasks = Array.from({ length: 10 }, (_, i) =>
      limit.run(async () => {
        started.push(i);
        peak = Math.max(peak, limit.load.running);
        await new Promise<void>((resolve) => release.push(resolve));
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(limit.load).toEqual({ running: 3, waiting: 7 });
    while (release.length > 0) {
      release.shift()!();
      await tick();
      await tick();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
    expect(limit.load).toEqual({ running: 0, waiting: 0 });
  });

  it("a failing task gives its slot back and its error to its caller", async () => {
    const limit = new ConcurrencyLimit(1);
    const failing = limit.run(async () => {
      throw new Error("refused");
    });
    const next = limit.run(async () => "ran");
    await expect(failing).rejects.toThrow("refused");
    await expect(next).resolves.toBe("ran");
    expect(limit.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a limit below 1", () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
    expect(() => new ConcurrencyLimit(1.5)).toThrow(RangeError);
  });
});

describe("ConcurrencyLimit with an abort signal (a client that went away)", () => {
  it("a waiting task whose signal aborts never runs, rejects with the given error and leaves the queue", async () => {
    const limit = new ConcurrencyLimit(1);
    let release = () => undefined as void;
    const holding = limit.run(() => new Promise<string>((resolve) => (release = () => resolve("first"))));
    const gone = new AbortController();
    let ranAborted = false;
    const waiting = limit.run(
      async () => {
        ranAborted = true;
      },
      gone.signal,
      () => new Error("client gone"),
    );
    const after = limit.run(async () => "after");
    await tick();
    expect(limit.load).toEqual({ running: 1, waiting: 2 });
    gone.abort();
    await expect(waiting).rejects.toThrow("client gone");
    expect(limit.load).toEqual({ running: 1, waiting: 1 });
    release();
    await expect(holding).resolves.toBe("first");
    await expect(after).resolves.toBe("after");
    expect(ranAborted).toBe(false);
    expect(limit.load).toEqual({ running: 0, waiting: 0 });
  });

  it("an already aborted signal is refused at once; a running task is not interrupted by its signal", async () => {
    const limit = new ConcurrencyLimit(1);
    const aborted = new AbortController();
    aborted.abort();
    await expect(limit.run(async () => "never", aborted.signal)).rejects.toThrow();
    const running = new AbortController();
    const task = limit.run(async () => {
      running.abort();
      await tick();
      return "finished";
    }, running.signal);
    await expect(task).resolves.toBe("finished");
    expect(limit.load).toEqual({ running: 0, waiting: 0 });
  });
});
