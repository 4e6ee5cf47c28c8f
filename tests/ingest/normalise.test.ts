/** Normalisation: layout repair with an offset map back to the raw text. */
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise/normalise.js";

const paragraphs = (raw: string): string[] => {
  const n = normalise(raw);
  return n.blocks.map((b) => n.text.slice(b.start, b.end));
};

describe("normalise", () => {
  it("joins wrapped lines, also across the blank line converted text puts after every line", () => {
    const raw = [
      "Fictief verslag van het overleg",
      "",
      "Meldkamers",
      "",
      "De korpschef schetste de stand van zaken bij de meldkamers en de wachttijden in de",
      "",
      "avond. De burgemeesters vroegen om een vervolg met een concreet plan van aanpak voor het",
      "",
      "najaar.",
      " ",
      "",
      "Rondvraag",
      "",
      "Er waren geen vragen.",
    ].join("\n");
    expect(paragraphs(raw)).toEqual([
      "Fictief verslag van het overleg",
      "Meldkamers",
      "De korpschef schetste de stand van zaken bij de meldkamers en de wachttijden in de avond. De burgemeesters vroegen om een vervolg met een concreet plan van aanpak voor het najaar.",
      "Rondvraag",
      "Er waren geen vragen.",
    ]);
    expect(normalise(raw).blocks.map((b) => b.kind)).toEqual(["title", "heading", "paragraph", "heading", "paragraph"]);
  });

  it("ends a paragraph at a short line that ends a sentence", () => {
    const raw = "Titel\n\nKop\nDe eerste alinea loopt over een hele regel door tot aan de rechterkantlijn van de pagina en\nstopt hier.\nDe tweede alinea begint op een nieuwe regel en loopt ook door tot aan de rechterkantlijn hier.\n";
    const p = paragraphs(raw);
    expect(p).toHaveLength(4);
    expect(p[2]).toMatch(/en stopt hier\.$/);
  });

  it("applies Dutch line-end hyphenation rules", () => {
    const raw = [
      "Titel van een fictief verslag",
      "",
      "Kop",
      "De burgemeesters bespraken de beleids-",
      "en beheerszaken van de regionale een-",
      "heid en de LOVP-",
      "vergadering van Noord-",
      "Nederland met de veiligheids-",
      "regio. Een veiligheidsregio is geen politie-eenheid, maar de politie-",
      "eenheid werkt er wel mee samen in de hele regio en daarbuiten ook.",
    ].join("\n");
    const text = normalise(raw).text;
    expect(text).toContain("beleids- en beheerszaken");
    expect(text).toContain("regionale eenheid");
    expect(text).toContain("LOVP-vergadering");
    expect(text).toContain("Noord-Nederland");
    expect(text).toContain("veiligheidsregio. Een"); // the joined form occurs elsewhere
    expect(text).toContain("de politie-eenheid werkt"); // the hyphenated form occurs elsewhere
  });

  it("a title wrapped over two lines stays one title; a wrapped first paragraph is no title", () => {
    const body = [
      "De korpschef schetste de stand van zaken bij de meldkamers en de wachttijden in de",
      "avond. De burgemeesters vroegen om een vervolg met een concreet plan van aanpak.",
    ];
    const titled = ["Fictieve bestuurlijke terugkoppeling van het overleg over de politie in de", "regio Noord", "", ...body].join("\n");
    expect(normalise(titled).blocks.map((b) => b.kind)).toEqual(["title", "paragraph"]);
    expect(paragraphs(titled)[0]).toBe("Fictieve bestuurlijke terugkoppeling van het overleg over de politie in de regio Noord");
    const untitled = [...body, "", "De minister zegde toe voor de zomer te reageren op de vragen uit het overleg."].join("\n");
    expect(normalise(untitled).blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });

  it("a headline alone between paragraph gaps is a heading even when nearly as wide as the text", () => {
    const raw = [
      "Fictief nieuwsoverzicht",
      "",
      "Fictief bericht: burgemeesters willen meer wijkagenten in de kleine kernen",
      "",
      "De burgemeesters van de regio vinden dat de wijkagent te weinig tijd heeft voor",
      "de kleine kernen. Zij vragen de korpschef om meer agenten in de dorpen te zetten,",
      "juist nu de meldingen over overlast in de avonduren toenemen. De korpschef zegt",
      "toe de inzet na de zomer opnieuw te bekijken met de teamchefs van de eenheid.",
    ].join("\n");
    expect(normalise(raw).blocks.map((b) => b.kind)).toEqual(["title", "heading", "paragraph"]);
  });

  it("drops running headers, footers and page numbers of a paged text", () => {
    const page = (n: number, body: string): string => `Fictief verslag LOVP - vertrouwelijk\n${body}\nPagina ${n} van 3`;
    const raw = [
      page(1, "Titel van het fictieve verslag\n\nKop\nDe korpschef gaf een toelichting op de cijfers van het eerste"),
      page(2, "kwartaal en de burgemeesters stelden vragen over de inzet in de zomer."),
      page(3, "Alle leden waren het daarmee eens."),
    ].join("\n\f\n");
    const text = normalise(raw).text;
    expect(text).not.toContain("vertrouwelijk");
    expect(text).not.toContain("Pagina");
    expect(text).toContain("het eerste kwartaal en de burgemeesters");
  });

  it("cleans characters: curly quotes, soft hyphens, ligatures, Dutch ij, NBSP, decomposed accents", () => {
    const raw = "Titel\n\nKop\nHet \u201crapport\u201d over coo\u0308rdinatie en e\u0301e\u0301n be\u00adleid: \ufb01nanci\u00ebn, \u0133zer en\u00a0\u2018zaken\u2019.";
    const text = normalise(raw).text;
    expect(text).toContain('Het "rapport" over coördinatie en één beleid: financiën, ijzer en \'zaken\'.');
  });

  it("maps every normalised character back to the raw character it came from", () => {
    const raw = "Titel\n\nKop\n\nDe korpschef  sprak over de be-\n\nleids\u00adlijn en het \u201cplan\u201d.\n";
    const n = normalise(raw);
    expect(n.rawOffsets).toHaveLength(n.text.length + 1);
    for (let i = 0; i < n.text.length; i++) {
      const rawChar = raw[n.rawOffsets[i]!]!;
      const c = n.text[i]!;
      if (/[\p{L}\p{N}.]/u.test(c)) expect(rawChar.normalize("NFC")).toBe(c);
    }
    const at = n.text.indexOf("plan");
    expect(raw.slice(n.rawOffsets[at], n.rawOffsets[at + 4])).toBe("plan");
    // Offsets never go backwards.
    for (let i = 1; i < n.rawOffsets.length; i++) expect(n.rawOffsets[i]!).toBeGreaterThanOrEqual(n.rawOffsets[i - 1]!);
  });

  it("recognises numbered agenda headings but not numbered list items", () => {
    const raw = [
      "Fictief verslag van het overleg van de regioburgemeesters",
      "",
      "1. Opening",
      "De voorzitter opent de vergadering en heet iedereen welkom.",
      "",
      "2. Meldkamers",
      "De korpschef noemde drie punten:",
      "1) de wachttijden zijn opgelopen;",
      "2) er is een tekort aan centralisten.",
    ].join("\n");
    const n = normalise(raw);
    const headings = n.blocks.filter((b) => b.kind === "heading").map((b) => n.text.slice(b.start, b.end));
    expect(headings).toEqual(["1. Opening", "2. Meldkamers"]);
  });

  it("keeps short paragraphs of one line each apart when a blank line follows every line", () => {
    // Every line ends a sentence: these are paragraphs, not the wrapped lines of a PDF copy.
    const raw = [
      "Fictief verslag van de commissie Veiligheid",
      "",
      "De heer Wubbels (CDA): Wij steunen het voorstel. De overlast op het plein is al jaren een probleem.",
      "",
      "Mevrouw Haitsma (SP): Ik maak mij zorgen over de privacy van de bezoekers van het plein.",
      "",
      "Burgemeester Oldenkamp: Dat kan ik toezeggen. De beelden worden na vier weken verwijderd.",
      "",
    ].join("\n");
    expect(paragraphs(raw).slice(1)).toEqual([
      "De heer Wubbels (CDA): Wij steunen het voorstel. De overlast op het plein is al jaren een probleem.",
      "Mevrouw Haitsma (SP): Ik maak mij zorgen over de privacy van de bezoekers van het plein.",
      "Burgemeester Oldenkamp: Dat kan ik toezeggen. De beelden worden na vier weken verwijderd.",
    ]);
  });
});
