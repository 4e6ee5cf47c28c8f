/**
 * Expands the paths given to `kg ingest` (files or folders) into the documents to ingest: files
 * of the formats ingestion reads (DOCUMENT_EXTENSIONS: .txt, .pdf, .html/.htm, .docx, .odt),
 * folders searched recursively, in a stable (sorted) order so runs are repeatable.
 * A path that does not exist is returned as missing, to be reported like a failed document.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { DOCUMENT_EXTENSIONS } from "../ingest/index.js";

export interface FoundFiles {
  files: string[];
  missing: string[];
}

export async function findDocumentFiles(paths: readonly string[]): Promise<FoundFiles> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) missing.push(given);
    else if (info.isDirectory()) for (const file of await filesUnder(absolute)) files.add(file);
    else files.add(absolute);
  }
  return { files: [...files].sort(), missing };
}

export function isDocumentFile(file: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    // Hidden files and folders (.git, editor swap files) are never documents.
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if (entry.isFile() && isDocumentFile(full)) found.push(full);
  }
  return found;
}
