/** Document structure: title, date, body, agenda items. */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { gazetteer } from "./support/fixtures.js";

describe("structure", () => {
  it("a second title line with the date continues the title instead of opening an empty section", () => {
    const raw = [
      "Fictieve bestuurlijke terugkoppeling",
      "LOVP 7 oktober 2020",
      "",
      "Meldkamers",
      "De korpschef gaf een toelichting op de wachttijden bij de meldkamers.",
      "",
      "Rondvraag",
      "De burgemeesters vroegen aandacht voor de jaarwisseling.",
    ].join("\n");
    const x = extractText(raw, "fictional.txt", gazetteer());
    expect(x.document.title).toBe("Fictieve bestuurlijke terugkoppeling LOVP 7 oktober 2020");
    expect(x.document).toMatchObject({ date: "2020-10-07", body: "LOVP" });
    expect(x.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Rondvraag"]);
    expect(x.sections.map((s) => s.index)).toEqual([0, 1]);
    for (const s of x.sections) expect(x.document.text.slice(s.start, s.end).length).toBeGreaterThan(0);
  });

  it("a numeric meeting date in the opening lines", () => {
    const raw = "Fictief verslag regionaal overleg\nDatum: 03-11-2021\n\nOpening\nDe voorzitter opent de vergadering om tien uur.";
    expect(extractText(raw, "fictional.txt", gazetteer()).document.date).toBe("2021-11-03");
  });

  it("a document without headings has statements outside any section", () => {
    const raw = "Fictieve notitie over de meldkamers\n\nDe korpschef benadrukte dat de wachttijden bij de meldkamers te lang zijn.";
    const x = extractText(raw, "fictional.txt", gazetteer());
    expect(x.sections).toEqual([]);
    expect(x.statements[0]?.sectionId).toBeNull();
    expect(x.statements[0]?.actorIds).toEqual(["office:korpschef"]);
  });
});
