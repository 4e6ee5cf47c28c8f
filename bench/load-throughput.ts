/**
 * Measures loading: the seed cold and warm, and statements per second on a synthetic corpus of
 * fictional documents generated at run time (nothing large is committed).
 *
 *   npx tsx bench/load-throughput.ts [--documents 200] [--sections 4] [--sentences 6]
 *
 * (--sections agenda items per document, --sentences per agenda item: one statement each.)
 *
 * It WIPES the database it runs against: by default a fresh embedded Neo4j in a temporary folder;
 * with NEO4J_URI set it refuses unless --wipe is given.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseConfig } from "../src/config/config.js";
import { projectRoot } from "../src/config/project-root.js";
import { openDatabase } from "../src/db/open-database.js";
import { extractBuffer, readGazetteer } from "../src/ingest/index.js";
import type { Extraction } from "../src/ingest/extraction.js";
import { documentSourceOf } from "../src/load/document-source.js";
import { ingestPaths } from "../src/load/ingest-paths.js";
import { loadCuratedData } from "../src/load/load-curated-data.js";
import { loadExtraction } from "../src/load/load-extraction.js";
import { writeFictionalCorpus } from "../tests/fixtures/extractions/fictional-corpus.js";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const documents = option("--documents", 200);
  const shape = { sections: option("--sections", 4), sentencesPerSection: option("--sentences", 6) };
  const external = process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== "";
  if (external && !process.argv.includes("--wipe")) {
    throw new Error("NEO4J_URI is set: this benchmark wipes the database; pass --wipe to confirm");
  }
  const temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-bench-"));
  const env = external ? process.env : { ...process.env, NEO4J_DATA_DIR: path.join(temp, "neo4j") };
  const startedAt = Date.now();
  const opened = await openDatabase(parseConfig(env));
  const db = opened.database;
  console.log(`database: ${opened.description} (ready in ${Date.now() - startedAt} ms)`);
  try {
    await db.write("wipe-graph");
    const seeds = path.join(projectRoot, "seeds", "documents");

    const cold = await ingestPaths(db, [seeds]);
    console.log(`seed cold: ${cold.totals.documents} document(s), ${cold.totals.statements} statements in ${cold.durationMs} ms (curated data included)`);
    const warm = await ingestPaths(db, [seeds]);
    console.log(`seed warm: ${warm.totals.unchanged} unchanged in ${warm.durationMs} ms`);

    const gazetteer = readGazetteer();
    await loadCuratedData(db, gazetteer);
    // A fresh JVM compiles and plans for a while; warm up so the figures below are steady state.
    const warmUpDocuments = Math.max(10, Math.round(documents / 5));
    const warmUp = await writeFictionalCorpus(path.join(temp, "warm-up"), { documents: warmUpDocuments, ...shape, seed: 303 });
    const warmUpReport = await ingestPaths(db, [path.dirname(warmUp[0]!)], { gazetteer });
    console.log(`warm-up: ${warmUpReport.totals.loaded} documents, ${warmUpReport.totals.statements} statements in ${warmUpReport.durationMs} ms`);
    const corpusA = await writeFictionalCorpus(path.join(temp, "a"), { documents, ...shape, seed: 101 });
    const extractStart = performance.now();
    const extractions: Extraction[] = [];
    for (const file of corpusA) extractions.push(await extractBuffer(new Uint8Array(await readFile(file)), documentSourceOf(file), gazetteer));
    const extractMs = performance.now() - extractStart;
    const statementsA = extractions.reduce((sum, extraction) => sum + extraction.statements.length, 0);
    console.log(`extraction: ${documents} documents, ${statementsA} statements in ${extractMs.toFixed(0)} ms (${rate(statementsA, extractMs)} statements/s)`);

    const loadStart = performance.now();
    for (const extraction of extractions) await loadExtraction(db, extraction);
    const loadMs = performance.now() - loadStart;
    console.log(`loading only: ${statementsA} statements in ${loadMs.toFixed(0)} ms (${rate(statementsA, loadMs)} statements/s, ${rate(documents, loadMs)} documents/s)`);

    const corpusB = await writeFictionalCorpus(path.join(temp, "b"), { documents, ...shape, seed: 202 });
    const endToEnd = await ingestPaths(db, [path.dirname(corpusB[0]!)], { gazetteer });
    console.log(
      `ingest end to end: ${endToEnd.totals.loaded} documents, ${endToEnd.totals.statements} statements in ${endToEnd.durationMs} ms (${rate(endToEnd.totals.statements, endToEnd.durationMs)} statements/s)`,
    );
    const rerun = await ingestPaths(db, [path.dirname(corpusB[0]!)], { gazetteer });
    console.log(`ingest again (unchanged): ${rerun.totals.unchanged} documents in ${rerun.durationMs} ms (${rate(rerun.totals.unchanged, rerun.durationMs)} documents/s)`);
  } finally {
    await opened.close();
    await rm(temp, { recursive: true, force: true });
  }
}

function rate(count: number, ms: number): string {
  return ms > 0 ? ((count * 1000) / ms).toFixed(0) : "n/a";
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
