/** Reading: encodings, mojibake, PDF text layers and bad input. */
import { PDFDocument, PDFHexString, PDFNumber, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { BadDocumentError } from "../../src/errors/app-error.js";
import { extractBuffer } from "../../src/ingest/index.js";
import { decodeText } from "../../src/ingest/read/decode-text.js";
import { repairMojibake } from "../../src/ingest/read/repair-mojibake.js";
import { gazetteer, note } from "./support/fixtures.js";

const DUTCH = note(["De korpschef benadrukte het belang van coördinatie en de burgemeesters uitten zorgen over de financiën van de eenheden."]);

function windows1252(text: string): Uint8Array {
  // Latin-1 range is identical in Windows-1252 for the characters used here.
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

async function bad(bytes: Uint8Array, reason: RegExp): Promise<void> {
  const error = await extractBuffer(bytes, "fictional-input.txt", gazetteer()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BadDocumentError);
  expect((error as BadDocumentError).source).toBe("fictional-input.txt");
  expect((error as BadDocumentError).reason).toMatch(reason);
}

describe("decoding plain text", () => {
  it("UTF-8 with and without BOM", () => {
    const bytes = new TextEncoder().encode(DUTCH);
    expect(decodeText(bytes, "x")).toBe(DUTCH);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), "x")).toBe(DUTCH);
  });

  it("UTF-16 LE and BE with BOM", () => {
    const le = Buffer.from(DUTCH, "utf16le");
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]), "x")).toBe(DUTCH);
    const be = Buffer.from(le).swap16();
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]), "x")).toBe(DUTCH);
  });

  it("UTF-16 without BOM, recognised by its NUL pattern", () => {
    const le = Buffer.from(DUTCH, "utf16le");
    expect(decodeText(Uint8Array.from(le), "x")).toBe(DUTCH);
    expect(decodeText(Uint8Array.from(Buffer.from(le).swap16()), "x")).toBe(DUTCH);
  });

  it("Windows-1252 when the bytes are not valid UTF-8", () => {
    expect(decodeText(windows1252(DUTCH), "x")).toBe(DUTCH);
    expect(decodeText(Uint8Array.from([0x93, 0x61, 0x94, 0x20, 0x80]), "x")).toBe("\u201ca\u201d \u20ac");
  });

  it("repairs double-encoded UTF-8 and leaves clean text alone", () => {
    expect(repairMojibake("CoÃ¶rdinatie van financiÃ«n, â€œplanâ€\u009d")).toBe("Coördinatie van financiën, \u201cplan\u201d");
    expect(repairMojibake("Coördinatie in Ãland")).toBe("Coördinatie in Ãland");
  });
});

