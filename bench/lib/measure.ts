/** Latency statistics, the HTTP load loop and the in-process raw-driver loop. */
import http from "node:http";

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
 * POSTs the body to the URL from `concurrency` workers, back to back, for `seconds`, over
 * keep-alive connections (one per worker). Like the raw driver's loop, each worker finishes the
 * request it has in flight when the time is up: a load generator that drops its last requests
 * (autocannon did) leaves the server working on answers nobody reads, which then weighs on the
 * next measurement, whichever variant it is.
 */
export async function httpLoopSample(url: string, body: string, concurrency: number, seconds: number): Promise<Sample> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const payload = Buffer.from(body);
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": payload.length },
        },
        (response) => {
          response.on("end", () => (response.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${response.statusCode}`))));
          response.on("error", reject);
          response.resume();
        },
      );
      request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error("timeout")));
      request.on("error", reject);
      request.end(payload);
    });
  try {
    return await loopSample(once, concurrency, seconds);
  } finally {
    agent.destroy();
  }
}

const REQUEST_TIMEOUT_MS = 120_000;

/** `concurrency` workers call `once` back to back for `seconds`. */
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
