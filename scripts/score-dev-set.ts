/**
 * Scores the extraction on the development set beside the clone (../shared/eval/dev) and the seed:
 * extracts every text in this process, then runs the shared scorer on the JSON.
 *
 *   npm run score:dev [-- --verbose]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../src/config/project-root.js";
import { extractFile, readGazetteer } from "../src/ingest/index.js";

const evalDir = path.resolve(projectRoot, "..", "shared", "eval");
const devDir = path.join(evalDir, "dev");
if (!existsSync(path.join(devDir, "gold"))) {
  process.stderr.write(`score:dev: no development set at ${devDir}\n`);
  process.exit(2);
}
const verbose = process.argv.includes("--verbose");
const out = mkdtempSync(path.join(tmpdir(), "score-dev-"));
const gazetteer = readGazetteer();
const started = performance.now();
const texts = readdirSync(path.join(devDir, "texts")).filter((f) => f.endsWith(".txt"));
for (const file of texts) {
  const extraction = await extractFile(path.join(devDir, "texts", file), gazetteer);
  writeFileSync(path.join(out, file.replace(/\.txt$/, ".json")), JSON.stringify(extraction));
}
const elapsed = performance.now() - started;
const set = execFileSync("node", [path.join(evalDir, "score-set.mjs"), path.join(devDir, "gold"), path.join(devDir, "texts"), "--extractions", out, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
process.stdout.write(set);
const seed = path.join(projectRoot, "seeds", "documents", "lovp-2019-09-16-bestuurlijke-terugkoppeling.txt");
const seedJson = path.join(out, "seed.json");
writeFileSync(seedJson, JSON.stringify(await extractFile(seed, gazetteer)));
const seedLine = execFileSync("node", [path.join(evalDir, "score-extraction.mjs"), path.join(evalDir, "gold-lovp-2019-09-16.json"), seedJson, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
process.stdout.write(`seed: ${seedLine}`);
process.stdout.write(`extracted ${texts.length} documents in ${elapsed.toFixed(0)} ms; JSON in ${out}\n`);

// Precision per confidence band: the statements outside the band are made abstentions (no actor),
// so the shared scorer's micro precision is the band's precision on the annotated sentences.
const BANDS: [string, number, number][] = [["< 0.5", 0, 0.5], ["0.5-0.8", 0.5, 0.8], [">= 0.8", 0.8, 1.01]];
process.stdout.write("confidence bands (development set, annotated sentences):\n");
for (const [name, low, high] of BANDS) {
  const dir = path.join(out, `band-${low}`);
  mkdirSync(dir, { recursive: true });
  for (const file of texts) {
    const json = file.replace(/\.txt$/, ".json");
    const x = JSON.parse(readFileSync(path.join(out, json), "utf8")) as { statements: { confidence: number; actorIds: string[] }[] };
    for (const s of x.statements) if (s.confidence < low || s.confidence >= high) s.actorIds = [];
    writeFileSync(path.join(dir, json), JSON.stringify(x));
  }
  const line = execFileSync("node", [path.join(evalDir, "score-set.mjs"), path.join(devDir, "gold"), path.join(devDir, "texts"), "--extractions", dir], { encoding: "utf8" }).trim().split("\n").pop() ?? "";
  const predicted = readdirSync(dir).reduce((n, f) => n + (JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { statements: { actorIds: string[] }[] }).statements.filter((s) => s.actorIds.length > 0).length, 0);
  process.stdout.write(`  ${name.padEnd(8)} ${String(predicted).padStart(4)} claimed statements; ${/micro precision ([\d.]+)/.exec(line)?.[0] ?? line}\n`);
}
