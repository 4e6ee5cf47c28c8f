/**
 * What an HTTP GraphQL API costs before it does any work of its own: CPU per request of a bare
 * node:http server, of graphql-js behind it, and of Apollo Server, each answering a list of
 * ITEMS small objects from memory, loaded by the same keep-alive HTTP loop as `npm run bench`.
 * The figures are the floor under our API's ratios to the raw driver (docs/benchmarks.md): the raw
 * driver's loop pays none of this.
 *
 *   npx tsx bench/http-floor.ts [--items 10] [--concurrency 16] [--seconds 8]
 */
import { startChildServers } from "./lib/child-servers.js";
import { figures, httpLoopSample } from "./lib/measure.js";
import { ownCpuSeconds, processTreesCpuSeconds } from "./lib/process-cpu.js";

const argument = (flag: string, fallback: number): number => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const items = argument("--items", 10);
const concurrency = argument("--concurrency", 16);
const seconds = argument("--seconds", 8);

const { child, urls } = await startChildServers<Record<string, string>>("bench/lib/floor-servers.ts", { args: [String(items)], env: { ...process.env, NODE_ENV: "production" } });
const body = JSON.stringify({ query: "query Q($first: Int!) { items(first: $first) { id text score } }", variables: { first: items } });

console.log(`${items} items a response, concurrency ${concurrency}, ${seconds} s each (after ${seconds / 2} s unmeasured)`);
console.log("| server | requests/s | p95 ms | server CPU ms/request | client CPU ms/request |");
console.log("|---|---|---|---|---|");
for (const [name, url] of Object.entries(urls)) {
  await httpLoopSample(url, body, concurrency, seconds / 2);
  const [serverBefore] = processTreesCpuSeconds([child.pid]);
  const clientBefore = ownCpuSeconds();
  const sample = await httpLoopSample(url, body, concurrency, seconds);
  const [serverAfter] = processTreesCpuSeconds([child.pid]);
  const clientCpu = ownCpuSeconds() - clientBefore;
  const result = figures(sample.latencies, sample.errors, sample.durationMs);
  const perRequest = (cpuSeconds: number) => ((cpuSeconds * 1000) / Math.max(1, result.requests)).toFixed(2);
  const serverCpu = serverAfter != null && serverBefore != null ? perRequest(serverAfter - serverBefore) : "n/a";
  console.log(`| ${name} | ${result.throughput.toFixed(0)} | ${result.p95.toFixed(1)} | ${serverCpu} | ${perRequest(clientCpu)} |`);
}
child.kill("SIGTERM");
