/**
 * The extraction API: document in, Extraction out, no database. Other modules import only from here.
 */
import { readFile } from "node:fs/promises";
import { BadDocumentError } from "../errors/app-error.js";
import type { Extraction } from "./extraction.js";
import { extractFromText, MAX_TEXT_CHARACTERS } from "./extract-text.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { decodeText } from "./read/decode-text.js";
import { isPdf, readPdf } from "./read/read-pdf.js";

export type * from "./extraction.js";
export type * from "./gazetteer/gazetteer.js";
export { STANCES, ACTOR_KINDS, ATTRIBUTIONS } from "./extraction.js";
export { readGazetteer, DEFAULT_GAZETTEER_DIR } from "./gazetteer/read-gazetteer.js";
export { soleHolder } from "./actors/resolve-person.js";
export { DEFAULT_CONTINUATION, type ContinuationPolicy, type ExtractOptions } from "./extract-text.js";

/** Extracts from a decoded text (a .txt document's content). */
export function extractText(text: string, source: string, gazetteer: Gazetteer): Extraction {
  return extractFromText(text, source, gazetteer, { format: "txt" });
}

/**
 * Size limits (docs/bad-input.md): a plain-text file over MAX_TEXT_FILE_BYTES or a PDF over
 * MAX_PDF_BYTES is refused before it is decoded; extract-text.ts refuses a decoded text over
 * MAX_TEXT_CHARACTERS. Real minutes are far smaller; the limits keep one document's extraction
 * within seconds and its memory bounded.
 */
export const MAX_TEXT_FILE_BYTES = 4 * MAX_TEXT_CHARACTERS;
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
export { MAX_TEXT_CHARACTERS };

/** Extracts from the bytes of a document: a PDF (by its magic bytes) or plain text in any common encoding. */
export async function extractBuffer(bytes: Uint8Array, source: string, gazetteer: Gazetteer): Promise<Extraction> {
  const limit = isPdf(bytes) ? MAX_PDF_BYTES : MAX_TEXT_FILE_BYTES;
  if (bytes.length > limit) throw new BadDocumentError(source, `document too large (${bytes.length} bytes; the limit is ${limit} bytes)`);
  if (isPdf(bytes)) return extractFromText(await readPdf(bytes, source), source, gazetteer, { format: "pdf" });
  return extractFromText(decodeText(bytes, source), source, gazetteer, { format: "txt" });
}

export async function extractFile(path: string, gazetteer: Gazetteer): Promise<Extraction> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new BadDocumentError(path, code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory, not a file" : `cannot read file (${code ?? "unknown error"})`, { cause });
  }
  return extractBuffer(bytes, path, gazetteer);
}
