/**
 * A Word document (.docx) to plain text: mammoth turns the WordprocessingML into semantic HTML
 * (headings by paragraph style, lists, tables, footnotes and endnotes), which is then written out
 * as text blocks like a web page's content. Mammoth reads the accepted text of tracked changes
 * (w:ins and w:moveTo kept, w:del and w:moveFrom dropped) and leaves comments, headers, footers
 * and images out; tables of contents are dropped here (by Word's styles, or by their entries).
 * Footnote references stay where they are cited ("[1]"), the notes follow the body.
 */
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { BadDocumentError } from "../../errors/app-error.js";
import { blocksOfHtml, textOf } from "./html-blocks.js";
import { blocksToText, letterCount, type StructuredText } from "./text-blocks.js";

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  // Word's built-in names are English whatever the interface language ("toc 1", "TOC Heading").
  "p[style-name^='toc '] => !",
  "p[style-name^='TOC'] => !",
  "p[style-name^='Inhopg'] => !",
];

/** Images are left out without reading their bytes. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

// A table-of-contents entry as mammoth renders it: the heading, a tab, the page number.
const TOC_ENTRY = /^\s*(.+?)\t+\s*\d{1,4}\s*$/;
const TOC_TITLE = /^\s*(?:inhoud(?:sopgave)?|contents|table of contents)\s*$/i;
const headingKey = (text: string): string => text.replace(/^\s*[\d.]+\s+/, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Drops a table of contents that is not marked by Word's "toc N" styles (LibreOffice writes its
 * entries as Normal paragraphs): paragraphs "heading<tab>page" naming a heading of the document,
 * and an "Inhoudsopgave" line just before them.
 */
function dropTableOfContents(body: HTMLElement): void {
  const headings = new Set([...body.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => headingKey(h.textContent ?? "")));
  for (const paragraph of [...body.querySelectorAll("p")]) {
    const entry = TOC_ENTRY.exec(paragraph.textContent ?? "");
    if (!entry || !headings.has(headingKey(entry[1]!))) continue;
    const before = paragraph.previousElementSibling;
    if (before?.localName === "p" && TOC_TITLE.test(before.textContent ?? "")) before.remove();
    paragraph.remove();
  }
}

export async function readDocx(bytes: Uint8Array, source: string): Promise<StructuredText> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES });
    html = result.value;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    throw new BadDocumentError(source, `DOCX cannot be read (${message})`, { cause });
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  // Mammoth lists the notes at the end as <li id="footnote-N">, each with a link back to its
  // reference; the references read "[N]" in the order the notes are listed.
  const notes: string[] = [];
  for (const note of [...document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')]) {
    for (const back of [...note.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')]) back.remove();
    notes.push(textOf(note, " "));
    const list = note.parentElement;
    note.remove();
    if (list && list.children.length === 0) list.remove();
  }
  dropTableOfContents(document.body);
  const blocks = blocksOfHtml(document.body);
  if (letterCount(blocks) === 0) throw new BadDocumentError(source, "DOCX has no text");
  return blocksToText(blocks, notes);
}
