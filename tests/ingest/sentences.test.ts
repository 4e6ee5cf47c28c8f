/** Dutch sentence and clause splitting. */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/ingest/sentences/split-sentences.js";

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("Dutch sentence splitting", () => {
  it("survives abbreviations, initials and references", () => {
    const text =
      "Dhr. Jansen en mw. De Wit spraken o.a. over de begroting, d.w.z. over de politie. " +
      "De PG's van het OM verwezen naar art. 12 van de wet en naar nr. 4 van de lijst. " +
      "Ook A.B. de Vries was aanwezig m.b.t. het verslag van 3 sept. 2019. " +
      "Er is ca. 200 mln. euro nodig. " +
      "Wat vindt de minister? Hij antwoordde direct!";
    expect(split(text)).toEqual([
      "Dhr. Jansen en mw. De Wit spraken o.a. over de begroting, d.w.z. over de politie.",
      "De PG's van het OM verwezen naar art. 12 van de wet en naar nr. 4 van de lijst.",
      "Ook A.B. de Vries was aanwezig m.b.t. het verslag van 3 sept. 2019.",
      "Er is ca. 200 mln. euro nodig.",
      "Wat vindt de minister?",
      "Hij antwoordde direct!",
    ]);
  });

  it("splits before an enumerator and after a closing quote", () => {
    expect(split('Er zijn twee punten. 2) Het tweede punt volgt. "Dat klopt." De voorzitter sloot af.')).toEqual([
      "Er zijn twee punten.",
      "2) Het tweede punt volgt.",
      '"Dat klopt."',
      "De voorzitter sloot af.",
    ]);
  });

  it("does not split on a lower-case continuation or a decimal", () => {
    expect(split("Het budget stijgt met 2.5 procent t.o.v. vorig jaar en daalt daarna.")).toHaveLength(1);
  });

  it("returns offsets into the text", () => {
    const text = "  Eerste zin.  Tweede zin.  ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