describe("PDF", () => {
  async function pdf(lines: string[][]): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const pageLines of lines) {
      const page = doc.addPage([595, 842]);
      pageLines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 16, size: 11, font }));
    }
    return doc.save();
  }

  it("reads the text layer, joins hyphenated lines and drops page numbers", async () => {
    const bytes = await pdf([
      [
        "Fictieve bestuurlijke terugkoppeling LOVP 12 maart 2020",
        "",
        "Meldkamers",
        "De korpschef gaf aan dat de wachttijden bij de meldkamers in de avond zijn opgelopen en dat de regio-",
        "nale eenheden extra centralisten werven. De burgemeesters vroegen om een nieuwe planning voor het",
        "najaar.",
        "1",
      ],
    ]);
    const x = await extractBuffer(bytes, "fictional.pdf", gazetteer());
    expect(x.document.format).toBe("pdf");
    expect(x.document.date).toBe("2020-03-12");
    expect(x.document.text).toContain("regionale eenheden");
    expect(x.document.text).not.toMatch(/\n1$/);
    const s = x.statements.find((st) => st.text.includes("nieuwe planning"));
    expect(s?.actorIds).toEqual(["group:burgemeesters"]);
    for (const st of x.statements) expect(x.document.text.slice(st.start, st.end)).toBe(st.text);
  });

  it("drops running headers and page numbers across pages", async () => {
    const header = "Fictief verslag LOVP - niet openbaar";
    const bytes = await pdf([
      [header, "Fictieve bestuurlijke terugkoppeling LOVP 12 maart 2020", "", "Meldkamers", "De korpschef gaf aan dat de wachttijden", "Pagina 1 van 3"],
      [header, "bij de meldkamers zijn opgelopen. De burgemeesters vroegen om een plan.", "Pagina 2 van 3"],
      [header, "De minister zal daarop reageren.", "Pagina 3 van 3"],
    ]);
    const x = await extractBuffer(bytes, "fictional-paged.pdf", gazetteer());
    expect(x.document.text).not.toContain("niet openbaar");
    expect(x.document.text).not.toContain("Pagina");
    expect(x.document.text).toContain("de wachttijden bij de meldkamers zijn opgelopen");
    expect(x.document.title).toBe("Fictieve bestuurlijke terugkoppeling LOVP 12 maart 2020");
  });

  /** Lines at explicit baselines (and sizes): paragraphs set apart by spacing only, as word processors write them. */
  async function spacedPdf(pages: ([string, number] | [string, number, number])[][]): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const lines of pages) {
      const page = doc.addPage([595, 842]);
      for (const [line, y, size = 10] of lines) page.drawText(line, { x: 70, y, size, font });
    }
    return doc.save();
  }

  it("a footnote at the foot of a page does not cut the sentence that runs on to the next page", async () => {
    const bytes = await spacedPdf([
      [
        ["Fictieve bestuurlijke terugkoppeling LOVP 9 maart 2021", 780],
        ["De korpschef meldde dat het aantal meldingen over verward gedrag dit jaar opnieuw", 740],
        ["is gestegen. De burgemeesters vroegen de korpschef om de cijfers per", 718],
        ["1 Fictieve bron: jaarcijfers van de eenheid over het eerste halfjaar.", 80, 7],
      ],
      [["basisteam aan het overleg te sturen.", 740]],
    ]);
    const x = await extractBuffer(bytes, "fictional-footnote.pdf", gazetteer());
    expect(x.document.text).toContain("de cijfers per basisteam aan het overleg te sturen.");
    expect(x.document.text).toMatch(/te sturen\.\n\n1 Fictieve bron: jaarcijfers/);
    const asked = x.statements.find((s) => s.text.includes("cijfers per basisteam"));
    expect(asked).toMatchObject({ actorIds: ["group:burgemeesters"], stance: "request" });
  });

  it("paragraphs set apart by spacing alone stay apart, so a quotation left open does not run on", async () => {
    const bytes = await spacedPdf([
      [
        ["Fictieve bestuurlijke terugkoppeling LOVP 9 maart 2021", 780],
        ["De voorzitter heet de leden welkom bij de bespreking van het \u201cFictieve plan voor", 740],
        ["de binnenstad\u2019 en geeft het woord aan de korpschef van de eenheid.", 726],
        ["De burgemeesters steunen het plan van aanpak voor de wijken in de", 704],
        ["binnenstad van harte.", 690],
      ],
    ]);
    const x = await extractBuffer(bytes, "fictional-spaced.pdf", gazetteer());
    expect(x.document.text).toContain("korpschef van de eenheid.\n\nDe burgemeesters");
    const supported = x.statements.find((s) => s.text.includes("steunen het plan"));
    expect(supported).toMatchObject({ actorIds: ["group:burgemeesters"], stance: "support" });
  });

  it("a running header of a two-page PDF goes by its place on the page; a wrapped title stays one title", async () => {
    const header: [string, number] = ["Fictieve notitie LOVP - vertrouwelijk", 800];
    const bytes = await spacedPdf([
      [
        header,
        ["Fictieve bestuurlijke terugkoppeling van het Landelijk Overleg Politiebestel van", 740],
        ["12 maart 2020", 726],
        ["De korpschef gaf aan dat de wachttijden bij de meldkamers zijn opgelopen.", 700],
      ],
      [header, ["De burgemeesters vroegen om een nieuwe planning voor het najaar.", 740]],
    ]);
    const x = await extractBuffer(bytes, "fictional-two-pages.pdf", gazetteer());
    expect(x.document.text).not.toContain("vertrouwelijk");
    expect(x.document.title).toBe("Fictieve bestuurlijke terugkoppeling van het Landelijk Overleg Politiebestel van 12 maart 2020");
    expect(x.document.date).toBe("2020-03-12");
    expect(x.statements.find((s) => s.text.includes("nieuwe planning"))?.actorIds).toEqual(["group:burgemeesters"]);
  });

  it("an encrypted PDF is a bad document", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText("Fictieve tekst achter een wachtwoord.", { x: 50, y: 700, size: 11, font });
    const ctx = doc.context;
    // A standard security handler whose password check fails for the empty user password.
    const encrypt = ctx.obj({ Filter: "Standard", V: 1, R: 2, O: PDFHexString.of("11".repeat(32)), U: PDFHexString.of("22".repeat(32)), P: PDFNumber.of(-4) });
    ctx.trailerInfo.Encrypt = ctx.register(encrypt);
    ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("33".repeat(16)), PDFHexString.of("33".repeat(16))]);
    await bad(await doc.save({ useObjectStreams: false }), /encrypted/);
  });

  it("a PDF without a text layer is a bad document", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 100, height: 100 });
    await bad(await doc.save(), /no text layer/);
  });

  it("a truncated PDF is a bad document", async () => {
    const bytes = await pdf([["Fictieve tekst van een pagina die wordt afgekapt."]]);
    await bad(bytes.slice(0, 60), /PDF/);
  });
});

describe("bad input", () => {
  it("empty and whitespace-only", async () => {
    await bad(new Uint8Array(), /empty/);
    await bad(new TextEncoder().encode("  \n\t \n"), /empty/);
  });

  it("a ZIP (e.g. .docx renamed to .txt) and images", async () => {
    await bad(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), /ZIP/);
    await bad(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG/);
  });

  it("binary content", async () => {
    await bad(Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256), /binary|encoding|language|text/);
  });

  it("a document that is not Dutch", async () => {
    const english = "Minutes of the fictional board meeting\n\nBudget\nThe chief of police explained that the budget for next year will not cover the planned recruitment, and the mayors asked for a new proposal before the summer.";
    await bad(new TextEncoder().encode(english), /not a Dutch document \(language detected: eng\)/);
  });
});
