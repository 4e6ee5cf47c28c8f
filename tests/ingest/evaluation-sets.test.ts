/**
 * Extraction scored against reference annotations with the shared scorer (../shared/eval beside the
 * clone): the development set, the FICTIONAL evaluation sets of tests/fixtures/extraction-sets, the
 * confidence bands, and the development set read as a PDF and as text copied out of one. The floors
 * sit just under the figures reached (docs/extraction.md), so a later change cannot silently undo
 * them. Extraction runs in this process; the scorer is the shared one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { extractBuffer, extractFile, type Extraction } from "../../src/ingest/index.js";
import { rendition } from "../../scripts/pdf-renditions/rendition.js";
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
  try {
    for (const file of readdirSync(textDir).filter((f) => f.endsWith(".txt"))) {
      const extraction = transform(await extractFile(path.join(textDir, file), gazetteer()));
      writeFileSync(path.join(out, file.replace(/\.txt$/, ".json")), JSON.stringify(extraction));
    }
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
  return out;
}

/** The set's texts in another form (`scripts/pdf-renditions/`), extracted as that form. */
async function extractRendered(textDir: string, form: "pdf" | "copied"): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), `evaluation-set-${form}-`));
  try {
    for (const file of readdirSync(textDir).filter((f) => f.endsWith(".txt"))) {
      const text = readFileSync(path.join(textDir, file), "utf8");
      const { bytes, name } = await rendition(text, file, form);
      const extraction = await extractBuffer(bytes, name, gazetteer());
      writeFileSync(path.join(out, file.replace(/\.txt$/, ".json")), JSON.stringify(extraction));
    }
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
  return out;
}

/** Scores the extractions in the folder `extractions` (made by extractSet or extractRendered), then removes that folder. */
function score(goldDir: string, textDir: string, extractions: string): SetScore {
  let output: string;
  try {
    output = execFileSync("node", [path.join(EVAL_DIR, "score-set.mjs"), goldDir, textDir, "--extractions", extractions], { encoding: "utf8" });
  } finally {
    rmSync(extractions, { recursive: true, force: true });
  }
  const line = output.trim().split("\n").pop() ?? "";
  const number = (re: RegExp): number => Number(re.exec(line)?.[1] ?? Number.NaN);
  return { meanF1: number(/mean f1 ([\d.]+)/), microPrecision: number(/micro precision ([\d.]+)/), microRecall: number(/recall ([\d.]+)/), line };
}

/**
 * The fictional sets (tests/fixtures/extraction-sets/README.md) and their floors, just under what
 * extraction reaches (docs/extraction.md).
 * A and B: written first, their errors shaped the early rules.
 * C and D: two more annotators after the rules of A and B; C (0.55 first) was used for one round
 * of rules; D (0.63 first) is held out.
 * E and F: two more on 5 December 2026; E (0.56 first) was used for that day's first round, F
 * (0.52 first) for its last.
 * G and H: two more later that day; G (0.54 first) was used for the second round; H (0.50 first)
 * was held out until the rounds of 6 December used it, with I and J.
 * K to N: held out from 5 December until the evening of 6 December, when rounds (d) and (e) were
 * written from their errors (0.56, 0.64, 0.56, 0.57 before, 0.60, 0.66, 0.61, 0.60 after). O to R:
 * written on 6 December without sight of the rules, first measured before that day's rounds (0.50,
 * 0.51, 0.46, 0.54); held out.
 * S and T: written after those rounds, first measured with them (0.55, 0.57); held out.
 * Raised on 7 December after the round on holders (docs/extraction.md): M and N (errors looked at,
 * 0.61 -> 0.63 and 0.60 -> 0.64), Q and S (held out, 0.51 -> 0.53 and 0.56 -> 0.58).
 * Raised again after the rounds (c) and (d) of 7 December, two or three hundredths under the mean
 * f1 then reached: K-N (errors looked at; 0.67, 0.77, 0.68, 0.69) and O-T (held out; 0.58, 0.58,
 * 0.54, 0.64, 0.58, 0.58).
 * U and V: written on 7 December 2026 without sight of the rules, first measured with commit 8b525cf
 * (0.62, 0.64); held out. Their floors sit three hundredths under that first measure.
 * O and P: released to development in round (e) of 7 December (their errors read): 0.58 -> 0.67 and
 * 0.58 -> 0.65; floors raised to three hundredths under.
 * Round (f) of 7 December (docs/extraction.md): every floor three hundredths under what it reached,
 * where that is higher than before. Q-V stay held out (their errors unread): 0.55, 0.66, 0.59, 0.62,
 * 0.66, 0.66.
 * Round (g) of 7 December: floors raised again to three hundredths under what each set reached.
 * Q's precision floor is lowered (0.59 -> 0.56): the writer of an opinion piece now holds its
 * sentences, which gains right statements and mean f1 but costs precision on its one opinion piece.
 * Round (h) of 8 December: floors raised again to three hundredths under what each set reached.
 * Round (i) of 8 December: G, Q (its opinion piece's byline) and T raised to three hundredths under.
 */
