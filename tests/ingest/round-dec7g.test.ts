/**
 * The round of 7 December (g). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames, gazetteer, statementWith } from "./support/fixtures.js";

const councilMinutes = (lines: string[]) =>
  extractText(["Fictief verslag gemeenteraad Zuiderveld, 3 oktober 2024", "", "Agendapunt 4. Cameratoezicht", ...lines].join("\n"), "fictief-raad-2024-10-03.txt", gazetteer());

describe("the outcome of a vote with its tally is the position of those who carried it", () => {
  const x = councilMinutes([
    "De heer Brink (Zuiderveld Vooruit) dient een motie in over extra handhavers.",
    "Mevrouw Kok (Groen Zuiderveld) vraagt naar de kosten.",
    "Het voorstel wordt met algemene stemmen aangenomen.",
    "De motie over de handhavers werd unaniem aangenomen.",
    "De raad verwerpt het amendement met 11 stemmen voor en 16 tegen.",
    "De begroting werd vastgesteld met de stemmen van Zuiderveld Vooruit en Groen Zuiderveld.",
  ]);

  it("a unanimous outcome is the council's support", () => {
    for (const fragment of ["met algemene stemmen", "unaniem aangenomen"]) {
      const statement = statementWith(x, fragment);
      expect(statement.stance).toBe("support");
      expect(actorNames(x, statement.actorIds).join()).toMatch(/raad/);
    }
  });

  it("a split vote with the council as subject is the council's, rejected is oppose", () => {
    const statement = statementWith(x, "De raad verwerpt");
    expect(statement.stance).toBe("oppose");
    expect(actorNames(x, statement.actorIds).join()).toMatch(/raad/);
  });

  it("'met de stemmen van' names the parties that carried it", () => {
    const statement = statementWith(x, "vastgesteld met de stemmen van");
    expect(statement.stance).toBe("support");
    expect(actorNames(x, statement.actorIds)).toEqual(expect.arrayContaining(["Zuiderveld Vooruit", "Groen Zuiderveld"]));
  });
});

describe("an outcome without its tally, or a split one in the passive, states nobody's position", () => {
  const x = councilMinutes([
    "De motie is met ruime meerderheid aangenomen.",
    "Het amendement wordt aangenomen met 15 stemmen voor en 12 tegen.",
    "De brief wordt unaniem voor kennisgeving aangenomen.",
  ]);

  it.each(["ruime meerderheid", "15 stemmen voor", "voor kennisgeving"])("'%s' has no holder", (fragment) => {
    expect(x.statements.find((s) => s.text.includes(fragment))?.actorIds ?? []).toEqual([]);
  });
});

describe("a member's party in brackets may be named by a word such as 'Vooruit' or 'Sterk'", () => {
  it.each([["Zuiderveld Vooruit"], ["Sterk Zuiderveld"], ["Samen Zuiderveld"]])("'(%s)' after a member is a party", (party) => {
    const x = councilMinutes([`De heer Brink (${party}) vraagt naar de kosten van de camera's.`]);
    expect(x.actors.map((a) => a.name)).toContain(party);
  });

  it("a place in brackets is still no party", () => {
    const x = councilMinutes(["Burgemeester Dalhuizen (Zuiderveld) licht het voorstel toe."]);
    expect(x.actors.map((a) => a.name)).not.toContain("Zuiderveld");
  });
});

describe("an opinion piece or a column is its author's: byline, note on the author, signature, credit in the title", () => {
  const writerOf = (title: string, lines: string[], source = "fictief-opinie-2022-05-01.txt") => {
    const x = extractText([title, "", ...lines, ""].join("\n"), source, gazetteer());
    return actorNames(x, statementWith(x, "Ik vraag de minister").actorIds);
  };
  const body = [
    "Dit is een fictief opiniestuk, geschreven als testmateriaal.",
    "",
    "In mijn gemeente sluit volgend jaar het laatste politiebureau. Ik vraag de minister dat besluit terug te draaien.",
  ];

  it("a byline under the title", () => {
    expect(writerOf("Opinie: Houd de politie in het dorp", ["", "Door Marieke Doornbos", "", ...body])).toEqual(["Marieke Doornbos"]);
  });

  it("a note on the author at the end, in a text written as 'ik'", () => {
    expect(writerOf("Houd de politie in het dorp", [...body, "", "Marieke Doornbos is burgemeester van Oudewater-Noord."], "fictief-stuk-2022-05-01.txt")).toEqual(["Marieke Doornbos"]);
  });

  it("a signature of name and office under a column", () => {
    expect(writerOf("Column: Houd de politie in het dorp", [...body, "", "Marieke Doornbos", "Burgemeester van Oudewater-Noord"])).toEqual(["Marieke Doornbos"]);
  });

  it("the office a title credits, made specific by the text", () => {
    const names = writerOf("Column van de burgemeester: houd de politie in het dorp", [...body, "", "De burgemeester van Oudewater-Noord schrijft elke maand een column."]);
    expect(names).toEqual(["burgemeester van Oudewater-Noord"]);
  });

  it("not the one the title addresses", () => {
    expect(writerOf("Opinie: Minister, houd de politie in het dorp", body)).toEqual([]);
  });

  it("not a paragraph line that opens with 'Door'", () => {
    const lines = ["", "Door de minister van Justitie en Veiligheid is vorig jaar besloten", "dat er bureaus dicht moeten.", "", ...body];
    expect(writerOf("Opinie: Houd de politie in het dorp", lines)).toEqual([]);
  });
});

describe("a full name after a capitalised word that is no given name", () => {
  it.each([
    ["Volgens Marieke Doornbos is het plan onuitvoerbaar.", "Volgens"],
    ["Ook Annet Velthuis vindt het plan onuitvoerbaar.", "Ook"],
  ])("'%s': the name after '%s' holds the position", (line, opener) => {
    const x = councilMinutes([line]);
    expect(actorNames(x, statementWith(x, opener).actorIds)).toEqual([line.split(" ").slice(1, 3).join(" ")]);
  });
});

describe("a news item's crossheads are no new agenda items: the headline's topics run on under them", () => {
  const lines = [
    "Burgemeesters kritisch over sluiting politiebureaus",
    "",
    "Dit is een fictief nieuwsbericht, geschreven als testmateriaal.",
    "",
    "ZUIDERMOLEN - De politie sluit dit jaar drie bureaus in de regio. Burgemeester Anne Velthuis noemt dat onverstandig.",
    "",
    "Kritiek van de bond",
    "",
    "De politiebond reageert boos. \"Zo verdwijnt de agent uit het dorp,\" zegt voorzitter Bram Kootstra.",
    "",
  ];
  const topicLabels = (x: ReturnType<typeof extractText>, fragment: string) =>
    statementWith(x, fragment).topicIds.map((id) => x.topics.find((t) => t.id === id)?.label ?? id).join("|");

  it("a statement under a crosshead of a news item keeps the headline's topic", () => {
    const x = extractText(lines.join("\n"), "fictief-bericht-2024-02-01.txt", gazetteer());
    expect(topicLabels(x, "Zo verdwijnt de agent")).toMatch(/politiebureau|sluiting/i);
  });

  it("minutes keep their agenda items apart", () => {
    const minutes = ["Fictief verslag algemeen bestuur, 1 februari 2024", "", "1. Sluiting politiebureaus", "De voorzitter licht het besluit toe.", "", "2. Jaarrekening", "De heer Kootstra vindt de jaarrekening helder."];
    const x = extractText(minutes.join("\n"), "fictief-verslag-2024-02-01.txt", gazetteer());
    expect(topicLabels(x, "jaarrekening helder")).not.toMatch(/politiebureau|sluiting/i);
  });
});

describe("harm in idioms of wear, limits and lost trust is a concern", () => {
  it.each([
    "Extra boa's lossen het tekort aan agenten niet alles op.",
    "Bij de verdeling van het materieel staan de kleine korpsen achteraan in de rij.",
    "De vrijwilligers in de dorpen zijn al jaren op.",
    "De meldkamer loopt tegen de grenzen van haar capaciteit aan.",
    "Het wordt steeds lastiger om de roosters rond te krijgen.",
    "Bij de ondernemers is het vertrouwen in de aanpak verdwenen.",
    "De jongeren op het plein worden allemaal verdacht.",
    "Het is de vierde uitval van het netwerk in twee jaar.",
  ])("'%s'", (clause) => expect(classifyStance(clause).stance).toBe("concern"));

  it("recovered trust is no concern", () => {
    expect(classifyStance("Het vertrouwen van de bewoners is hersteld.").stance).not.toBe("concern");
  });
});

describe("condemning names, the only sensible step, a creeping change, nothing to say yet", () => {
  it.each([
    ["De actiegroep noemt het besluit een schoffering van de vrijwilligers.", "oppose"],
    ["Volgens de bond is het verbod een collectieve straf voor de hele wijk.", "oppose"],
    ["De ondernemers noemen het plan een lastenverzwaring in een nette jas.", "oppose"],
    ["\"Een kazerne is meer dan een garage voor de wagens.\"", "oppose"],
    ["De vereniging vindt cameratoezicht de enige verstandige keuze.", "support"],
    ["Zij waarschuwt voor een sluipende verschuiving van taken naar de gemeenten.", "concern"],
    ["Over de kosten wil de wethouder nog niets zeggen.", "inform"],
  ])("'%s' is %s", (clause, stance) => expect(classifyStance(clause).stance).toBe(stance));

  it("a sum is not 'meer dan een' something", () => {
    expect(classifyStance("Het tekort is meer dan een miljoen euro.").stance).not.toBe("oppose");
  });
});

describe("layout: a numbered item after a line of those present, and labelled lines, open blocks of their own", () => {
  const withAttendance = (lines: string[]) =>
    extractText(
      ["Verslag driehoeksoverleg Zuidermolen, 11 februari 2020", "", ...lines, "", "Dit is een fictief verslag, geschreven als testmateriaal."].join("\n"),
      "fictief-driehoek-2020-02-11.txt",
      gazetteer(),
    );

  it("a numbered heading after a blank line is an agenda item, not the end of the line before it", () => {
    const x = withAttendance(["Aanwezig: burgemeester A. Velthuis en teamchef B. Kootstra", "", "1. Overlast stationsgebied", "De politie meldt dat de overlast toeneemt."]);
    expect(x.sections.map((s) => s.heading)).toContain("1. Overlast stationsgebied");
  });

  it("each labelled line is its own speaker's", () => {
    const x = withAttendance(["1. Overlast stationsgebied", "Politie: de overlast rond het station neemt toe.", "OM: de officier wil vaker snelrecht toepassen."]);
    expect(actorNames(x, statementWith(x, "OM: de officier").actorIds)).toEqual(["Openbaar Ministerie"]);
    expect(actorNames(x, statementWith(x, "Politie: de overlast").actorIds)).toEqual(["Politie"]);
  });
});

describe("a call to all and time that has come are requests", () => {
  it.each([
    "Laten we de politieposten in de dorpen openhouden.",
    "Het wordt tijd dat het kabinet de veiligheidsregio's compenseert.",
    "Voor de vrijwilligers is het de hoogste tijd voor een vergoeding.",
  ])("'%s'", (clause) => expect(classifyStance(clause).stance).toBe("request"));

  it("'laten we zien' shows, it does not call", () => {
    expect(classifyStance("Met deze cijfers laten we zien dat de aanpak werkt.").stance).not.toBe("request");
  });
});

describe("counting on the addressee, holding someone to a word, a hard condition, a preference", () => {
  it.each([
    "Wij gaan ervan uit dat de provincie de opruimkosten vergoedt.",
    "Wij vertrouwen erop dat de raad dit advies overneemt.",
    "De wethouder heeft extra handhavers beloofd. Wij houden haar daaraan.",
    "De fractie handhaaft de motie over de sluitingstijden.",
    "Een vaste wijkagent per dorp is voor de dorpsraad een harde voorwaarde.",
    "De meeste voorzitters zien liever een landelijke regeling.",
  ])("'%s' is a request", (clause) => {
    const last = clause.split(/(?<=\.)\s+/).pop()!;
    expect(classifyStance(last).stance).toBe("request");
  });
});
