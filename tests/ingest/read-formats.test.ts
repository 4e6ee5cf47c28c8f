/**
 * Reading web pages, DOCX and ODT (all FICTIONAL, made at test time): main content only, headings,
 * lists, tables, footnotes, tracked changes and comments, title and dateline, and the bad files
 * each format can be (encrypted, a ZIP of another kind, a page without main text).
 */
import { describe, expect, it } from "vitest";
import { BadDocumentError } from "../../src/errors/app-error.js";
import { extractBuffer } from "../../src/ingest/index.js";
import { readDocument } from "../../src/ingest/read/read-document.js";
import { buildCompoundFile, buildDocx, buildEncryptedDocx, buildOdt, buildZip, type OfficeBlock } from "../support/office-documents.js";
import { gazetteer } from "./support/fixtures.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function bad(bytes: Uint8Array, source: string, reason: RegExp): Promise<void> {
  const error = await extractBuffer(bytes, source, gazetteer()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BadDocumentError);
  expect((error as BadDocumentError).source).toBe(source);
  expect((error as BadDocumentError).message).toContain(source);
  expect((error as BadDocumentError).reason).toMatch(reason);
}

/** The lines of the read text (blocks are separated by blank lines). */
async function linesOf(bytes: Uint8Array, source: string): Promise<string[]> {
  const { text } = await readDocument(bytes, source);
  return text.split("\n").filter((line) => line.trim() !== "");
}

