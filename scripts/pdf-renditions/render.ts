/**
 * A FICTIONAL text set as the PDF a Dutch government office would publish: A4, the body in a
 * left column, paragraphs set apart by spacing only (the text layer has no empty lines), and on
 * every page after the first a running header with the document's opening words and a margin
 * column with the date and a reference; the page number on every page, drawn after the body as word processors
 * do. Used by `scripts/score-pdf-renditions.ts` to measure what reading a PDF costs extraction.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";

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
  let label = "";
  for (const word of first.split(/\s+/)) {
    if (`${label} ${word}`.length > 60) break;
    label = label ? `${label} ${word}` : word;
  }
  return label;
}

export async function renderPdf(text: string, date = ""): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // Each paragraph's wrapped lines, kept as paragraphs so spacing can follow them.
  const paragraphs: string[][] = [];
  for (const paragraph of text.split(/\n/)) {
    if (paragraph.trim() === "") continue;
    const lines: string[] = [];
    let line = "";
    for (const word of winAnsi(paragraph).split(/\s+/).filter(Boolean)) {
      const longer = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(longer, SIZE) > BODY_WIDTH) {
        lines.push(line);
        line = word;
      } else line = longer;
    }
    lines.push(line);
    paragraphs.push(lines);
  }
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