const FICTIONAL_SETS = [
  { set: "fictional-heldout-a", meanF1: 0.85, microPrecision: 0.84 },
  { set: "fictional-heldout-b", meanF1: 0.86, microPrecision: 0.85 },
  { set: "fictional-heldout-c", meanF1: 0.77, microPrecision: 0.78 },
  { set: "fictional-heldout-d", meanF1: 0.81, microPrecision: 0.81 },
  { set: "fictional-heldout-e", meanF1: 0.78, microPrecision: 0.77 },
  { set: "fictional-heldout-f", meanF1: 0.78, microPrecision: 0.78 },
  { set: "fictional-heldout-g", meanF1: 0.78, microPrecision: 0.77 },
  { set: "fictional-heldout-h", meanF1: 0.80, microPrecision: 0.81 },
  { set: "fictional-heldout-i", meanF1: 0.85, microPrecision: 0.84 },
  { set: "fictional-heldout-j", meanF1: 0.76, microPrecision: 0.74 },
  { set: "fictional-heldout-k", meanF1: 0.73, microPrecision: 0.79 },
  { set: "fictional-heldout-l", meanF1: 0.78, microPrecision: 0.81 },
  { set: "fictional-heldout-m", meanF1: 0.75, microPrecision: 0.77 },
  { set: "fictional-heldout-n", meanF1: 0.73, microPrecision: 0.74 },
  { set: "fictional-heldout-o", meanF1: 0.72, microPrecision: 0.78 },
  { set: "fictional-heldout-p", meanF1: 0.72, microPrecision: 0.74 },
  { set: "fictional-heldout-q", meanF1: 0.55, microPrecision: 0.57 },
  { set: "fictional-heldout-r", meanF1: 0.66, microPrecision: 0.71 },
  { set: "fictional-heldout-s", meanF1: 0.57, microPrecision: 0.57 },
  { set: "fictional-heldout-t", meanF1: 0.64, microPrecision: 0.65 },
  { set: "fictional-heldout-u", meanF1: 0.64, microPrecision: 0.66 },
  { set: "fictional-heldout-v", meanF1: 0.67, microPrecision: 0.73 },
];

// The scorer lives beside the clone (CI has it); a clone elsewhere cannot score.
describe.skipIf(!HAS_SCORER)("extraction against reference annotations (../shared/eval scorer)", () => {
  it.skipIf(!existsSync(path.join(DEV, "gold")))("development set: mean f1 >= 0.80 and micro precision >= 0.82", async () => {
    const result = score(path.join(DEV, "gold"), path.join(DEV, "texts"), await extractSet(path.join(DEV, "texts")));
    expect(result.meanF1, result.line).toBeGreaterThanOrEqual(0.8);
    expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(0.82);
  });

  // Real minutes come as PDFs, or as text copied out of one (the seed's form); the sets are unwrapped text.
  it.skipIf(!existsSync(path.join(DEV, "gold")))("development set read as a government-style PDF and as text copied out of one: mean f1 >= 0.82 each", async () => {
    for (const form of ["pdf", "copied"] as const) {
      const result = score(path.join(DEV, "gold"), path.join(DEV, "texts"), await extractRendered(path.join(DEV, "texts"), form));
      expect(result.meanF1, `${form}: ${result.line}`).toBeGreaterThanOrEqual(0.82);
    }
  });

  for (const { set, meanF1, microPrecision } of FICTIONAL_SETS) {
    it(`fictional evaluation set ${set.slice(-1).toUpperCase()}: mean f1 >= ${meanF1}`, async () => {
      const dir = path.join(SETS, set);
      const result = score(path.join(dir, "gold"), path.join(dir, "texts"), await extractSet(path.join(dir, "texts")));
      expect(result.meanF1, result.line).toBeGreaterThanOrEqual(meanF1);
      expect(result.microPrecision, result.line).toBeGreaterThanOrEqual(microPrecision);
    });
  }

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
  for (const { set: name } of FICTIONAL_SETS) {
    it(`${name}: every text has a reference annotation and says it is fictional`, () => {
      const texts = readdirSync(path.join(SETS, name, "texts")).filter((f) => f.endsWith(".txt"));
      // Twelve documents a set until 5 December, ten in the sets written after (S, T).
      expect(texts.length).toBeGreaterThanOrEqual(10);
      for (const file of texts) {
        expect(existsSync(path.join(SETS, name, "gold", file.replace(/\.txt$/, ".json"))), file).toBe(true);
        expect(file).toMatch(/fictief/);
        expect(readFileSync(path.join(SETS, name, "texts", file), "utf8").slice(0, 400), file).toMatch(/\bfictie[fv]e?\b|\bfictional\b/i);
      }
    });
  }
});
