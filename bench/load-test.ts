/**
 * HTTP load test (not part of the test run): a fictional corpus in a fresh embedded Neo4j, the API
 * in a CHILD process on loopback, then a fixed time at a fixed concurrency against the main
 * queries. Reports requests, errors, latency percentiles and the server's RSS at start and end.
 *
 *   npx tsx bench/load-test.ts [--meetings 1000] [--seconds 60] [--concurrency 64] [--max-requests 1000000]
 *                              [--skip actorTopicNetwork,timeline]
 *
 * Bounded in time (--seconds) and in count (--max-requests). It WIPES the database it runs
 * against: by default a fresh embedded Neo4j in a temporary folder; with NEO4J_URI set it refuses
 * unless --wipe is given. All documents are generated and fictional.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseConfig } from "../src/config/config.js";
import { openDatabase } from "../src/db/open-database.js";
import { Database } from "../src/db/database.js";
import { readGazetteer } from "../src/ingest/index.js";
import { ingestPaths } from "../src/load/ingest-paths.js";
import { startServer } from "../src/server/server.js";
import { writeFictionalCorpus } from "../tests/fixtures/extractions/fictional-corpus.js";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Child mode: serve the API over the database in NEO4J_URI and print the URL. */
async function serve(): Promise<void> {
  const config = parseConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" });
  if (config.neo4j.mode !== "external") throw new Error("--serve needs NEO4J_URI");
  const db = await Database.connect(config.neo4j, { maxConnectionPoolSize: 64, maxConcurrentTransactions: config.neo4j.maxConcurrentQueries });
  // Server log lines (e.g. the cause of a SERVICE_UNAVAILABLE) go to stderr, which the load test shows.
  const server = await startServer({ config, database: db, ingester: null, log: (line) => console.error(`[server] ${line}`) });
  console.log(`LISTENING ${server.url}`);
}

interface Sample {
  name: string;
  ms: number;
  ok: boolean;
}

function rssKiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) : NaN;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  if (process.argv.includes("--serve")) return serve();
  const meetings = option("--meetings", 1000);
  const seconds = option("--seconds", 60);
  const concurrency = option("--concurrency", 64);
  const maxRequests = option("--max-requests", 1_000_000);
  const external = process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== "";
  if (external && !process.argv.includes("--wipe")) throw new Error("NEO4J_URI is set: this load test wipes the database; pass --wipe to confirm");

  const temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-load-"));
  const env = external ? process.env : { ...process.env, NEO4J_DATA_DIR: path.join(temp, "neo4j") };
  const opened = await openDatabase(parseConfig(env));
  const db = opened.database;
  let child: ReturnType<typeof spawn> | undefined;
  try {
    await db.write("wipe-graph", {}, { timeoutMs: 600_000 });
    const corpus = await writeFictionalCorpus(path.join(temp, "corpus"), { documents: meetings, sections: 4, sentencesPerSection: 5, seed: 7 });
    const loadStart = Date.now();
    const report = await ingestPaths(db, [path.dirname(corpus[0]!)], { gazetteer: readGazetteer() });
    console.log(`corpus: ${report.totals.loaded} fictional meetings, ${report.totals.statements} statements loaded in ${((Date.now() - loadStart) / 1000).toFixed(0)} s (${report.totals.failed} failed)`);
    const [someStatement] = await db.read("load-check-document-counts");
    const documentId = String(someStatement?.id ?? "");

    const uri = external ? process.env.NEO4J_URI! : /bolt:\/\/\S+/.exec(opened.description)?.[0];
    if (!uri) throw new Error(`cannot tell the Bolt URI from "${opened.description}"`);
    child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], {
      env: { ...process.env, NEO4J_URI: uri, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).on("line", (line) => {
        const match = /^LISTENING (\S+)/.exec(line);
        if (match) resolve(match[1]!);
      });
      child!.once("exit", (code) => reject(new Error(`server exited (${code})`)));
    });

    const queries: { name: string; query: string; variables?: Record<string, unknown> }[] = [
      { name: "statements", query: `query($s: Stance!) { statements(first: 20, filter: { stances: [$s] }) { totalCount edges { node { id text stance speakers { id name } topics { id label } } } } }`, variables: { s: "SUPPORT" } },
      { name: "search", query: `query($t: String!) { search(text: $t, first: 10) { actors { actor { id name } } } }`, variables: { t: "korpschef" } },
      { name: "actors", query: `{ actors(first: 50) { id name } }` },
      { name: "topics", query: `{ topics { id label } }` },
      { name: "documents", query: `{ documents(first: 20) { id } }` },
      { name: "document", query: `query($id: ID!) { document(id: $id) { id } }`, variables: { id: documentId } },
      { name: "timeline", query: `{ timeline { __typename } }` },
      { name: "actorTopicNetwork", query: `{ actorTopicNetwork { nodes { id } edges { weight } } }` },
    ];
    const skipIndex = process.argv.indexOf("--skip");
    const skip = new Set(skipIndex >= 0 ? (process.argv[skipIndex + 1] ?? "").split(",") : []);
    for (let i = queries.length - 1; i >= 0; i--) if (skip.has(queries[i]!.name)) queries.splice(i, 1);
    // Check each query once, so a broken one is reported rather than counted as load.
    for (const q of queries) {
      const response = await post(url, q.query, q.variables);
      if (!response.ok) console.log(`warning: ${q.name} answers ${response.status} ${response.text.slice(0, 200)}`);
    }

    const rssStart = rssKiB(child.pid!);
    // RSS every 10 s of the load: a leak grows steadily; a heap settling into its working size levels off.
    const rssSeries: number[] = [rssStart];
    const sampler = setInterval(() => rssSeries.push(rssKiB(child!.pid!)), 10_000);
    const samples: Sample[] = [];
    const errors = new Map<string, number>();
    const deadline = Date.now() + seconds * 1000;
    let sent = 0;
    const worker = async (index: number): Promise<void> => {
      let turn = index;
      while (Date.now() < deadline && sent < maxRequests) {
        sent++;
        const q = queries[turn++ % queries.length]!;
        const started = performance.now();
        const response = await post(url, q.query, q.variables).catch((error: unknown) => ({ ok: false, status: 0, text: String(error) }));
        samples.push({ name: q.name, ms: performance.now() - started, ok: response.ok });
        if (!response.ok) {
          const key = `${q.name}: ${response.status} ${response.text.slice(0, 120)}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
    const elapsed = (Date.now() - started) / 1000;
    clearInterval(sampler);
    const rssEnd = rssKiB(child.pid!);

    const all = samples.map((s) => s.ms).sort((a, b) => a - b);
    const failed = samples.filter((s) => !s.ok).length;
    console.log(`load: ${samples.length} requests in ${elapsed.toFixed(1)} s at concurrency ${concurrency} (${(samples.length / elapsed).toFixed(0)} req/s), ${failed} errors`);
    console.log(`latency ms: p50 ${percentile(all, 50).toFixed(1)}  p95 ${percentile(all, 95).toFixed(1)}  p99 ${percentile(all, 99).toFixed(1)}  max ${all[all.length - 1]?.toFixed(1)}`);
    for (const q of queries) {
      const mine = samples.filter((s) => s.name === q.name).map((s) => s.ms).sort((a, b) => a - b);
      console.log(`  ${q.name.padEnd(18)} n=${String(mine.length).padStart(6)}  p50 ${percentile(mine, 50).toFixed(1).padStart(7)}  p99 ${percentile(mine, 99).toFixed(1).padStart(7)}`);
    }
    console.log(`server RSS: start ${(rssStart / 1024).toFixed(0)} MiB, end ${(rssEnd / 1024).toFixed(0)} MiB`);
    console.log(`server RSS every 10 s (MiB): ${[...rssSeries, rssEnd].map((kib) => (kib / 1024).toFixed(0)).join(" ")}`);
    for (const [key, count] of errors) console.log(`error x${count}: ${key}`);
  } finally {
    child?.kill("SIGTERM");
    await opened.close();
    await rm(temp, { recursive: true, force: true });
  }
}

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<{ ok: boolean; status: number; text: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { ok: response.ok && !text.includes('"errors"'), status: response.status, text };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
