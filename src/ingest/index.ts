/**
 * The extraction API: document in, Extraction out, no database. Other modules import only from here.
 */
import { readFile } from "node:fs/promises";
import { BadDocumentError } from "../errors/app-error.js";
import type { Extraction } from "./extraction.js";
import { extractFromText, MAX_TEXT_CHARACTERS } from "./extract-text.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { DOCUMENT_EXTENSIONS, MAX_OFFICE_BYTES, MAX_PDF_BYTES, MAX_TEXT_FILE_BYTES, readDocument } from "./read/read-document.js";

export type * from "./extraction.js";
export type * from "./gazetteer/gazetteer.js";
export { STANCES, ACTOR_KINDS, ATTRIBUTIONS, DOCUMENT_FORMATS } from "./extraction.js";
export { readGazetteer, DEFAULT_GAZETTEER_DIR } from "./gazetteer/read-gazetteer.js";
export { soleHolder } from "./actors/resolve-person.js";
export { DEFAULT_CONTINUATION, type ContinuationPolicy, type ExtractOptions } from "./extract-text.js";

/** Extracts from a decoded text (a .txt document's content). */
export function extractText(text: string, source: string, gazetteer: Gazetteer): Extraction {
  return extractFromText(text, source, gazetteer, { format: "txt" });
}

export { MAX_TEXT_CHARACTERS, MAX_TEXT_FILE_BYTES, MAX_PDF_BYTES, MAX_OFFICE_BYTES, DOCUMENT_EXTENSIONS };

/**
 * Extracts from the bytes of a document: PDF, DOCX, ODT, a web page (HTML) or plain text in any
 * common encoding, recognised by content (read/read-document.ts); `source` names it in errors.
 */
export async function extractBuffer(bytes: Uint8Array, source: string, gazetteer: Gazetteer): Promise<Extraction> {
  const { text, ...read } = await readDocument(bytes, source);
  return extractFromText(text, source, gazetteer, read);
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
