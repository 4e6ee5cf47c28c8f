/**
 * The text layer of a PDF, page by page, via unpdf (PDF.js): with the paragraph breaks its line
 * spacing shows, without running headers and footers, footnotes at the end (`pdf-lines.ts`).
 * Pages are joined with a form feed so the normaliser can also find running lines the positions
 * did not settle. Encrypted, truncated or image-only PDFs are BadDocumentErrors.
 */
import { extractTextItems, getDocumentProxy } from "unpdf";
import { BadDocumentError } from "../../errors/app-error.js";
import { pdfPageTexts } from "./pdf-lines.js";

export const PAGE_BREAK = "\f";

/** "%PDF-" within the first KiB (readers tolerate a little junk before the header). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function reasonFor(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException" || /password|encrypt/i.test(message)) return "PDF is encrypted (password protected)";
  if (name === "InvalidPDFException" || /invalid pdf|xref|startxref|unexpected end/i.test(message)) {
    return "PDF is damaged or truncated";
  }
  return `PDF cannot be read (${message.split("\n")[0]})`;
}

export async function readPdf(bytes: Uint8Array, source: string): Promise<string> {
  let pages: string[];
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 } as never);
    pages = pdfPageTexts((await extractTextItems(pdf)).items);
    await pdf.cleanup?.();
  } catch (cause) {
    throw new BadDocumentError(source, reasonFor(cause), { cause });
  }
  const text = pages.join(`\n${PAGE_BREAK}\n`);
  if (text.replace(/\s+/g, "").length < 20) {
    throw new BadDocumentError(source, "PDF has no text layer (scanned image?); OCR it first");
  }
  return text;
}
