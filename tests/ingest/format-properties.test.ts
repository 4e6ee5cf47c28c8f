/**
 * Property tests for the web page, DOCX and ODT readers: random markup around FICTIONAL Dutch
 * text, and damaged (bytes flipped, cut off) DOCX and ODT files, either extract with exact
 * offsets or fail with a BadDocumentError; nothing else is thrown.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BadDocumentError } from "../../src/errors/app-error.js";
import { extractBuffer } from "../../src/ingest/index.js";
import { FICTIONAL_MEETING } from "../support/fictional-meeting.js";
import { buildDocx, buildOdt } from "../support/office-documents.js";
import { gazetteer } from "./support/fixtures.js";

async function extractsOrRefuses(bytes: Uint8Array, source: string): Promise<void> {
  try {
    const x = await extractBuffer(bytes, source, gazetteer());
    for (const s of x.statements) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
    for (const s of x.sections) expect(x.document.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
  } catch (error) {
    expect(error).toBeInstanceOf(BadDocumentError);
  }
}

const SENTENCES = [
  "De korpschef maakt zich zorgen over de bezetting van de meldkamers.",
  "De minister steunt het fictieve voorstel over online fraude.",
  "De regioburgemeesters vragen om een kwartaalrapportage.",
  "Meldkamers",
  "Rondvraag",
  "&amp; &eacute;&#233; &#x20AC; &nbsp;",
];
const TAGS = ["p", "div", "h1", "h2", "li", "ul", "ol", "table", "tr", "td", "span", "b", "br", "script", "style", "nav", "article", "main", "footer", "time", "sup", "a"];
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...SENTENCES),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie("node"), { maxLength: 4 }), fc.boolean()).map(([tag, children, close]) => `<${tag}>${children.join("")}${close ? `</${tag}>` : ""}`),
  ),
})).node;

function flip(bytes: Uint8Array, positions: number[], values: number[]): Uint8Array {
  const out = bytes.slice();
  positions.forEach((p, i) => (out[p % out.length] = values[i % values.length]!));
  return out;
}

describe("format properties", () => {
  it("random markup never throws anything but BadDocumentError, and offsets are exact", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fragment, { maxLength: 12 }), async (parts) => {
        await extractsOrRefuses(new TextEncoder().encode(`<!DOCTYPE html><html><body>${parts.join("")}</body></html>`), "fictional-random.html");
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["docx", buildDocx(FICTIONAL_MEETING)],
    ["odt", buildOdt(FICTIONAL_MEETING)],
  ])("a damaged %s never throws anything but BadDocumentError", async (format, whole) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (positions, values, cut) => {
          const damaged = flip(whole, positions, values);
          await extractsOrRefuses(cut === undefined ? damaged : damaged.subarray(0, 4 + (cut % damaged.length)), `fictional-damaged.${format}`);
        },
      ),
      { numRuns: 100 },
    );
  });
});