describe("web pages", () => {
  const page = (body: string, head = "<title>Fictief verslag LOVP 3 mei 2022 - Fictieve Gemeente</title>"): Uint8Array =>
    utf8(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

  it("character references, <br>, lists and tables; scripts, styles and hidden text never leak", async () => {
    const bytes = page(`<div id="main">
      <p>Dit fictieve verslag is bedoeld voor tests. De korpschef steunt het voorstel &amp; de minister vraagt om een&nbsp;plan voor &eacute;&eacute;n &#x20AC; &lt;geen tag&gt;.</p>
      <p>Een regel<br>en een tweede regel van dezelfde alinea.</p>
      <script>var lek = "script lekt";</script><style>p { color: red }</style><noscript>noscript lekt</noscript><template><p>template lekt</p></template>
      <p hidden>verborgen tekst lekt</p><p style="display: none">verborgen stijl lekt</p>
      <ol start="3"><li>Derde punt over de meldkamers.</li><li>Vierde punt met <ul><li>een genest punt.</li></ul></li></ol>
      <table><tr><th>Actie</th><th>Wie</th><th>Wanneer</th></tr><tr><td>Plan sturen</td><td>Minister</td><td>1 juni</td></tr></table>
    </div>`);
    const lines = await linesOf(bytes, "fictional-page.html");
    expect(lines).toEqual([
      "Fictief verslag LOVP 3 mei 2022",
      "Dit fictieve verslag is bedoeld voor tests. De korpschef steunt het voorstel & de minister vraagt om een plan voor één € <geen tag>.",
      "Een regel",
      "en een tweede regel van dezelfde alinea.",
      "3. Derde punt over de meldkamers.",
      "4. Vierde punt met",
      "\u2022 een genest punt.",
      "\u2022 Actie | Wie | Wanneer",
      "\u2022 Plan sturen | Minister | 1 juni",
    ]);
    const x = await extractBuffer(bytes, "fictional-page.html", gazetteer());
    expect(x.document.format).toBe("html");
    expect(x.document.text).toContain("De korpschef steunt het voorstel & de minister");
    expect(x.document.text).not.toMatch(/lekt|color: red/);
  });

  it("headings become agenda items; the article's heading is the title, the dateline is metadata", async () => {
    const bytes = page(
      `<header><nav><a href="/">Home</a> <a href="/raad">Raad</a></nav></header>
       <main><article><h1>Fictieve terugkoppeling LOVP</h1><p class="meta">Gepubliceerd op <time datetime="2022-06-02">2 juni 2022</time></p>
       <p>Dit verslag is fictief en alleen bedoeld om webpagina's te testen.</p>
       <h2>Meldkamers</h2><p>De korpschef maakt zich zorgen over de bezetting van de meldkamers in de zomer.</p>
       <h2>Cybercrime</h2><p>De minister steunt het voorstel voor een landelijk meldpunt voor online fraude.</p></article></main>
       <footer><p>Fictieve Gemeente, Postbus 1, Nergensdorp</p></footer>`,
      "<title>Home - Fictieve Gemeente</title>",
    );
    const x = await extractBuffer(bytes, "fictional-dateline.html", gazetteer());
    expect(x.document.title).toBe("Fictieve terugkoppeling LOVP");
    // No date in the title or the opening lines: the page's dateline is the document's date.
    expect(x.document.date).toBe("2022-06-02");
    expect(x.document.text).not.toMatch(/Gepubliceerd|Postbus|Home/);
    expect(x.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Cybercrime"]);
    expect(x.statements.find((s) => s.text.includes("zorgen"))).toMatchObject({ actorIds: ["office:korpschef"], stance: "concern" });
  });

  it("a dateline in words or in the page's metadata; a <time> in running text is no dateline", async () => {
    const inWords = await readDocument(page(`<div><p>Publicatiedatum: 5 mei 2022</p><p>De korpschef gaf een fictieve toelichting op de plannen voor de zomer en de minister steunt die.</p></div>`), "a.html");
    expect(inWords.dateline).toBe("2022-05-05");
    expect(inWords.text).not.toContain("Publicatiedatum");
    const inMetadata = await readDocument(
      page(
        `<article><p>De korpschef gaf een fictieve toelichting op de plannen en komt op <time datetime="2022-07-01">1 juli</time> terug op de evaluatie van de meldkamers.</p></article>`,
        '<title>Fictief bericht</title><meta name="DCTERMS.issued" content="2022-05-09">',
      ),
      "b.html",
    );
    expect(inMetadata.dateline).toBe("2022-05-09");
    expect(inMetadata.text).toContain("op 1 juli terug");
  });

  it("share and related blocks without telling class names are dropped", async () => {
    const lines = await linesOf(
      page(`<article><h1>Fictieve terugkoppeling LOVP 1 juni 2022</h1><p>De korpschef gaf een toelichting op de fictieve plannen voor de meldkamers en de minister steunt die plannen.</p>
        <h3>Deel dit bericht</h3><ul><li><a href="#">Mastodon</a></li><li><a href="#">E-mail</a></li></ul><p>Een slotalinea die bij het verslag hoort.</p></article>`),
      "c.html",
    );
    expect(lines).toEqual([
      "Fictieve terugkoppeling LOVP 1 juni 2022",
      "De korpschef gaf een toelichting op de fictieve plannen voor de meldkamers en de minister steunt die plannen.",
      "Een slotalinea die bij het verslag hoort.",
    ]);
  });

  it("HTML is recognised by its markup whatever the file is called, and by the .html/.htm name", async () => {
    const body = "<p>De korpschef steunt het fictieve voorstel over de meldkamers en de minister vraagt om een plan voor de zomer.</p>";
    expect((await readDocument(utf8(`<!doctype html><html><body>${body}</body></html>`), "saved.txt")).format).toBe("html");
    expect((await readDocument(utf8(body), "fictional.htm")).format).toBe("html");
    expect((await readDocument(utf8("De korpschef steunt het <b>voorstel</b>."), "plain.txt")).format).toBe("txt");
  });

  it("a Windows-1252 page reads right", async () => {
    const html = "<html><body><p>De korpschef zegt \u201cco\u00f6rdinatie\u201d is nodig; fictief verslag over de meldkamers en de plannen voor de zomer.</p></body></html>";
    const bytes = Uint8Array.from([...html].map((ch) => ({ "\u201c": 0x93, "\u201d": 0x94 })[ch] ?? ch.charCodeAt(0)));
    expect((await readDocument(bytes, "fictional-1252.html")).text).toContain("\u201cco\u00f6rdinatie\u201d");
  });

  it("a page with only navigation, a cookie banner and a footer has no main text", async () => {
    await bad(
      page(`<div class="cookie-banner"><p>Deze website gebruikt cookies. Wij plaatsen functionele en analytische cookies om de site te verbeteren.</p></div>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/raad">Gemeenteraad</a></li></ul></nav></header><main><p>Pagina niet gevonden.</p></main>
        <footer><p>Fictieve Gemeente, Postbus 1, 1000 AA Nergensdorp. Bel ons voor vragen over de gemeente.</p></footer>`),
      "fictional-empty-page.html",
      /web page has no main text/,
    );
  });
});

const OFFICE_DOCUMENT: OfficeBlock[] = [
  { kind: "title", text: "Fictief verslag LOVP 9 juni 2022" },
  { kind: "paragraph", text: "Dit document is fictief.{comment:Fictieve opmerking die niet in de tekst hoort.}" },
  { kind: "heading", text: "Meldkamers" },
  { kind: "paragraph", text: "De korpschef steunt het plan{fn:Fictieve voetnoot bij het plan.} voor de {del:oude }{ins:nieuwe }meldkamers." },
  { kind: "list", ordered: true, items: ["Eerste fictieve punt.", "Tweede fictieve punt."] },
  { kind: "list", items: ["Een fictief opsommingsteken."] },
  { kind: "table", rows: [["Actie", "Wie"], ["Plan  sturen", "Minister"]] },
  { kind: "heading", text: "Rondvraag" },
  { kind: "paragraph", text: "De minister vraagt om een fictieve rapportage{fn:Tweede fictieve voetnoot.}." },
];

const OFFICE_LINES = [
  "Fictief verslag LOVP 9 juni 2022",
  "Dit document is fictief.",
  "Meldkamers",
  "De korpschef steunt het plan[1] voor de nieuwe meldkamers.",
  "1. Eerste fictieve punt.",
  "2. Tweede fictieve punt.",
  "\u2022 Een fictief opsommingsteken.",
  "\u2022 Actie | Wie",
  "\u2022 Plan sturen | Minister",
  "Rondvraag",
  "De minister vraagt om een fictieve rapportage[2].",
  "[1] Fictieve voetnoot bij het plan.",
  "[2] Tweede fictieve voetnoot.",
];

describe("DOCX", () => {
  it("headings by style, lists, a table row per line, footnotes at the end, accepted tracked changes, no comments or table of contents", async () => {
    const bytes = buildDocx(OFFICE_DOCUMENT, { tableOfContents: "styled" });
    const lines = await linesOf(bytes, "fictional.docx");
    // Mammoth keeps the run text as Word has it (two spaces collapse only in the layout step).
    expect(lines.map((l) => l.replace(/ {2,}/g, " "))).toEqual(OFFICE_LINES);
    // A table of contents as LibreOffice writes it (entries in the Normal style) goes too.
    expect((await linesOf(buildDocx(OFFICE_DOCUMENT, { tableOfContents: "unstyled" }), "lo.docx")).map((l) => l.replace(/ {2,}/g, " "))).toEqual(OFFICE_LINES);
    const x = await extractBuffer(bytes, "fictional.docx", gazetteer());
    expect(x.document).toMatchObject({ format: "docx", title: "Fictief verslag LOVP 9 juni 2022", date: "2022-06-09" });
    expect(x.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Rondvraag"]);
    expect(x.statements.find((s) => s.text.includes("steunt het plan"))).toMatchObject({ actorIds: ["office:korpschef"], stance: "support" });
  });

  it("a password-protected DOCX, a damaged one, an old .doc", async () => {
    await bad(buildEncryptedDocx(), "fictional-protected.docx", /DOCX is encrypted \(password protected\)/);
    const whole = buildDocx(OFFICE_DOCUMENT);
    await bad(whole.subarray(0, Math.floor(whole.length / 2)), "fictional-truncated.docx", /damaged ZIP archive|DOCX cannot be read/);
    await bad(buildCompoundFile(["WordDocument", "1Table"]), "fictional-old.doc", /Word 97-2003 document \(\.doc\)/);
  });
});

describe("ODT", () => {
  it("headings by element and style, lists, a table row per line, footnotes at the end, accepted tracked changes, no comments or table of contents", async () => {
    const bytes = buildOdt(OFFICE_DOCUMENT, { tableOfContents: true });
    expect(await linesOf(bytes, "fictional.odt")).toEqual(OFFICE_LINES);
    const x = await extractBuffer(bytes, "fictional.odt", gazetteer());
    expect(x.document).toMatchObject({ format: "odt", title: "Fictief verslag LOVP 9 juni 2022", date: "2022-06-09" });
    expect(x.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Rondvraag"]);
  });

  it("headings numbered through a list (outline numbering) stay headings; text:s, tabs and line breaks", async () => {
    const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:text>
      <text:p>Fictief verslag LOVP 9 juni 2022</text:p>
      <text:list><text:list-item><text:h text:outline-level="1">Meldkamers</text:h></text:list-item></text:list>
      <text:p>De korpschef<text:s text:c="3"/>steunt<text:tab/>het plan.<text:line-break/>Tweede regel van de alinea.</text:p>
      <text:list><text:list-item><text:h text:outline-level="1">Rondvraag</text:h></text:list-item></text:list>
      <text:p>De minister vraagt om een fictieve rapportage.</text:p>
    </office:text></office:body></office:document-content>`;
    const bytes = buildZip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": content });
    expect(await linesOf(bytes, "outline.odt")).toEqual([
      "Fictief verslag LOVP 9 juni 2022",
      "Meldkamers",
      "De korpschef steunt het plan.",
      "Tweede regel van de alinea.",
      "Rondvraag",
      "De minister vraagt om een fictieve rapportage.",
    ]);
    const x = await extractBuffer(bytes, "outline.odt", gazetteer());
    expect(x.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Rondvraag"]);
  });

  it("a password-protected ODT", async () => {
    await bad(buildOdt(OFFICE_DOCUMENT, { encrypted: true }), "fictional-protected.odt", /ODT is encrypted \(password protected\)/);
  });
});

describe("other ZIP archives", () => {
  it("an .xlsx, an .ods and a plain ZIP are neither DOCX nor ODT", async () => {
    const xlsx = buildZip({
      "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      "xl/workbook.xml": "<workbook/>",
    });
    await bad(xlsx, "fictional.xlsx", /Excel workbook \(\.xlsx\), neither a DOCX nor an ODT document/);
    await bad(buildZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }), "fictional.ods", /OpenDocument spreadsheet.*neither a DOCX nor an ODT/);
    await bad(buildZip({ "fictief.txt": "De korpschef steunt het voorstel." }), "fictional.zip", /ZIP archive of 1 file\(s\), neither a DOCX nor an ODT/);
  });
});
