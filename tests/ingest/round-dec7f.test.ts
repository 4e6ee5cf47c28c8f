/**
 * The round of 7 December (f). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { discoverTopics } from "../../src/ingest/topics/discover-topics.js";
import { extractText } from "../../src/ingest/index.js";
import { extractNote, gazetteer, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;

describe("an obligation the subject has to bear is a concern, not a demand", () => {
  it.each([
    ["De brandweer heeft vorig jaar twee kazernes moeten sluiten.", "concern"],
    ["Dat betekent dat de teams weekenddiensten moeten schrappen.", "concern"],
    ["Het gevolg is dat wijkagenten vaker in de noodhulp moeten bijspringen.", "concern"],
    ["Bewoners moeten straks een half uur reizen naar het dichtstbijzijnde bureau.", "concern"],
    ["De recherche moet nu al zaken laten liggen.", "concern"],
    ["Het is vreemd dat de dorpen zelf moeten opdraaien voor de schade.", "concern"],
    ["Zonder extra geld moeten de korpsen keuzes maken in hun inzet.", "concern"],
    ["Het was een avond waar we ons voor moeten schamen.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([
    // Demands on others, a permission that must remain, granting someone must choose.
    ["Het kabinet moet de tekorten van de veiligheidsregio's compenseren.", "request"],
    ["De gemeente moet straks ook kunnen ingrijpen bij overlast.", "support"],
  ])("'%s' stays %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("granting that someone has to choose is no concern", () => {
    expect(stanceOf("De wethouder begrijpt dat de politie keuzes moet maken.")).not.toBe("concern");
  });
});

describe("a descriptive sentence right after an attributed one continues it, one step only", () => {
  const extraction = extractNote([
    "De korpschef meldde dat de eenheid Noordkust veertig vacatures heeft. Ongeveer de helft daarvan is inmiddels vervuld. Vorig jaar vertrokken er twaalf rechercheurs naar het bedrijfsleven.",
    "Het budget voor de werving komt uit de reserve van het korps.",
  ]);

  it("gives the next sentence of the paragraph to the speaker before it", () => {
    expect(statementWith(extraction, "Ongeveer de helft").actorIds).toEqual(["office:korpschef"]);
  });

  it("leaves the sentence after that, and the next paragraph, to no one", () => {
    expect(statementWith(extraction, "Vorig jaar vertrokken").actorIds).toEqual([]);
    expect(statementWith(extraction, "Het budget voor de werving").actorIds).toEqual([]);
  });
});

describe("a short line above a list is the list's heading, in double-spaced text too", () => {
  const extraction = extractText(
    [
      "Fictief verslag van de commissie Justitie en Veiligheid, 6 juli 2022",
      "",
      "Het lid Van der Werf vraagt naar de zij-instroom van rechercheurs.",
      "",
      "Toezeggingen",
      "",
      "- De minister informeert de Kamer na de zomer over de proef met bodycams.",
      "",
      "- De minister stuurt voor 1 oktober een brief over de werving.",
    ].join("\n"),
    "fictief-commissieverslag-2022-07-06.txt",
    gazetteer(),
  );

  it("keeps the heading out of the first item, whose subject holds it", () => {
    const first = statementWith(extraction, "informeert de Kamer");
    expect(first.text).not.toMatch(/Toezeggingen/);
    expect(first.actorIds).toEqual(["office:minister-jenv"]);
  });
});

describe("the experiencer after any subject holds the position, not the subject", () => {
  const extraction = extractNote([
    "De minister lichtte het plan voor de meldkamers toe. Die keuze valt bij de regioburgemeesters slecht.",
    "Het aantal aanvallen op hulpverleners baart de burgemeesters grote zorgen.",
    "De minister kon geen extra geld toezeggen. Dat antwoord stelde verschillende leden teleur.",
    "De korpschef presenteerde de nieuwe roosters. Dat gaat de regioburgemeesters niet ver genoeg.",
    "De minister stelde een nieuwe verdeelsleutel voor. Dat stuitte op verzet van enkele leden.",
  ]);

  it.each([
    ["valt bij de regioburgemeesters slecht", ["group:regioburgemeesters"], "oppose"],
    ["baart de burgemeesters", ["group:burgemeesters"], "concern"],
    ["niet ver genoeg", ["group:regioburgemeesters"], "oppose"],
  ])("'%s' is held by %j, %s", (fragment, holders, stance) => {
    const statement = statementWith(extraction, fragment);
    expect(statement.actorIds).toEqual(holders);
    expect(statement.stance).toBe(stance);
  });

  it("members of the meeting let down by an answer are the meeting's members, not who answered", () => {
    expect(statementWith(extraction, "stelde verschillende leden teleur").actorIds).not.toContain("office:minister-jenv");
    expect(statementWith(extraction, "stelde verschillende leden teleur").actorIds).not.toEqual([]);
  });

  it("members of the meeting who resist hold the resistance", () => {
    const resistance = statementWith(extraction, "verzet van enkele leden");
    expect(resistance.actorIds).toEqual(statementWith(extraction, "stelde verschillende leden teleur").actorIds);
    expect(resistance.stance).toBe("oppose");
  });

  it("'valt ... bij' alone still agrees", () => {
    expect(stanceOf("De wethouder valt de burgemeester bij.")).toBe("support");
  });
});

describe("a news item without headings: every statement is also about what its headline names", () => {
  const extraction = extractText(
    [
      "Fictief nieuwsbericht: Oosterveen breidt cameratoezicht uit",
      "",
      "OOSTERVEEN - De gemeente Oosterveen hangt na de zomer twaalf extra camera's op in het centrum.",
      "",
      "Wethouder Anouk Brink zegt dat de jongeren op het plein de wijk onveilig maken.",
    ].join("\n"),
    "fictief-nieuws-oosterveen-2021-05-04.txt",
    gazetteer(),
  );

  it("keeps the headline's topic beside the clause's own", () => {
    const statement = statementWith(extraction, "jongeren op het plein");
    const labels = statement.topicIds.map((id) => extraction.topics.find((t) => t.id === id)?.label);
    expect(labels).toContain("cameratoezicht");
    expect(labels).toContain("jongeren");
  });
});

describe("granting that something must be is accepting it, not asking for it", () => {
  it.each([
    ["De burgemeester begrijpt dat het korps moet bezuinigen op huisvesting.", "support"],
    ["Wij realiseren ons dat er keuzes nodig zijn in de inzet.", "support"],
    ["Ik snap dat de minister moet prioriteren.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([
    // A "maar" decides the stance, and a demand stays a demand.
    ["Hij begrijpt dat de kosten stijgen, maar de gemeente moet zelf ook bezuinigen.", "support"],
    ["De raad vindt dat het korps moet bezuinigen op huisvesting.", "support"],
  ])("'%s' is no %s", (clause, stance) => expect(stanceOf(clause)).not.toBe(stance));
});

describe("wanting to do more oneself is a commitment, wanting more from others a request", () => {
  it.each([
    ["De recherche wil volgend jaar meer controles uitvoeren bij de haven.", "commitment"],
    ["De minister wil de gemeenten meer zeggenschap geven.", "commitment"],
    ["De fractie wil meer wijkagenten in de dorpen.", "request"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("falling short: a state is a worry, a judgement of a measure rejects it", () => {
  it.each([
    ["De gemeenten hebben onvoldoende zicht op wat er online gebeurt.", "concern"],
    ["De rol van de crisisorganisatie is volgens haar onvoldoende uitgewerkt.", "concern"],
    ["Veel regio's zijn onvoldoende voorbereid op een lange stroomstoring.", "concern"],
    ["De fractie vindt de maatregelen onvoldoende.", "oppose"],
    ["Zij vinden dat het besluit de lokale situatie onvoldoende meeweegt.", "oppose"],
    ["De verdeelsleutel houdt onvoldoende rekening met kleine gemeenten.", "oppose"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("'de officier' is the public prosecutor; the duty officer is not", () => {
  const extraction = extractNote([
    "De officier vroeg om meer rechercheurs voor de zaak. De officier van dienst meldde dat de brand onder controle was.",
  ]);

  it("resolves the short form to the officier van justitie", () => {
    expect(statementWith(extraction, "meer rechercheurs").actorIds).toEqual(["office:officier-van-justitie"]);
  });

  it("keeps the officier van dienst apart", () => {
    expect(statementWith(extraction, "onder controle").actorIds).toEqual(["office:officier-van-dienst"]);
  });
});

describe("the writer's judgement in a clause with another subject is the writer's", () => {
  const extraction = extractNote([
    "De minister lichtte de stand van zaken toe. Het is ons inziens teleurstellend dat er nog geen landelijk verbod is.",
  ]);

  it("gives 'ons inziens' to the writer of the note, not to the speaker before", () => {
    expect(statementWith(extraction, "ons inziens").actorIds).toEqual(["group:regioburgemeesters"]);
  });
});

describe("harm stated as a finding, an inability, a cost borne for others", () => {
  it.each([
    ["Wel constateren wij dat de wachttijden in de noodhulp oplopen.", "concern"],
    ["De gemeenten kunnen deze kosten niet elk jaar alleen blijven dragen.", "concern"],
    ["Toch kan de recherche lang niet alle meldingen oppakken.", "concern"],
    ["Volgens de directeur is dat zonder extra personeel niet te realiseren.", "concern"],
    ["Het wetsvoorstel legt nieuwe taken bij de regio's zonder dat daar geld tegenover staat.", "concern"],
    ["Gemeenten draaien nu zelf op voor de kosten van het opruimen.", "concern"],
    ["De burgemeester spreekt van een stille crisis in het buitengebied.", "concern"],
    ["Volgens de bond zijn agenten door de sluiting langer onderweg.", "concern"],
    ["Het geld is vooral naar de grote steden gegaan.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("a chair establishing a result is no finding of harm", () => {
    expect(stanceOf("De voorzitter stelt vast dat de begroting is vastgesteld.")).not.toBe("concern");
  });
});

describe("a numeral opens a noun phrase as 'twee' or 'tien' do", () => {
  it.each([
    ["Zeven politiebureaus in Noordveen dicht", "politiebureaus"],
    ["De gemeente krijgt twaalf handhavers extra", "handhavers"],
  ])("'%s' is about %s", (text, label) => {
    expect(discoverTopics(text, 0, text.length).map((d) => d.label)).toContain(label);
  });
});

describe("declining in either word order; not all being against", () => {
  it.each([
    ["Een woordvoerder laat weten dat de minister geen reden ziet om in te grijpen.", "oppose"],
    ["Niet alle wethouders zijn tegen.", "support"],
    ["Niet alle wethouders zijn daar even blij mee.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("'negentien' and 'honderden' open a noun phrase", () => {
    const text = "De eenheid sluit zeven van haar negentien bureaus en ontslaat honderden medewerkers";
    expect(discoverTopics(text, 0, text.length).map((d) => d.label)).toEqual(expect.arrayContaining(["bureaus", "medewerkers"]));
  });
});

describe("declining to comment, threatening action, a consequence, a new thing", () => {
  it.each([
    ["Over de kosten wil de woordvoerder zich niet uitlaten.", "inform"],
    ["Het ministerie wil nog niet reageren op de brief.", "inform"],
    ["De bond dreigt met acties als het rooster niet wordt aangepast.", "oppose"],
    ["Volgens de vakbond leidt de sluiting ertoe dat agenten langer moeten rijden.", "concern"],
    ["De voorzitter noemt het voorstel bespreekbaar.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("'om nieuw roostermodel' is about the roostermodel", () => {
    const text = "Bond dreigt met acties om nieuw roostermodel";
    expect(discoverTopics(text, 0, text.length).map((d) => d.label)).toContain("roostermodel");
  });
});

describe("a crosshead with a title is no part of the name below it", () => {
  const extraction = extractText(
    [
      "Fictief nieuwsbericht over een storing van het alarmnummer, 22 januari 2025",
      "",
      "NOORDWOLDE - Het alarmnummer was uren onbereikbaar. De ambulancedienst merkte het pas laat.",
      "",
      "Minister",
      "",
      'Minister Daan Weerkamp van Justitie en Veiligheid noemt de storing in een reactie "zeer zorgelijk".',
    ].join("\n"),
    "fictief-nieuws-storing-2025-01-22.txt",
    gazetteer(),
  );

  it("gives the sentence to the minister it names", () => {
    expect(statementWith(extraction, "zeer zorgelijk").actorIds).not.toEqual([]);
  });
});

describe("a company named by its kind and a one-word name is also that name alone", () => {
  const extraction = extractText(
    [
      "Fictief nieuwsbericht over een storing, 22 januari 2025",
      "",
      "NOORDWOLDE - De gemeente eist opheldering van telecombedrijf Belnet. Belnet laat weten dat een software-update de oorzaak was.",
    ].join("\n"),
    "fictief-nieuws-belnet-2025-01-22.txt",
    gazetteer(),
  );

  it("gives 'Belnet laat weten' to the company", () => {
    const holder = statementWith(extraction, "Belnet laat weten").actorIds;
    expect(holder.map((id) => extraction.actors.find((a) => a.id === id)?.name)).toEqual(["Telecombedrijf Belnet"]);
  });
});

describe("an acronym with a small 'van' defines its body; a second bond is not the first", () => {
  const extraction = extractText(
    [
      "Fictief nieuwsbericht over de jaarwisseling, 2 januari 2024",
      "",
      "RIVIERSTAD - Ook politievakbond De Wacht wil een verbod. De Bond van Reddingswerkers (BvR) steunt de burgemeester.",
    ].join("\n"),
    "fictief-nieuws-jaarwisseling-2024-01-02.txt",
    gazetteer(),
  );

  it("gives the support to the Bond van Reddingswerkers, not to the other bond", () => {
    const holder = statementWith(extraction, "steunt de burgemeester").actorIds;
    expect(holder.map((id) => extraction.actors.find((a) => a.id === id)?.name)).toEqual(["Bond van Reddingswerkers"]);
  });

  it("declining to pronounce on something is no rejection", () => {
    expect(stanceOf("Over een landelijk verbod wil de minister zich nog niet uitspreken.")).toBe("inform");
  });
});

describe("a promise used as an adjective is no promise", () => {
  it("'de beloofde agenten' commits nobody; 'heeft ... beloofd' still does", () => {
    expect(stanceOf("Volgens de bond zijn de beloofde extra agenten er nog niet.")).not.toBe("commitment");
    expect(stanceOf("De minister heeft extra agenten beloofd.")).toBe("commitment");
  });
});

describe("unavoidable: a measure defended, a harm feared", () => {
  it.each([
    ["Volgens de districtschef is de fusie van de teams onvermijdelijk.", "support"],
    ["Zonder extra geld zijn pijnlijke bezuinigingen onvermijdelijk.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});
