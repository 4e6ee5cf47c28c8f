/**
 * The bytes of any supported document to the raw text the extraction pipeline reads, and the
 * format it was in. The format comes from the content (PDF and ZIP magic bytes, an OLE2 header,
 * HTML markup at the start), with the file name's extension as a hint only for web pages;
 * everything else is plain text in any common encoding.
 *
 * Size limits (docs/bad-input.md): a file over the limit for its kind is refused before it is
 * parsed; extract-text.ts refuses a text over MAX_TEXT_CHARACTERS.
 */
import { BadDocumentError } from "../../errors/app-error.js";
import type { DocumentFormat } from "../extraction.js";
import type { KnownBlocks } from "../normalise/layout.js";
import { MAX_TEXT_CHARACTERS } from "../extract-text.js";
import { decodeText } from "./decode-text.js";
import { isOle2, isZip, openOfficeZip, refuseOle2 } from "./office-container.js";
import { isPdf, readPdf } from "./read-pdf.js";

// The web page, DOCX and ODT readers are imported on first use: linkedom and mammoth take
// 0.3-1 s to load, which a process that reads only text and PDF (or none) need not pay.
const htmlReader = () => import("./read-html.js");
const docxReader = () => import("./read-docx.js");
const odtReader = () => import("./read-odt.js");

/** Plain text and web pages. */
export const MAX_TEXT_FILE_BYTES = 4 * MAX_TEXT_CHARACTERS;
/** PDF, DOCX and ODT files (embedded images and fonts make them large). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
export const MAX_OFFICE_BYTES = MAX_PDF_BYTES;

/** File name extensions of the documents `kg ingest` picks up from a folder. */
export const DOCUMENT_EXTENSIONS = [".txt", ".pdf", ".html", ".htm", ".docx", ".odt"] as const;

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  /** A web page's publication date (ISO), when it shows one. */
  dateline?: string | null;
  /** The headings and paragraphs a structured reader found (HTML, DOCX, ODT). */
  knownBlocks?: KnownBlocks;
}

const HTML_EXTENSION = /\.(?:html?|xhtml)(?:[?#].*)?$/i;
// The WHATWG MIME sniffing patterns for HTML: one of these tags (or a comment) opens the text.
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<(?:html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p)[\s>/]|<!--)/i;

function refuseTooLarge(bytes: Uint8Array, limit: number, source: string): void {
  if (bytes.length > limit) throw new BadDocumentError(source, `document too large (${bytes.length} bytes; the limit is ${limit} bytes)`);
}

export async function readDocument(bytes: Uint8Array, source: string): Promise<ReadDocument> {
  if (isPdf(bytes)) {
    refuseTooLarge(bytes, MAX_PDF_BYTES, source);
    return { text: await readPdf(bytes, source), format: "pdf" };
  }
  if (isZip(bytes)) {
    refuseTooLarge(bytes, MAX_OFFICE_BYTES, source);
    const zip = openOfficeZip(bytes, source);
    if (zip.kind === "odt") return { ...(await odtReader()).readOdt(zip, source), format: "odt" };
    return { ...(await (await docxReader()).readDocx(bytes, source)), format: "docx" };
  }
  if (isOle2(bytes)) refuseOle2(bytes, source);
  refuseTooLarge(bytes, MAX_TEXT_FILE_BYTES, source);
  const text = decodeText(bytes, source);
  if (HTML_EXTENSION.test(source) || HTML_START.test(text)) {
    return { ...(await htmlReader()).readHtml(text, source), format: "html" };
  }
  return { text, format: "txt" };
}
