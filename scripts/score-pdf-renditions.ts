/**
 * `npm run score:pdf -- [SET ...]`: extraction of the same FICTIONAL documents
 * read as plain text, as text copied out of a PDF viewer (`pdf-renditions/copied-text.ts`) and as
 * PDF (`pdf-renditions/render.ts`), scored with the shared scorer
 * (../shared/eval beside the clone): what reading a PDF costs. Sets are the letters of
 * tests/fixtures/extraction-sets (default: all) and `dev` for ../shared/eval/dev.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../src/config/project-root.js";
import { extractBuffer, readGazetteer } from "../src/ingest/index.js";
import { FORMS, rendition } from "./pdf-renditions/rendition.js";

const EVAL = path.resolve(projectRoot, "..", "shared", "eval");
const SETS = path.join(projectRoot, "tests", "fixtures", "extraction-sets");
if (!existsSync(path.join(EVAL, "score-set.mjs"))) throw new Error(`no scorer at ${EVAL}: this script needs ../shared/eval beside the clone`);

const letters = process.argv.slice(2);
const sets = (letters.length > 0 ? letters : readdirSync(SETS).filter((d) => d.startsWith("fictional-heldout-")).map((d) => d.slice(-1))).map((name) =>
  name === "dev" ? { name, gold: path.join(EVAL, "dev", "gold"), texts: path.join(EVAL, "dev", "texts") } : { name, gold: path.join(SETS, `fictional-heldout-${name}`, "gold"), texts: path.join(SETS, `fictional-heldout-${name}`, "texts") },
);

const gazetteer = readGazetteer();
const out = mkdtempSync(path.join(tmpdir(), "pdf-renditions-"));
const summary = (line: string): string => `${/correct [\d/]+/.exec(line)?.[0] ?? "?"}, ${/mean f1 [\d.]+/.exec(line)?.[0] ?? "?"}`;

for (const set of sets) {
  const scores: string[] = [];
  for (const format of FORMS) {
    const dir = path.join(out, set.name, format);
    mkdirSync(dir, { recursive: true });
    for (const file of readdirSync(set.texts).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(path.join(set.texts, file), "utf8");
      const { bytes, name } = await rendition(text, file, format);
      const extraction = await extractBuffer(bytes, name, gazetteer);
      writeFileSync(path.join(dir, file.replace(/\.txt$/, ".json")), JSON.stringify(extraction));
    }
    const line = execFileSync("node", [path.join(EVAL, "score-set.mjs"), set.gold, set.texts, "--extractions", dir], { encoding: "utf8" }).trim().split("\n").pop() ?? "";
    scores.push(`${format} ${summary(line)}`);
  }
  process.stdout.write(`${set.name}: ${scores.join("; ")}\n`);
}
process.stdout.write(`extractions in ${out}\n`);
