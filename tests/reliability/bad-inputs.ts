/**
 * The bad-input table (docs/bad-input.md): every input is generated at run time, nothing large is
 * committed. Each case says what must happen: a correct extraction, or a BadDocumentError whose
 * reason matches. All documents are fictional.
 */
import { unzipSync, zipSync } from "fflate";
import { PDFDocument, PDFHexString, PDFNumber, StandardFonts } from "pdf-lib";
import { buildCompoundFile, buildDocx, buildEncryptedDocx, buildOdt, buildZip, type OfficeBlock } from "../support/office-documents.js";

export interface BadInput {
  /** File name (the ingester sees it as the source). */
  name: string;
  what: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  /** "extracted" (with at least `minStatements`), or the reason a BadDocumentError must give. */
  expect: { extracted: true; minStatements?: number; check?: string } | { extracted: false; reason: RegExp };
}

const enc = new TextEncoder();
const utf8 = (text: string): Uint8Array => enc.encode(text);

/** A small fictional Dutch document the extractor accepts (with statements). */
export const DUTCH =
  "Fictief verslag Denkbeeldig Overleg LOVP 12 maart 2021\n\nDit is een fictief document, gegenereerd voor tests.\n\nCybercrime\n" +
  "De korpschef maakt zich zorgen over cybercrime. De minister steunt het voorstel over ondermijning. De burgemeester van Amsterdam vraagt aandacht voor geweld tegen politieagenten.\n\n" +
  "Rondvraag\nDe regioburgemeesters benadrukken het belang van integriteit. De PG is tegen verdere bezuinigingen op witwassen.\n";

function windows1252(text: string): Uint8Array {
  const map: Record<string, number> = { "\u20ac": 0x80, "\u201c": 0x93, "\u201d": 0x94, "\u2019": 0x92 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

function doubleEncoded(text: string): Uint8Array {
  // UTF-8 bytes read as Windows-1252/Latin-1 and written out again as UTF-8.
  return utf8(Array.from(utf8(text), (b) => String.fromCharCode(b)).join(""));
}

async function textPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 800 - i * 16, size: 11, font }));
  return doc.save();
}

