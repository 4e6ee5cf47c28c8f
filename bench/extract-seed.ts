/**
 * Prints how long extracting the seed takes (a benchmark, not a test): warm-up, then the mean of
 * 20 runs. `npx tsx bench/extract-seed.ts [file]`
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config/project-root.js";
import { extractText, readGazetteer } from "../src/ingest/index.js";

const file = process.argv[2] ?? path.join(projectRoot, "seeds/documents/lovp-2019-09-16-bestuurlijke-terugkoppeling.txt");
const raw = readFileSync(file, "utf8");
let started = performance.now();
const gazetteer = readGazetteer();
const gazetteerMs = performance.now() - started;
started = performance.now();
const first = extractText(raw, file, gazetteer);
const firstMs = performance.now() - started;
const runs = 20;
started = performance.now();
for (let i = 0; i < runs; i++) extractText(raw, file, gazetteer);
const meanMs = (performance.now() - started) / runs;
console.log(`${path.basename(file)}: ${raw.length} characters, ${first.statements.length} statements`);
console.log(`gazetteer read ${gazetteerMs.toFixed(0)} ms; first extraction ${firstMs.toFixed(0)} ms; warm mean of ${runs}: ${meanMs.toFixed(1)} ms`);
