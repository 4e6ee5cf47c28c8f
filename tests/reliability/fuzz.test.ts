/**
 * Fuzzing (fast-check), extending tests/ingest/properties.test.ts: normalisation and sentence
 * splitting on any string, the whole extraction on Dutch-like text with hostile characters mixed
 * in, and determinism of output and ids. Case counts are in the test names and add up to
 * FUZZ_CASES (printed).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BadDocumentError } from "../../src/errors/app-error.js";
import { extractBuffer, extractText, readGazetteer } from "../../src/ingest/index.js";
import { normalise } from "../../src/ingest/normalise/normalise.js";
import { splitSentences } from "../../src/ingest/sentences/split-sentences.js";
import { DUTCH } from "./bad-inputs.js";

const gazetteer = readGazetteer();
const RUNS = { normalise: 400, sentences: 400, extraction: 200, bytes: 150, determinism: 60 };
let ran = 0;

const hostile = fc.constantFrom("\u0000", "\u200f", "\u202e", "\u200b", "\ufeff", "\u00ad", "\r", "\r\n", "\f", "\t", "\u{1F600}", "\ud800", "\udc00", "\u0301", "Ã«", "ﬁ", "…", "•", "-\n", "  ", "\n\n");
const word = fc.constantFrom("De", "korpschef", "minister", "burgemeester", "steunt", "het", "voorstel", "over", "cybercrime", "zorgen", "dhr.", "o.a.", "A.B.", "2)", "12", "maart", "2021", ".", "?", "!", ",", "\"Ja\"", "(zie", "bijlage)");
const messy = fc.array(fc.oneof({ weight: 4, arbitrary: word.map((w) => `${w} `) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: "grapheme" }) }), { maxLength: 150 }).map((parts) => parts.join(""));
const anyString = fc.oneof(messy, fc.string({ maxLength: 400, unit: "binary" }), fc.string({ maxLength: 400 }));
/** A real Dutch document with fuzz spliced in at a random place. */
const spliced = fc.tuple(messy, fc.nat()).map(([noise, at]) => {
  const i = at % DUTCH.length;
  return DUTCH.slice(0, i) + noise + DUTCH.slice(i);
});

describe(`fuzzing (${Object.values(RUNS).reduce((a, b) => a + b, 0)} cases)`, () => {
  it(`normalise never throws; its offset map is total and monotone (${RUNS.normalise})`, () => {
    fc.assert(
      fc.property(anyString, (raw) => {
        ran++;
        const n = normalise(raw);
        expect(n.rawOffsets).toHaveLength(n.text.length + 1);
        for (let i = 1; i < n.rawOffsets.length; i++) expect(n.rawOffsets[i]!).toBeGreaterThanOrEqual(n.rawOffsets[i - 1]!);
        expect(n.rawOffsets[n.text.length]!).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: RUNS.normalise },
    );
  });

  it(`sentence spans are ordered, inside the range, and cover no text twice (${RUNS.sentences})`, () => {
    fc.assert(
      fc.property(anyString, (text) => {
        ran++;
        let previous = 0;
        for (const span of splitSentences(text)) {
          expect(span.start).toBeGreaterThanOrEqual(previous);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          previous = span.end;
        }
      }),
      { numRuns: RUNS.sentences },
    );
  });

  it(`extraction of Dutch text with fuzz spliced in: no throw but BadDocumentError, every offset round-trips (${RUNS.extraction})`, () => {
    let extracted = 0;
    fc.assert(
      fc.property(fc.oneof(spliced, anyString), (text) => {
        ran++;
        let x;
        try {
          x = extractText(text, "fictional-fuzz.txt", gazetteer);
        } catch (error) {
          expect(error).toBeInstanceOf(BadDocumentError);
          return;
        }
        extracted++;
        for (const s of x.statements) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
        for (const s of x.sections) expect(x.document.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
      }),
      { numRuns: RUNS.extraction },
    );
    expect(extracted).toBeGreaterThan(RUNS.extraction / 4);
  });

  it(`bytes: Dutch text encoded, then corrupted, never throw but BadDocumentError (${RUNS.bytes})`, async () => {
    const encoded = new TextEncoder().encode(DUTCH);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), async (flips) => {
        ran++;
        const bytes = Uint8Array.from(encoded);
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        try {
          const x = await extractBuffer(bytes, "fictional-flipped.txt", gazetteer);
          for (const s of x.statements) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
        } catch (error) {
          expect(error).toBeInstanceOf(BadDocumentError);
        }
      }),
      { numRuns: RUNS.bytes },
    );
  });

  it(`deterministic: same input, same output and ids, also with a fresh gazetteer (${RUNS.determinism})`, () => {
    fc.assert(
      fc.property(spliced, (text) => {
        ran++;
        let first: string;
        try {
          first = JSON.stringify(extractText(text, "fictional.txt", gazetteer));
        } catch (error) {
          expect(error).toBeInstanceOf(BadDocumentError);
          return;
        }
        expect(JSON.stringify(extractText(text, "fictional.txt", readGazetteer()))).toBe(first);
      }),
      { numRuns: RUNS.determinism },
    );
    console.log(`fuzz cases run: ${ran}`);
  });
});
