/**
 * What an office container is, from its first bytes and its parts: a ZIP that is a DOCX or an ODT
 * (or another ZIP, refused with what it is), or an OLE2 compound file, which is how Word stores a
 * password-protected .docx (the encrypted package inside EncryptionInfo/EncryptedPackage streams)
 * and how Word 97-2003 stored a .doc. ZIP parts are read with fflate; a part whose recorded size
 * is past MAX_XML_PART_BYTES (a ZIP bomb) is refused before anything is inflated. (A ZIP that
 * records false sizes is bounded only by MAX_OFFICE_BYTES and deflate's ratio.)
 */
import { unzipSync, type Unzipped } from "fflate";
import { BadDocumentError } from "../../errors/app-error.js";

/** Largest XML part read (a 5-million-character document is some 30 MB of WordprocessingML). */
export const MAX_XML_PART_BYTES = 256 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
export const isOle2 = (bytes: Uint8Array): boolean => startsWith(bytes, OLE2);

const ODT_MIMETYPES = new Set(["application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"]);
const OTHER_OPENDOCUMENT: Record<string, string> = {
  spreadsheet: "an OpenDocument spreadsheet (.ods)",
  presentation: "an OpenDocument presentation (.odp)",
  graphics: "an OpenDocument drawing (.odg)",
  "text-master": "an OpenDocument master document (.odm); open and save its parts as .odt",
};
// Main-part content types in [Content_Types].xml.
const DOCX_MAIN = /application\/vnd\.(?:openxmlformats-officedocument\.wordprocessingml\.(?:document|template)|ms-word\.(?:document|template)\.macroEnabled)(?:\.main)?\+xml/;
const OTHER_OOXML: [RegExp, string][] = [
  [/spreadsheetml|ms-excel/, "an Excel workbook (.xlsx)"],
  [/presentationml|ms-powerpoint/, "a PowerPoint presentation (.pptx)"],
];

export interface OfficeZip {
  kind: "docx" | "odt";
  /** The parts the reader needs, inflated (for an ODT: content.xml and styles.xml). */
  parts: Unzipped;
}

/** Whether the bytes hold `name` in UTF-16 LE, as OLE2 directory entries store stream names. */
function namesStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, "utf16le"));
}

/**
 * An OLE2 file is never read: a password-protected Office document (its directory names the
 * streams EncryptionInfo and EncryptedPackage, in UTF-16) or an old binary format.
 */
export function refuseOle2(bytes: Uint8Array, source: string): never {
  if (namesStream(bytes, "EncryptedPackage") && namesStream(bytes, "EncryptionInfo")) {
    const what = /\.docx?$/i.test(source) ? "DOCX" : "Office document";
    throw new BadDocumentError(source, `${what} is encrypted (password protected); remove the password and save it again`);
  }
  if (namesStream(bytes, "WordDocument")) {
    throw new BadDocumentError(source, "file is a Word 97-2003 document (.doc), not supported; save it as .docx or .odt");
  }
  throw new BadDocumentError(source, "file is an OLE2 binary (e.g. .doc/.xls), not a supported document");
}

const decode = (bytes: Uint8Array | undefined): string => (bytes ? new TextDecoder().decode(bytes) : "");

/** Opens a ZIP that must be a DOCX or an ODT; anything else is a BadDocumentError saying what it is. */
export function openOfficeZip(bytes: Uint8Array, source: string): OfficeZip {
  const names: string[] = [];
  const tooLarge: { name: string; size: number }[] = [];
  const wanted = new Set(["mimetype", "[Content_Types].xml", "META-INF/manifest.xml", "content.xml", "styles.xml"]);
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        // The parts read here, and everything of a DOCX's main document mammoth will read.
        const read = wanted.has(file.name) || file.name.startsWith("word/");
        if (read && file.originalSize > MAX_XML_PART_BYTES) tooLarge.push({ name: file.name, size: file.originalSize });
        return wanted.has(file.name) && file.originalSize <= MAX_XML_PART_BYTES;
      },
    });
  } catch (cause) {
    throw new BadDocumentError(source, `damaged ZIP archive (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  const [large] = tooLarge;
  if (large) {
    throw new BadDocumentError(source, `document part too large (${large.name} unpacks to ${large.size} bytes; the limit is ${MAX_XML_PART_BYTES} bytes)`);
  }
  const mimetype = decode(parts.mimetype).trim();
  const contentTypes = decode(parts["[Content_Types].xml"]);
  if (ODT_MIMETYPES.has(mimetype) || (mimetype === "" && names.includes("content.xml") && /opendocument\.text"/.test(decode(parts["META-INF/manifest.xml"])))) {
    if (!parts["content.xml"]) throw new BadDocumentError(source, "ODT has no content.xml (damaged file)");
    return { kind: "odt", parts };
  }
  if (DOCX_MAIN.test(contentTypes)) return { kind: "docx", parts };
  const kind = mimetype.replace(/^application\/vnd\.oasis\.opendocument\./, "");
  const what =
    OTHER_OPENDOCUMENT[kind] ??
    OTHER_OOXML.find(([pattern]) => pattern.test(contentTypes))?.[1] ??
    (mimetype ? `a ZIP archive of type ${mimetype}` : `a ZIP archive of ${names.length} file(s)`);
  throw new BadDocumentError(source, `file is ${what}, neither a DOCX nor an ODT document`);
}