/** Repeats the Dutch body until the text has about `bytes` bytes (plain ASCII + a few accents). */
function bigDutch(bytes: number, separator: string): string {
  const body = DUTCH.slice(DUTCH.indexOf("Cybercrime"));
  const parts = [DUTCH];
  let size = DUTCH.length;
  for (let i = 0; size < bytes; i++) {
    const chunk = body.replace(/\n/g, separator) + separator;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join("");
}

/**
 * DUTCH as a document model: title, paragraph, then each agenda item's heading and paragraph.
 * `format` goes into the opening paragraph: documents with the same normalised text are one
 * document to the loader, and each control must load as a document of its own.
 */
function dutchBlocks(format: string): OfficeBlock[] {
  const [title, , intro, ...rest] = DUTCH.split("\n");
  const blocks: OfficeBlock[] = [{ kind: "title", text: title! }, { kind: "paragraph", text: `${intro!} Het is een fictief ${format}-bestand.` }];
  for (const line of rest.filter((l) => l.trim() !== "")) blocks.push({ kind: /[.]$/.test(line) ? "paragraph" : "heading", text: line });
  return blocks;
}

/** A web page around DUTCH: a site shell with the article in <main>. */
function dutchPage(article: string): string {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Fictief bericht | Fictief Overleg</title><script>var x = "script";</script></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li></ul></nav></header>
<main>${article}</main><footer><p>Fictief Overleg, Postbus 1, Nergensdorp</p></footer></body></html>`;
}

/** Sets the uncompressed size a ZIP's central directory records for its entries (as a ZIP bomb declares it). */
function declareHugeParts(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let at = view.getUint32(i + 16, true);
    for (let n = view.getUint16(i + 10, true); n > 0; n--) {
      view.setUint32(at + 24, 0xfffffff0, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return out;
  }
  throw new Error("no end of central directory");
}

export const BAD_INPUTS: BadInput[] = [
  { name: "empty.txt", what: "empty file", bytes: () => new Uint8Array(0), expect: { extracted: false, reason: /empty document/ } },
  { name: "whitespace.txt", what: "whitespace only", bytes: () => utf8(" \n\t\r\n   \f\n"), expect: { extracted: false, reason: /empty document/ } },
  {
    name: "binary.txt",
    what: "random binary",
    bytes: () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
    expect: { extracted: false, reason: /binary content|not a Dutch|no text/ },
  },
  { name: "archive.txt", what: "a zip renamed .txt", bytes: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...utf8("fictief.xml")]), expect: { extracted: false, reason: /ZIP archive/ } },
  { name: "image.txt", what: "a PNG renamed .txt", bytes: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...utf8("IHDR")]), expect: { extracted: false, reason: /PNG image/ } },
  {
    name: "scanned.pdf",
    what: "a PDF without text layer",
    bytes: async () => {
      const doc = await PDFDocument.create();
      doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
      return doc.save();
    },
    expect: { extracted: false, reason: /no text layer/ },
  },
  {
    name: "encrypted.pdf",
    what: "an encrypted PDF",
    bytes: async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage().drawText("Fictief geheim verslag", { x: 50, y: 700, font });
      const ctx = doc.context;
      const encrypt = ctx.obj({ Filter: "Standard", V: 1, R: 2, O: PDFHexString.of("11".repeat(32)), U: PDFHexString.of("22".repeat(32)), P: PDFNumber.of(-4) });
      ctx.trailerInfo.Encrypt = ctx.register(encrypt);
      return doc.save({ useObjectStreams: false });
    },
    expect: { extracted: false, reason: /encrypted/ },
  },
  {
    name: "truncated.pdf",
    what: "a truncated PDF",
    bytes: async () => {
      const whole = await textPdf(DUTCH.split("\n"));
      return whole.subarray(0, Math.floor(whole.length / 3));
    },
    expect: { extracted: false, reason: /damaged or truncated|no text layer|cannot be read/ },
  },
  { name: "good.pdf", what: "a valid PDF with a text layer (control)", bytes: () => textPdf(DUTCH.split("\n")), expect: { extracted: true, minStatements: 3 } },
  {
    name: "windows-1252.txt",
    what: "Windows-1252 text",
    bytes: () => windows1252(DUTCH + "De minister noemt de \u201ccaf\u00e9\u201d en \u20ac 5 miljoen voor co\u00f6rdinatie.\n"),
    expect: { extracted: true, minStatements: 3, check: "caf\u00e9" },
  },
  { name: "double-encoded.txt", what: "double-encoded UTF-8", bytes: () => doubleEncoded(DUTCH + "De minister spreekt over co\u00f6rdinatie en het caf\u00e9.\n"), expect: { extracted: true, minStatements: 3, check: "co\u00f6rdinatie" } },
  { name: "utf16le.txt", what: "UTF-16 LE with BOM", bytes: () => utf16(DUTCH + "Co\u00f6rdinatie.\n", false), expect: { extracted: true, minStatements: 3, check: "Co\u00f6rdinatie" } },
  { name: "utf16be.txt", what: "UTF-16 BE with BOM", bytes: () => utf16(DUTCH + "Co\u00f6rdinatie en big-endian.\n", true), expect: { extracted: true, minStatements: 3, check: "Co\u00f6rdinatie" } },
  {
    name: "huge-50mb.txt",
    what: "a 50 MB text file",
    bytes: () => utf8(bigDutch(50 * 1024 * 1024, "\n")),
    expect: { extracted: false, reason: /too large/ },
  },
  {
    name: "one-line-10mb.txt",
    what: "a single 10 MB line",
    bytes: () => utf8(bigDutch(10 * 1024 * 1024, " ")),
    expect: { extracted: false, reason: /too large/ },
  },
  {
    name: "one-line-300k.txt",
    what: "a single 300 000-character line",
    bytes: () => utf8(bigDutch(300_000, " ")),
    expect: { extracted: true, minStatements: 1000 },
  },
  {
    name: "over-limit-utf16.txt",
    what: "just over the character limit (UTF-16, under the byte limit)",
    bytes: () => utf16(bigDutch(5_000_100, "\n"), false),
    expect: { extracted: false, reason: /too large .*characters/ },
  },
  {
    name: "english.txt",
    what: "a document in English",
    bytes: () =>
      utf8(
        "Fictional minutes of an imaginary meeting, 12 March 2021\n\nCybercrime\nThe chief constable is worried about cybercrime and asks the minister for more money. " +
          "The mayors support the proposal on organised crime, and they will send a letter about it to the ministry before the summer.\n",
      ),
    expect: { extracted: false, reason: /not a Dutch document/ },
  },
  {
    name: "german.txt",
    what: "a document in German",
    bytes: () =>
      utf8(
        "Fiktives Protokoll einer erfundenen Sitzung am 12. März 2021\n\nCyberkriminalität\nDer Polizeipräsident macht sich Sorgen über die Cyberkriminalität und bittet den Minister um mehr Geld. " +
          "Die Bürgermeister unterstützen den Vorschlag über die organisierte Kriminalität und werden einen Brief an das Ministerium schicken.\n",
      ),
    expect: { extracted: false, reason: /not a Dutch document/ },
  },
  { name: "no-date.txt", what: "no date anywhere", bytes: () => utf8(DUTCH.replace(" 12 maart 2021", "")), expect: { extracted: true, minStatements: 3 } },
  { name: "future-date.txt", what: "a date in the future", bytes: () => utf8(DUTCH.replace("12 maart 2021", "12 maart 2091")), expect: { extracted: true, minStatements: 3 } },
  { name: "duplicate-headings.txt", what: "duplicate headings", bytes: () => utf8(DUTCH + "\nCybercrime\nDe korpschef steunt het voorstel over cybercrime.\n\nCybercrime\nDe minister vraagt aandacht voor cybercrime.\n"), expect: { extracted: true, minStatements: 3 } },
  { name: "only-headings.txt", what: "only headings", bytes: () => utf8("Fictief verslag\n\nCybercrime\n\nOndermijning\n\nRondvraag\n\nPolitieorganisatie\n\nFinanciën\n"), expect: { extracted: true, minStatements: 0 } },
  {
    name: "nested-lists.txt",
    what: "deeply nested lists (200 levels)",
    bytes: () => utf8(DUTCH + Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}${i % 2 ? "-" : `${i + 1}.`} De korpschef vraagt aandacht voor punt ${i + 1} over cybercrime.`).join("\n") + "\n"),
    expect: { extracted: true, minStatements: 3 },
  },
  { name: "control-chars.txt", what: "scattered control characters (under 1 %)", bytes: () => utf8(DUTCH.replace(/\. /g, ".\u0007 ").replace("Cybercrime\n", "Cyber\u001bcrime\n")), expect: { extracted: true, minStatements: 3 } },
  { name: "control-heavy.txt", what: "mostly control characters", bytes: () => utf8(DUTCH.replace(/ /g, "\u0001")), expect: { extracted: false, reason: /binary content/ } },
  { name: "rtl-marks.txt", what: "right-to-left and zero-width marks", bytes: () => utf8(DUTCH.replace(/korpschef/g, "korps\u200fchef").replace(/minister/g, "\u202eminister\u202c").replace(/ de /g, " de\u200b ")), expect: { extracted: true, minStatements: 3 } },
  { name: "nul-bytes.txt", what: "NUL bytes between characters", bytes: () => utf8((DUTCH + "Tussen elk teken een NUL.\n").split("").join("\u0000")), expect: { extracted: true, minStatements: 3, check: "korpschef" } },
  { name: "few-nuls.txt", what: "a few NUL bytes in running text", bytes: () => utf8(DUTCH.replace("korpschef", "korps\u0000chef")), expect: { extracted: true, minStatements: 3 } },
  {
    name: "invalid-utf8.txt",
    what: "invalid UTF-8 sequences (read as Windows-1252)",
    bytes: () => {
      const good = utf8(DUTCH);
      const out = new Uint8Array(good.length + 6);
      out.set(good.subarray(0, 200));
      out.set([0xc3, 0x28, 0xe2, 0x82, 0xff, 0xfe], 200);
      out.set(good.subarray(200), 206);
      return out;
    },
    expect: { extracted: true, minStatements: 3 },
  },
  { name: "long-words.txt", what: "extremely long words (100 000 letters)", bytes: () => utf8(DUTCH + `De korpschef noemt ${"a".repeat(100_000)} en ${"ondermijning".repeat(5_000)}.\n`), expect: { extracted: true, minStatements: 3 } },
  { name: "numbers.txt", what: "only numbers", bytes: () => utf8(Array.from({ length: 500 }, (_, i) => `${i * 37} ${i}.${i % 10} 2021-03-${(i % 28) + 1}`).join("\n")), expect: { extracted: false, reason: /no text|language/ } },
  { name: "mixed-eol.txt", what: "mixed line endings CR / CRLF / LF", bytes: () => utf8(DUTCH.split("\n").map((line, i) => line + ["\r", "\r\n", "\n"][i % 3]).join("")), expect: { extracted: true, minStatements: 3 } },
  { name: "emoji.txt", what: "emoji and astral characters", bytes: () => utf8(DUTCH.replace(/\. /g, ". \u{1F600}\u{1F46E}\u200d\u2642\ufe0f ").replace("Cybercrime\n", "Cybercrime \u{1F4BB}\n")), expect: { extracted: true, minStatements: 3 } },
  { name: "lone-surrogates.txt", what: "UTF-16 LE with a lone surrogate", bytes: () => { const b = utf16(DUTCH, false); b[40] = 0x00; b[41] = 0xd8; return b; }, expect: { extracted: false, reason: /invalid UTF-16|unreadable/ } },
  { name: "bom-only.txt", what: "a UTF-8 BOM and nothing else", bytes: () => Uint8Array.from([0xef, 0xbb, 0xbf]), expect: { extracted: false, reason: /empty document/ } },
  { name: "gzip.txt", what: "a gzip stream renamed .txt", bytes: () => Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), expect: { extracted: false, reason: /gzip/ } },
  { name: "html.txt", what: "HTML markup around Dutch text (named .txt)", bytes: () => utf8(`<html><body><h1>Fictief</h1><p>${DUTCH.replace(/\n/g, "</p><p>")}</p></body></html>`), expect: { extracted: true, minStatements: 3, check: "De korpschef maakt zich zorgen" } },
  { name: "pdf-header-junk.txt", what: "text that starts with %PDF- but is no PDF", bytes: () => utf8("%PDF-1.7\n" + DUTCH), expect: { extracted: false, reason: /damaged or truncated|cannot be read|no text layer/ } },
  {
    name: "page.html",
    what: "a web page in a site shell (control)",
    bytes: () => utf8(dutchPage(`<article>${dutchBlocks("HTML").map((b) => (b.kind === "paragraph" ? `<p>${b.text}</p>` : b.kind === "title" ? `<h1>${b.text}</h1>` : `<h2>${(b as { text: string }).text}</h2>`)).join("")}</article>`)),
    expect: { extracted: true, minStatements: 3, check: "De korpschef maakt zich zorgen" },
  },
  {
    name: "no-main-text.html",
    what: "a web page with no main text (menus, a cookie banner, a footer)",
    bytes: () => utf8(dutchPage(`<div class="cookie-consent"><p>Deze fictieve website gebruikt cookies om het gebruik te meten en de site te verbeteren.</p></div><p>Pagina niet gevonden.</p>`)),
    expect: { extracted: false, reason: /web page has no main text/ },
  },
  { name: "good.docx", what: "a valid DOCX (control)", bytes: () => buildDocx(dutchBlocks("DOCX")), expect: { extracted: true, minStatements: 3, check: "De korpschef maakt zich zorgen" } },
  { name: "protected.docx", what: "a password-protected DOCX", bytes: () => buildEncryptedDocx(), expect: { extracted: false, reason: /DOCX is encrypted \(password protected\)/ } },
  {
    name: "truncated.docx",
    what: "a truncated DOCX (first half)",
    bytes: () => {
      const whole = buildDocx(dutchBlocks("DOCX"));
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    expect: { extracted: false, reason: /damaged ZIP archive|DOCX cannot be read/ },
  },
  { name: "archive.docx", what: "a ZIP that is neither DOCX nor ODT, named .docx", bytes: () => buildZip({ "fictief.txt": DUTCH }), expect: { extracted: false, reason: /ZIP archive of 1 file\(s\), neither a DOCX nor an ODT document/ } },
  {
    name: "workbook.docx",
    what: "an .xlsx named .docx",
    bytes: () =>
      buildZip({
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "xl/workbook.xml": "<workbook/>",
      }),
    expect: { extracted: false, reason: /Excel workbook \(\.xlsx\), neither a DOCX nor an ODT document/ },
  },
  { name: "word-97.docx", what: "a Word 97-2003 .doc named .docx", bytes: () => buildCompoundFile(["WordDocument", "1Table"]), expect: { extracted: false, reason: /Word 97-2003 document \(\.doc\)/ } },
  { name: "empty-body.docx", what: "a DOCX without text", bytes: () => buildDocx([]), expect: { extracted: false, reason: /DOCX has no text/ } },
  { name: "zip-bomb.docx", what: "a DOCX whose parts declare 4 GiB unpacked", bytes: () => declareHugeParts(buildDocx(dutchBlocks("DOCX"))), expect: { extracted: false, reason: /document part too large \(\[Content_Types\]\.xml unpacks to 4294967280 bytes/ } },
  { name: "good.odt", what: "a valid ODT (control)", bytes: () => buildOdt(dutchBlocks("ODT")), expect: { extracted: true, minStatements: 3, check: "De korpschef maakt zich zorgen" } },
  { name: "protected.odt", what: "a password-protected ODT", bytes: () => buildOdt(dutchBlocks("ODT"), { encrypted: true }), expect: { extracted: false, reason: /ODT is encrypted \(password protected\)/ } },
  {
    name: "malformed.odt",
    what: "an ODT whose content.xml is cut off",
    bytes: () => {
      const parts = unzipSync(buildOdt(dutchBlocks("ODT")));
      return zipSync({ ...parts, "content.xml": parts["content.xml"]!.subarray(0, 1500) });
    },
    expect: { extracted: false, reason: /ODT is damaged \(content\.xml is not well-formed XML\)/ },
  },
];
