/**
 * A FICTIONAL text set as the PDF a Dutch government office would publish: A4, the body in a
 * left column, paragraphs set apart by spacing only (the text layer has no empty lines); on every
 * page after the first a running header with the document's opening words and a margin column
 * with the date and a reference; the page number on every page. Header, column and page number
 * are drawn after the body, as word processors do. Used by `rendition.ts`.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { wrapWords } from "./wrap.js";

const SIZE = 10;
const PITCH = 14;
const PARAGRAPH_SPACING = 8;
const BODY_WIDTH = 360;
const LEFT = 70;
const TOP = 760;
const BOTTOM = 70;

// Helvetica's WinAnsi encoding has no other characters; the few others become "?" (and their
// sentences are then not found by the scorer, which counts against the PDF).
const winAnsi = (text: string): string => text.replace(/[^\x20-\x7e\u00a0-\u00ff€“”‘’‚„–—•…]/g, "?");

function openingWords(text: string): string {
  const first = text.split("\n").find((line) => line.trim() !== "") ?? "";
  return wrapWords(first, (line) => line.length <= 60)[0]!;
}

export async function renderPdf(text: string, date = ""): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // Each paragraph's wrapped lines, kept as paragraphs so spacing can follow them.
  const paragraphs = text
    .split("\n")
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => wrapWords(winAnsi(paragraph), (line) => font.widthOfTextAtSize(line, SIZE) <= BODY_WIDTH));
  const header = winAnsi(openingWords(text));
  const pages: { page: ReturnType<typeof doc.addPage>; y: number }[] = [];
  const newPage = () => {
    const page = doc.addPage([595, 842]);
    pages.push({ page, y: TOP });
    return pages[pages.length - 1]!;
  };
  let current = newPage();
  for (const lines of paragraphs) {
    for (const line of lines) {
      if (current.y < BOTTOM) current = newPage();
      current.page.drawText(line, { x: LEFT, y: current.y, size: SIZE, font });
      current.y -= PITCH;
    }
    current.y -= PARAGRAPH_SPACING;
  }
  pages.forEach(({ page }, i) => {
    if (i > 0) {
      page.drawText(header, { x: LEFT, y: 800, size: 7, font });
      page.drawText(winAnsi(`Datum ${date}`.trim()), { x: 460, y: 700, size: 7, font });
      page.drawText("Kenmerk 2026-0001", { x: 460, y: 690, size: 7, font });
    }
    page.drawText(`Pagina ${i + 1} van ${pages.length}`, { x: 460, y: 680, size: 7, font });
  });
  return doc.save();
}
