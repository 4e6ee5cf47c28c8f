/**
 * Rebuilding a PDF page's text from its text items (src/ingest/read/pdf-lines.ts): paragraph gaps
 * become empty lines, lines repeated at the same place on every page are dropped.
 */
import type { StructuredTextItem } from "unpdf";
import { describe, expect, it } from "vitest";
import { linePitch, pageText as pageWithNotes, pdfLines, pdfPageTexts, runningLines } from "../../src/ingest/read/pdf-lines.js";

/** One text item per line, top to bottom, at the given baselines (and font sizes, 10 by default). */
function page(lines: ([string, number] | [string, number, number])[]): StructuredTextItem[] {
  return lines.map(([str, y, fontSize = 10]) => ({ str, x: 70, y, width: str.length * 5, height: fontSize, fontSize, fontFamily: "sans-serif", dir: "ltr", hasEOL: true }));
}

const pageText = (items: StructuredTextItem[], pitch: number | null, running: ReadonlySet<string> = new Set()): string => pageWithNotes(items, { pitch, running }).text;

describe("paragraph gaps", () => {
  const items = page([
    ["Fictief overleg over de wijkteams", 760],
    ["De voorzitter opent de vergadering en heet", 738],
    ["iedereen welkom.", 724],
    ["De burgemeesters steunen het plan van", 702],
    ["aanpak voor de wijkteams.", 688],
    ["De minister zegt toe het plan uit te werken.", 674],
  ]);

  it("the line pitch is the smallest common step, not the paragraph step", () => {
    expect(linePitch([pdfLines(items)])).toBe(14);
    const oneLineParagraphs = page([["Eerste regel.", 700], ["Tweede regel.", 678], ["Derde regel.", 656], ["Vierde regel", 634], ["loopt door.", 620]]);
    expect(linePitch([pdfLines(oneLineParagraphs)])).toBe(14);
  });

  it("a step clearly larger than the pitch is an empty line; the pitch itself is not", () => {
    expect(pageText(items, 14)).toBe(
      "Fictief overleg over de wijkteams\n\nDe voorzitter opent de vergadering en heet\niedereen welkom.\n\nDe burgemeesters steunen het plan van\naanpak voor de wijkteams.\nDe minister zegt toe het plan uit te werken.\n",
    );
  });

  it("a jump back up the page (a new column or text box) starts a new block", () => {
    const columns = page([["Linker kolom, eerste regel", 700], ["linker kolom, tweede regel", 686], ["Rechter kolom", 700]]);
    expect(pageText(columns, 14)).toBe("Linker kolom, eerste regel\nlinker kolom, tweede regel\n\nRechter kolom\n");
  });

  it("without a known pitch the text is as PDF.js writes it", () => {
    expect(pageText(items, null)).toBe(items.map((i) => `${i.str}\n`).join(""));
  });
});

describe("footnotes", () => {
  it("a smaller font below the page's body text moves to the end, so a sentence over the page break stays whole", () => {
    const first = page([
      ["De korpschef meldt dat het aantal meldingen¹ over", 720],
      ["verward gedrag dit jaar opnieuw is gestegen en dat de", 706],
      ["1 Fictieve bron: jaarcijfers van de eenheid.", 80, 7],
      ["Het gaat om meldingen bij de meldkamer.", 71, 7],
    ]);
    const second = page([["eenheid daarvoor extra mensen inzet.", 720], ["De burgemeesters steunen die inzet.", 706]]);
    expect(pdfPageTexts([first, second])).toEqual([
      "De korpschef meldt dat het aantal meldingen¹ over\nverward gedrag dit jaar opnieuw is gestegen en dat de\n",
      "eenheid daarvoor extra mensen inzet.\nDe burgemeesters steunen die inzet.\n\n1 Fictieve bron: jaarcijfers van de eenheid. Het gaat om meldingen bij de meldkamer.\n",
    ]);
  });

  it("small text above the body's last line (a margin column) stays where it is", () => {
    const items = page([["Datum 3 maart 2021", 760, 7], ["De korpschef licht het plan toe.", 720], ["De burgemeesters zijn positief.", 706]]);
    expect(pdfPageTexts([items])[0]).toContain("Datum 3 maart 2021\n");
    expect(pdfPageTexts([items])[0]).not.toContain("\n\nDatum");
  });
});

describe("lines every page repeats", () => {
  const first = page([["Fictieve notitie", 760], ["De korpschef licht het plan toe.", 738], ["Pagina 1 van 2", 60]]);
  const second = page([["Datum 3 maart 2021", 800], ["De burgemeesters zijn positief.", 760], ["Pagina 2 van 2", 60]]);

  it("the same text (digits aside) at the same height on both pages of two is running", () => {
    const running = runningLines([first, second].map(pdfLines));
    expect(pageText(first, 22, running)).toBe("Fictieve notitie\nDe korpschef licht het plan toe.\n");
    expect(pageText(second, 22, running)).toContain("Datum 3 maart 2021");
  });

  it("the same sentence at another height is running text, and one page has no running lines", () => {
    const moved = page([["De burgemeesters zijn positief.", 700], ["Pagina 2 van 2", 60]]);
    const running = runningLines([second, moved].map(pdfLines));
    expect(pageText(moved, 14, running)).toBe("De burgemeesters zijn positief.\n");
    expect(runningLines([pdfLines(first)]).size).toBe(0);
  });
});
