/**
 * Extraction scored against reference annotations with the shared scorer (../shared/eval beside the
 * clone): the development set, the four FICTIONAL evaluation sets of tests/fixtures/extraction-sets
 * and the confidence bands. The floors sit just under the figures reached (docs/extraction.md), so a
 * later change cannot silently undo them. Extraction runs in this process; the scorer is the shared one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { extractFile, type Extraction } from "../../src/ingest/index.js";
import { gazetteer } from "./support/fixtures.js";

const EVAL_DIR = path.resolve(projectRoot, "..", "shared", "eval");
const HAS_SCORER = existsSync(path.join(EVAL_DIR, "score-set.mjs"));
const DEV = path.join(EVAL_DIR, "dev");
const SETS = path.join(projectRoot, "tests", "fixtures", "extraction-sets");

interface SetScore {
  meanF1: number;
  microPrecision: number;
  microRecall: number;
  line: string;
}

async function extractSet(textDir: string, transform: (x: Extraction) => Extraction = (x) => x): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "evaluation-set-"));
  for (const file of readdirSync(textDir).filter((f) => f.endsWith(".txt"))) {
    const extraction = transform(await extractFile(path.join(textDir, file), gazetteer()));
    writeFileSync(path.join(out, file.replace(/\.txt$/, ".json")), JSON.stringify(extraction));
  }
  return out;
}

function score(goldDir: string, textDir: string, extractions: string): SetScore {
  const output = execFileSync("node", [path.join(EVAL_DIR, "score-set.mjs"), goldDir, textDir, "--extractions", extractions], { encoding: "utf8" });
  const line = output.trim().split("\n").pop() ?? "";
  const number = (re: RegExp): number => Number(re.exec(line)?.[1] ?? Number.NaN);
  return { meanF1: number(/mean f1 ([\d.]+)/), microPrecision: number(/micro precision ([\d.]+)/), microRecall: number(/recall ([\d.]+)/), line };
}

// The scorer lives beside the clone (CI has it); a clone elsewhere cannot score.
describe.skipIf(!HAS_SCORER)("extraction against reference annotations (../shared/eval scorer)", () => {
  it.skipIf(!existsSync(path.join(DEV, "gold")))("development set: mean f1 >= 0.80 and micro precision >= 0.82", async () => {
    const result = score(path.join(DEV, "gold"), path.join(DEV, "texts"), await extractSet(path.join(DEV, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.8);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.82);
  });

  it("fictional evaluation set A: mean f1 >= 0.76", async () => {
    const set = path.join(SETS, "fictional-heldout-a");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.76);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.76);
  });

  it("fictional evaluation set B: mean f1 >= 0.72", async () => {
    const set = path.join(SETS, "fictional-heldout-b");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.72);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.76);
  });

  // Written by two more annotators after the rules of sets A and B; C was first measured at 0.55,
  // then used for one round of rules; D (0.63 first) is the held-out one of the two.
  it("fictional evaluation set C: mean f1 >= 0.61", async () => {
    const set = path.join(SETS, "fictional-heldout-c");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.61);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.65);
  });

  it("fictional evaluation set D: mean f1 >= 0.63", async () => {
    const set = path.join(SETS, "fictional-heldout-d");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.63);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.64);
  });

  // Written by two more annotators on 5 December 2026, after the rules of C and D. E (first 0.56)
  // was used for the round of rules of that day; F (first 0.52) was looked at only for what that
  // round broke in it.
  it("fictional evaluation set E: mean f1 >= 0.64", async () => {
    const set = path.join(SETS, "fictional-heldout-e");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.64);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.65);
  });

  it("fictional evaluation set F: mean f1 >= 0.54", async () => {
    const set = path.join(SETS, "fictional-heldout-f");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.54);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.59);
  });

  // Two more annotators later that day: G (first 0.54) was used for a second round of rules, F for
  // a last one; H (first 0.50, 0.55 after) is held out: its errors were not looked at.
  it("fictional evaluation set G: mean f1 >= 0.55", async () => {
    const set = path.join(SETS, "fictional-heldout-g");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.55);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.57);
  });

  it("fictional evaluation set H: mean f1 >= 0.53", async () => {
    const set = path.join(SETS, "fictional-heldout-h");
    const result = score(path.join(set, "gold"), path.join(set, "texts"), await extractSet(path.join(set, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.53);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.57);
  });

  it.skipIf(!existsSync(path.join(DEV, "gold")))("confidence bands are honest on the development set: the top band (>= 0.8) is >= 0.85 precise, above the lower bands", async () => {
    const precisionOfBand = async (low: number, high: number): Promise<number> => {
      const dir = await extractSet(path.join(DEV, "texts"), (x) => ({
        ...x,
        statements: x.statements.map((s) => (s.confidence >= low && s.confidence < high ? s : { ...s, actorIds: [] })),
      }));
      return score(path.join(DEV, "gold"), path.join(DEV, "texts"), dir).microPrecision;
    };
    const top = await precisionOfBand(0.8, 1.01);
    const middle = await precisionOfBand(0.5, 0.8);
    expect(top).toBeGreaterThanOrEqual(0.85);
    expect(top).toBeGreaterThan(middle);
  });
});

// Keep the folder layout the README describes: every text has its annotation.
describe("the fictional evaluation sets", () => {
  for (const name of ["fictional-heldout-a", "fictional-heldout-b", "fictional-heldout-c", "fictional-heldout-d", "fictional-heldout-e", "fictional-heldout-f", "fictional-heldout-g", "fictional-heldout-h"]) {
    it(`${name}: every text has a reference annotation and says it is fictional`, () => {
      const texts = readdirSync(path.join(SETS, name, "texts")).filter((f) => f.endsWith(".txt"));
      expect(texts.length).toBe(12);
      for (const file of texts) {
        expect(existsSync(path.join(SETS, name, "gold", file.replace(/\.txt$/, ".json"))), file).toBe(true);
        expect(file).toMatch(/fictief/);
        expect(readFileSync(path.join(SETS, name, "texts", file), "utf8").slice(0, 400), file).toMatch(/\bfictie[fv]e?\b|\bfictional\b/i);
      }
    });
  }
});
