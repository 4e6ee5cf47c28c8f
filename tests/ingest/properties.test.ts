/** Property tests: any input either extracts with exact offsets or fails with a BadDocumentError. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BadDocumentError } from "../../src/errors/app-error.js";
import { extractBuffer, extractText } from "../../src/ingest/index.js";
import { normalise } from "../../src/ingest/normalise/normalise.js";
import { gazetteer } from "./support/fixtures.js";

const DUTCH_WORDS = [
  "De", "korpschef", "minister", "burgemeesters", "regioburgemeesters", "PG", "vroeg", "benadrukte", "zorgen", "over",
  "de", "het", "politie", "stroomstootwapen", "niet", "geen", "zal", "en", "dat", "Ze", "Hij", "uitten", "van", "belang",
  "beleids-", "inzet", "op", "28", "oktober", "LOVP", "dhr.", "o.a.", "\u201cplan\u201d", "caf\u00e9", "Ã«", "\u00ad", "\u00a0",
];
const token = fc.oneof(fc.constantFrom(...DUTCH_WORDS), fc.string({ maxLength: 6 }));
const separator = fc.constantFrom(" ", " ", " ", "\n", "\n\n", ". ", ".\n\n", ", ", "\r\n", "\f", "-\n");
const dutchish = fc.array(fc.tuple(token, separator), { maxLength: 120 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
// Random Dutch-like text after a real Dutch opening, so most cases pass the language guard and
// exercise the whole pipeline.
const OPENING = "Fictieve terugkoppeling LOVP 2 mei 2021\n\nKop\nDe korpschef benadrukte dat de burgemeesters zorgen hebben over de inzet van de politie. ";
const pipelineText = dutchish.map((t) => OPENING + t);
const anyText = fc.oneof(pipelineText, dutchish, fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }));

function checkOffsets(text: string): void {
  try {
    const x = extractText(text, "fictional-property.txt", gazetteer());
    for (const s of x.statements) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
    for (const s of x.sections) expect(x.document.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
  } catch (error) {
    expect(error).toBeInstanceOf(BadDocumentError);
  }
}

describe("properties", () => {
  it("random text never throws anything but BadDocumentError, and offsets are exact", () => {
    fc.assert(fc.property(anyText, checkOffsets), { numRuns: 300 });
  });

  it("random bytes never throw anything but BadDocumentError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        try {
          await extractBuffer(bytes, "fictional-bytes.txt", gazetteer());
        } catch (error) {
          expect(error).toBeInstanceOf(BadDocumentError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the offset map is monotone and points at the source character of every letter", () => {
    fc.assert(
      fc.property(dutchish, (raw) => {
        const n = normalise(raw);
        expect(n.rawOffsets).toHaveLength(n.text.length + 1);
        for (let i = 1; i < n.rawOffsets.length; i++) expect(n.rawOffsets[i]!).toBeGreaterThanOrEqual(n.rawOffsets[i - 1]!);
        for (let i = 0; i < n.text.length; i++) {
          if (/[a-z]/.test(n.text[i]!) && n.text[i] !== "f" && n.text[i] !== "i" && n.text[i] !== "j" && n.text[i] !== "l") {
            expect(raw[n.rawOffsets[i]!]).toBe(n.text[i]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("most generated documents get through the language guard (the properties test the pipeline)", () => {
    const samples = fc.sample(pipelineText, { numRuns: 100, seed: 42 });
    const extracted = samples.filter((t) => {
      try {
        extractText(t, "fictional.txt", gazetteer());
        return true;
      } catch {
        return false;
      }
    });
    expect(extracted.length).toBeGreaterThan(50);
  });

  it("extraction is deterministic", () => {
    fc.assert(
      fc.property(pipelineText, (text) => {
        let first: string;
        try {
          first = JSON.stringify(extractText(text, "fictional.txt", gazetteer()));
        } catch (error) {
          expect(error).toBeInstanceOf(BadDocumentError);
          return;
        }
        expect(JSON.stringify(extractText(text, "fictional.txt", gazetteer()))).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});
