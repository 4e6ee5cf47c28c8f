/**
 * Measures the continuation policies (R8) on the seed against the reference annotation:
 *   npx tsx tests/ingest/measure-continuation.ts
 * Needs ../shared/eval beside the project (as in CI). Not a test: a measurement script.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../../src/config/project-root.js";
import { extractFromText, type ContinuationPolicy } from "../../src/ingest/extract-text.js";
import { readGazetteer } from "../../src/ingest/index.js";

const evalDir = path.resolve(projectRoot, "..", "shared", "eval");
const seed = path.join(projectRoot, "seeds", "documents", "lovp-2019-09-16-bestuurlijke-terugkoppeling.txt");
if (!existsSync(evalDir)) {
  console.error(`no reference annotation at ${evalDir}`);
  process.exit(2);
}
const gazetteer = readGazetteer();
const raw = readFileSync(seed, "utf8");
const out = mkdtempSync(path.join(tmpdir(), "continuation-"));
const policies: [string, ContinuationPolicy | null][] = [
  ["no continuation", null],
  ["paragraph, all clauses", { scope: "paragraph", onlyPositions: false }],
  ["section, all clauses", { scope: "section", onlyPositions: false }],
  ["paragraph, positions only", { scope: "paragraph", onlyPositions: true }],
  ["section, positions only (default)", { scope: "section", onlyPositions: true }],
];
try {
  for (const [name, policy] of policies) {
    const extraction = extractFromText(raw, seed, gazetteer, policy ? { continuation: policy } : { continuation: { scope: "paragraph", onlyPositions: true }, noContinuation: true });
    const file = path.join(out, `${name.replace(/\W+/g, "-")}.json`);
    writeFileSync(file, JSON.stringify(extraction));
    const score = execFileSync("node", [path.join(evalDir, "score-extraction.mjs"), path.join(evalDir, "gold-lovp-2019-09-16.json"), file]).toString().trim();
    console.log(`${name.padEnd(36)} ${score.replace(/^extraction: /, "")}`);
  }
} finally {
  // The JSON is only the scorer's input; the scores are printed above.
  rmSync(out, { recursive: true, force: true });
}
