/**
 * Bytes of a plain-text document to a JavaScript string: BOM-aware UTF-8/UTF-16 (UTF-16 also
 * recognised without a BOM by its NUL pattern), Windows-1252 when
 * the bytes are not valid UTF-8, and repair of double-encoded UTF-8 ("Ã«" for "ë"). Anything that
 * is not text (empty, an archive, an image, NUL-ridden binary) is a BadDocumentError.
 */
import { BadDocumentError } from "../../errors/app-error.js";
import { repairMojibake, WINDOWS_1252_HIGH } from "./repair-mojibake.js";

// Node's TextDecoder("windows-1252") decodes 0x80..0x9F as C1 controls (Latin-1) on some
// versions, so the 32 characters that differ are mapped here.
const WINDOWS_1252_BY_BYTE = new Map(Object.entries(WINDOWS_1252_HIGH).map(([ch, byte]) => [byte, ch]));

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += WINDOWS_1252_BY_BYTE.get(byte) ?? String.fromCharCode(byte);
  return out;
}

const BINARY_SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (e.g. .docx/.xlsx), not plain text" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an OLE2 binary (e.g. .doc/.xls), not plain text" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image, not a document" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image, not a document" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image, not a document" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive, not plain text" },
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Share of characters that never occur in running text (NUL and C0 controls except tab/CR/LF/FF). */
function controlCharacterRatio(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) count++;
  }
  return count / text.length;
}

/** UTF-16 without a BOM: Latin text has a NUL in every other byte (odd bytes for LE, even for BE). */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return "utf-16le";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return "utf-16be";
  return null;
}

function decodeByBom(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
  const sniffed = sniffUtf16(bytes);
  return sniffed ? new TextDecoder(sniffed, { fatal: true }).decode(bytes.subarray(0, bytes.length & ~1)) : null;
}

export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new BadDocumentError(source, "empty document");
  for (const signature of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) throw new BadDocumentError(source, `file is ${signature.what}`);
  }
  let text: string;
  try {
    text = decodeByBom(bytes) ?? decodeUtf8OrWindows1252(bytes);
  } catch (cause) {
    throw new BadDocumentError(source, "unreadable text encoding (invalid UTF-16)", { cause });
  }
  if (controlCharacterRatio(text) > 0.01) throw new BadDocumentError(source, "binary content, not a text document");
  text = repairMojibake(text);
  if (text.trim().length === 0) throw new BadDocumentError(source, "empty document (whitespace only)");
  return text;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Dutch government text of that kind is nearly always Windows-1252 (a superset
    // of Latin-1 with curly quotes and the euro sign in 0x80..0x9F).
    return decodeWindows1252(bytes);
  }
}
