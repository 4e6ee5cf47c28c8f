/**
 * The round of 7 December (d): what an answer promises, a plea the holder will make elsewhere,
 * grudging acceptance, and agenda items whose heading is long or follows a line that ends no
 * sentence. Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames as names, extractFictionalDocument, gazetteer, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;
/** A fictional document from its lines, as a plain-text file of that name. */
const fromLines = (lines: string[], file: string): ReturnType<typeof extractText> => extractText(lines.join("\n"), file, gazetteer());
const veiligheidsberaad = (lines: string[]) => extractFictionalDocument("Fictief verslag Veiligheidsberaad, 12 juni 2023", "verslag", lines);

describe("an answer that says what will be done and when is a commitment", () => {
  it.each([
    ["De wethouder antwoordt dat de evaluatie in oktober naar de commissie gaat.", "commitment"],
    ["Daarop antwoordde zij dat het spreekuur vanaf maart ook op zaterdag wordt gehouden.", "commitment"],
    ["De korpschef antwoordde dat de proef met drones na de zomer wordt uitgebreid naar twee eenheden.", "commitment"],
    ["De directeur bevestigt dat de nota binnen zes weken aan het bestuur wordt voorgelegd.", "commitment"],
    ["De burgemeester antwoordt dat de subsidie wordt voortgezet.", "commitment"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([
    // What was already done is no promise.
    ["De burgemeester antwoordt dat er in de begroting twee extra handhavers zijn opgenomen.", "commitment"],
    ["De burgemeester antwoordt dat in maart elf incidenten zijn gemeld.", "commitment"],
    // An answer without a time ahead says how things are.
    ["De wethouder antwoordt dat de camera's alleen 's nachts worden uitgekeken.", "commitment"],
  ])("'%s' is no %s", (clause, stance) => expect(stanceOf(clause)).not.toBe(stance));
});

describe("a plea the holder will make elsewhere is their own future act", () => {
  it.each([
    ["Zij zal bij het ministerie aandringen op een ruimere vergoeding.", "commitment"],
    ["Hij zal in het Veiligheidsberaad aandacht vragen voor de kleine gemeenten.", "commitment"],
    ["Zijn fractie zal na het reces een initiatiefvoorstel indienen.", "commitment"],
    ["Als de cijfers tegenvallen, zal het college in het voorjaar met een nieuw plan komen.", "commitment"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([
    // A wish ("zou") and asking the addressee stay requests.
    ["Zij zou liever zien dat het geld naar het jongerenwerk gaat.", "request"],
    ["De fractie vraagt de wethouder aandacht te besteden aan de verlichting.", "request"],
  ])("'%s' stays %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("being able to live with something is a (grudging) yes", () => {
  it.each([
    ["Als de termijn kort blijft, kunnen wij ermee leven.", "support"],
    ["Met een evaluatie na een jaar kan ik met dit besluit leven.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("'niet mee leven' is no yes", () => {
    expect(stanceOf("Daar kunnen wij niet mee leven.")).not.toBe("support");
  });
});

describe("a line that calls itself an agenda item opens one", () => {
  const minutes = (heading: string, before: string): ReturnType<typeof extractText> =>
    fromLines(
      [
        "Fictief verslag gemeenteraad Kalmerwaard, 10 maart 2022",
        "",
        "Dit is een fictief verslag, geschreven als testmateriaal.",
        "",
        before,
        "",
        heading,
        "",
        "Het college stelt voor het centrum voor zes maanden als veiligheidsrisicogebied aan te wijzen.",
        "",
        "Mevrouw Pieters (Groen Kalmerwaard) is kritisch over het voorstel.",
      ],
      "fictional-minutes.txt",
    );

  it("even when its title is longer than other headings", () => {
    const heading = "Agendapunt 7. Wijziging van de APV: aanwijzing van een veiligheidsrisicogebied in het centrum (preventief fouilleren)";
    const x = minutes(heading, "Voorzitter: de heer Jansen. Aanwezig: 27 leden.");
    expect(x.sections.map((s) => s.heading)).toEqual([heading]);
    const proposal = statementWith(x, "veiligheidsrisicogebied aan te wijzen");
    expect(proposal.text.startsWith("Het college")).toBe(true);
    expect(names(x, proposal.actorIds)).toEqual(["college van burgemeester en wethouders"]);
  });

  it("even when the line before it ends no sentence", () => {
    const x = minutes("Agendapunt 3 Cameratoezicht", "Aanwezig: de heer Jansen (voorzitter), mevrouw Pieters (Groen Kalmerwaard)");
    expect(x.sections.map((s) => s.heading)).toEqual(["Agendapunt 3 Cameratoezicht"]);
    expect(x.statements.some((s) => s.text.includes("Aanwezig") && s.text.includes("Agendapunt"))).toBe(false);
  });
});

describe("who holds a statement: the side a remark came from, the capacity of 'wij', 'het lid X'", () => {
  it("'Van de zijde van X werd opgemerkt' and 'Vanuit X werd gemeld' are X's", () => {
    const x = veiligheidsberaad([
      "De korpschef gaf een toelichting op de inzet bij demonstraties.",
      "Van de zijde van de VNG werd opgemerkt dat kleine gemeenten weinig ervaring hebben met grote betogingen.",
      "Vanuit het OM werd gemeld dat snelrecht beschikbaar blijft.",
    ]);
    expect(names(x, statementWith(x, "weinig ervaring").actorIds)).toEqual(["Vereniging van Nederlandse Gemeenten"]);
    expect(names(x, statementWith(x, "snelrecht beschikbaar").actorIds)).toEqual(["Openbaar Ministerie"]);
  });

  it("'Wij hebben als regioburgemeesters ...' is the regional mayors'", () => {
    const x = veiligheidsberaad(["De minister lichtte het plan toe.", "Wij hebben als regioburgemeesters dat plan van harte gesteund."]);
    expect(names(x, statementWith(x, "van harte gesteund").actorIds)).toEqual(["regioburgemeesters"]);
  });

  it("'Daarna vraagt het lid Jansen ...' is Jansen's, not the previous speaker's", () => {
    const x = veiligheidsberaad([
      "Het lid Bergsma (SP) vraagt naar de werkdruk in de basisteams.",
      "Daarna vraagt het lid Jansen (VVD) om een overzicht van de vacatures.",
    ]);
    expect(names(x, statementWith(x, "overzicht van de vacatures").actorIds)).toEqual(["Jansen"]);
  });
});

describe("an office of a body with a long name, and a body introduced by what it is", () => {
  it("'de voorzitter van de Raad van X' is the chair of that whole body, not of 'de Raad'", () => {
    const x = veiligheidsberaad([
      "De voorzitter van de Raad van Havenmeesters vraagt om meer geld voor de kades.",
      "De voorzitter van de Raad van Dijkgraven steunt dat verzoek.",
    ]);
    const first = statementWith(x, "kades").actorIds;
    const second = statementWith(x, "steunt dat verzoek").actorIds;
    expect(names(x, first)).toEqual(["voorzitter van de Raad van Havenmeesters"]);
    expect(names(x, second)).toEqual(["voorzitter van de Raad van Dijkgraven"]);
  });

  it("'Netbeheerder Stichting X laat weten ...' is the foundation's", () => {
    const x = veiligheidsberaad(["De minister lichtte het plan toe.", "Netbeheerder Stichting Polderstroom laat in een reactie weten het plan te steunen."]);
    expect(names(x, statementWith(x, "plan te steunen").actorIds)).toEqual(["Stichting Polderstroom"]);
  });
});

describe("the place of an office holder is no topic; a clause that names nothing keeps the item's last topic", () => {
  const news = (): ReturnType<typeof extractText> =>
    fromLines(
      [
        "Fictief nieuwsbericht: politie sluit bureaus, 3 mei 2024",
        "",
        "Dit is een fictief bericht, geschreven als testmateriaal.",
        "",
        "De politie-eenheid Noordland sluit dit jaar vijf bureaus. De sluiting treft vooral kleine kernen.",
        "",
        "Ook burgemeester Pieter Lodewijks van Saterdijk is kritisch.",
      ],
      "fictional-news.txt",
    );

  it("'burgemeester X van Saterdijk' does not make Saterdijk a topic", () => {
    const x = news();
    expect(x.topics.map((t) => t.label)).not.toContain("Saterdijk");
  });

  it("'Ook burgemeester X is kritisch' is about the closure the item was about", () => {
    const x = news();
    const labels = statementWith(x, "is kritisch").topicIds.map((id) => x.topics.find((t) => t.id === id)?.label);
    expect(labels).toEqual(["sluiting"]);
  });
});

describe("a short crosshead that is a sentence is a headline, not a topic name", () => {
  it("'Vakbond spreekt van kaalslag' gives the topic 'kaalslag', not the whole line", () => {
    const x = fromLines(
      [
        "Fictief nieuwsbericht: bureaus dicht in Noordland, 3 mei 2024",
        "",
        "Dit is een fictief bericht, geschreven als testmateriaal.",
        "",
        "De politie-eenheid Noordland sluit dit jaar vijf bureaus.",
        "",
        "Vakbond spreekt van kaalslag",
        "",
        "De vakbond noemt de sluiting een kaalslag voor het platteland.",
        "",
        "Nachtwinkels",
        "",
        "De nachtwinkels in de dorpen houden volgens de eenheid vaker toezicht.",
        "",
        "Rapport “De Schaduwkant van Noordland”",
        "",
        "De eenheid presenteerde een rapport over de drugshandel in de dorpen.",
      ],
      "fictional-news.txt",
    );
    const label = (id: string): string | undefined => x.topics.find((t) => t.id === id)?.label;
    const headings = Object.fromEntries(x.sections.map((s) => [s.heading, s.topicIds.map(label)]));
    expect(headings["Vakbond spreekt van kaalslag"]).toEqual(["kaalslag"]);
    // A name stays the topic it names.
    expect(headings["Nachtwinkels"]?.map((l) => l?.toLowerCase())).toEqual(["nachtwinkels"]);
    // A report named in quotes is a name, not a quote.
    // (The normaliser straightens the quotation marks; the topic's label drops them.)
    expect(headings['Rapport "De Schaduwkant van Noordland"']).toEqual(["Rapport De Schaduwkant van Noordland"]);
  });
});

describe("a short double-spaced note keeps its dated title line", () => {
  it("the title is the first line alone, with its date, not glued to the next paragraph", () => {
    const x = fromLines(
      [
        "Fictief verslag commissie bestuur Kalmerwaard, 12 juni 2023",
        "",
        "Dit is een fictief verslag, geschreven als testmateriaal.",
        "",
        "Mevrouw Pieters vraagt naar de kosten van de camera's.",
        "",
        "Burgemeester Jansen zegt toe de raad voor de zomer te informeren.",
      ],
      "fictional-note.txt",
    );
    expect(x.document.title).toBe("Fictief verslag commissie bestuur Kalmerwaard, 12 juni 2023");
    expect(x.document.date).toBe("2023-06-12");
    expect(x.statements.some((s) => s.text.includes("Kalmerwaard, 12 juni"))).toBe(false);
  });
});

describe("a coordinated clause with no position of its own adds to the statement before it", () => {
  const meeting = (lines: string[]) => extractFictionalDocument("Fictief verslag LOVP, 12 juni 2023", "verslag", lines);

  it("'deelde die analyse en wees op de afspraken' is one statement; 'en waarschuwde voor de kosten' is a second", () => {
    const x = meeting([
      "De regioburgemeesters schetsten de werkdruk in de basisteams.",
      "De korpschef deelde die analyse en wees op de afspraken met de zorginstellingen.",
      "De minister steunde het plan en waarschuwde voor de kosten van de uitbreiding.",
    ]);
    const shared = statementWith(x, "deelde die analyse");
    expect(shared.text).toContain("wees op de afspraken");
    expect(shared.stance).toBe("support");
    expect(x.statements.filter((s) => s.text.includes("afspraken met de zorginstellingen"))).toHaveLength(1);
    expect(statementWith(x, "waarschuwde voor de kosten").text).not.toContain("steunde het plan");
    expect(statementWith(x, "waarschuwde voor de kosten").stance).toBe("concern");
    expect(statementWith(x, "steunde het plan").stance).toBe("support");
  });
});
