/** Latency statistics, the autocannon runner and the in-process raw-driver loop. */
import autocannon from "autocannon";

export interface LatencyFigures {
  requests: number;
  errors: number;
  durationS: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The raw outcome of one measurement: latencies of completed requests (ms), failures, wall time. */
export interface Sample {
  latencies: number[];
  errors: number;
  durationMs: number;
}

/** Figures over several samples of the same variant, as if they were one measurement. */
export function figuresOf(samples: readonly Sample[]): LatencyFigures {
  return figures(
    samples.flatMap((sample) => sample.latencies),
    samples.reduce((sum, sample) => sum + sample.errors, 0),
    samples.reduce((sum, sample) => sum + sample.durationMs, 0),
  );
}

export function figures(latencies: number[], errors: number, durationMs: number): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : Number.NaN);
  return {
    requests: sorted.length,
    errors,
    durationS: durationMs / 1000,
    throughput: (sorted.length * 1000) / durationMs,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * POSTs the body to the URL at the given concurrency for `seconds`; latencies per response (ms).
 * autocannon drops requests still in flight when the duration ends; when fewer than 2 per
 * connection completed (slow queries at high concurrency), it runs again for a fixed number of
 * requests (1 per connection: the generated API's positions at c=64 answer 2 requests/s, so 2 per
 * connection took a minute of the benchmark's 15) instead, so every figure comes from completed requests.
 */
export async function runAutocannon(url: string, body: string, connections: number, seconds: number): Promise<LatencyFigures> {
  return figuresOf([await autocannonSample(url, body, connections, seconds)]);
}

export async function autocannonSample(url: string, body: string, connections: number, seconds: number): Promise<Sample> {
  const timed = await autocannonOnce(url, body, connections, { duration: seconds });
  if (timed.latencies.length >= 2 * connections) return timed;
  return autocannonOnce(url, body, connections, { amount: connections });
}

async function autocannonOnce(url: string, body: string, connections: number, until: { duration: number } | { amount: number }): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    { url, method: "POST", headers: { "content-type": "application/json" }, body, connections, ...until, timeout: 120 },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode !== 200) errors++;
    latencies.push(responseTime);
  });
  const result = await done;
  errors += result.errors + result.timeouts;
  return { latencies, errors, durationMs: performance.now() - started };
}

/** `concurrency` workers call `once` back to back for `seconds`. */
export async function runLoop(once: () => Promise<unknown>, concurrency: number, seconds: number): Promise<LatencyFigures> {
  return figuresOf([await loopSample(once, concurrency, seconds)]);
}

export async function loopSample(once: () => Promise<unknown>, concurrency: number, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        await once();
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors, durationMs: performance.now() - started };
}
