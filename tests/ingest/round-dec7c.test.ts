/**
 * The stance lexicon of the round of 7 December (c): evaluative Dutch that names no speech act but
 * carries a position (strain, severity, praise of an effect, a measure judged hollow), and idioms
 * of embracing, defending, protesting. Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames as names, extractFictionalDocument, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;

describe("embracing, holding on to, defending a proposal is support", () => {
  it.each([
    ["Het dagelijks bestuur omarmt het voorstel voor een gezamenlijke meldkamer.", "support"],
    ["De wethouder houdt vast aan het plan om de kazerne te verbouwen.", "support"],
    ["De districtschef verdedigt de sluiting van het bureau in Kolverdam.", "support"],
    ["De burgemeester neemt het op voor de boa's in het centrum.", "support"],
    ["De toezegging van de wethouder trekt de fractie over de streep.", "support"],
    ["De bewonersvereniging heeft het plan met instemming ontvangen.", "support"],
    ["Zij zegt dat haar fractie achter de invoering van de proef staat.", "support"],
    ["Hij zegt dat zijn fractie niet achter de invoering van de proef staat.", "oppose"],
    ["De staatssecretaris gaf aan daar in beginsel voor open te staan.", "support"],
    ["De staatssecretaris staat daar niet voor open.", "oppose"],
    ["De fractie liet weten toch voor te stemmen.", "support"],
    ["De minister deelt die voorwaarde van de burgemeesters.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("defending oneself is no support of anything", () => {
    expect(stanceOf("De wethouder verdedigt zich tegen de verwijten.")).not.toBe("support");
  });
});

describe("protest and a disagreement are opposition; how a group took the news says which", () => {
  it.each([
    ["Honderd vrijwilligers protesteerden tegen het sluiten van de post.", "oppose"],
    ["Op dat punt verschillen wij van mening met het ministerie.", "oppose"],
    ["De ondernemers in het centrum reageren woedend.", "oppose"],
    ["De hulpverleners reageerden geschokt op het nieuws.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("strain, severity and harm stated as fact are concern", () => {
  it.each([
    ["De wijkteams lopen al maanden op hun tandvlees.", "concern"],
    ["De meldkamer werkt boven haar kunnen.", "concern"],
    ["Volgens de bond is de grens nu echt bereikt.", "concern"],
    ["De regioburgemeesters spraken hun afschuw uit over de aanslag.", "concern"],
    ["Het antwoord van de minister stelde de burgemeesters teleur.", "concern"],
    ["Een tweede sluiting kan niemand zich veroorloven.", "concern"],
    ["De burgemeesters onderstrepen de ernst van de situatie.", "concern"],
    ["In twee wijken was het geweld bijzonder heftig.", "concern"],
    ["De meeste scholen zijn niet op een stroomstoring voorbereid.", "concern"],
    ["Aan de nazorg voor slachtoffers schort het nog.", "concern"],
    ["Het noodfonds is vrijwel leeg.", "concern"],
    ["De bezetting ligt fors lager dan de formatie doet denken.", "concern"],
    ["Het lokale verbod wordt ondermijnd door handel over de grens.", "concern"],
    ["Dat het aantal rechercheurs op peil blijft, is een illusie.", "concern"],
    ["De norm van één agent per vijfduizend inwoners wordt nog lang niet gehaald.", "concern"],
    ["De bezuiniging raakt de kleine verenigingen hard.", "concern"],
    ["Het bewaken van objecten legt een groot beslag op de basisteams.", "concern"],
    ["De opkomsttijd wordt in het buitengebied zes minuten langer.", "concern"],
    ["Het aantal woninginbraken is in een jaar met een derde gestegen.", "concern"],
    ["Bij de rellen werden twee ambulances bekogeld.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("acknowledging someone's frustration is no concern of one's own", () => {
    expect(stanceOf("Ik begrijp de frustratie van de ondernemers goed.")).toBe("inform");
  });
});

describe("a measure judged hollow is opposed; worth and effect are support", () => {
  it.each([
    ["Zo'n verschuiving is voor de inwoners van Tolhoeve niet uit te leggen.", "oppose"],
    ["De fractie vindt het principieel onjuist dat de raad niet is gehoord.", "oppose"],
    ["Volgens de bond is de voorgestelde boete een lachertje.", "oppose"],
    ["De gemeenten kunnen geen blanco cheque tekenen.", "oppose"],
    ["Extra camera's bieden volgens hem geen oplossing.", "oppose"],
    ["Wie nu op de brandweer bezuinigt, speelt met de veiligheid van de inwoners.", "oppose"],
    ["Stakingen zijn nu niet aan de orde.", "oppose"],
    ["De inzet van straatcoaches werpt zijn vruchten af.", "support"],
    ["De raad noemde de eerste resultaten bemoedigend.", "support"],
    ["Een buurtagent die de bewoners kent is meer waard dan tien camera's.", "support"],
    ["De wethouder noemt de extra uitgave gerechtvaardigd.", "support"],
    ["De wethouder noemt de extra uitgave niet gerechtvaardigd.", "oppose"],
    ["De minister heeft er vertrouwen in dat de eenheid dit zorgvuldig doet.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("an agenda item that was not discussed is no rejection", () => {
    expect(stanceOf("De begroting kwam niet aan de orde.")).toBe("inform");
  });
});

describe("the unit's police chief and the body's secretary are functions a report names without a name", () => {
  const minutes = (lines: string[]) =>
    extractFictionalDocument("Fictief verslag regionaal bestuurlijk overleg eenheid Kalmerwaard, 9 november 2023", "verslag", lines);

  it("'de politiechef' with nobody introduced is the generic office, and holds what it says", () => {
    const x = minutes(["Aanwezig: mevrouw Ommeren (voorzitter), de politiechef van de eenheid en een secretaris.", "", "De politiechef zegt toe het plan in april opnieuw voor te leggen."]);
    const promise = statementWith(x, "zegt toe het plan");
    expect(names(x, promise.actorIds)).toEqual(["politiechef"]);
    expect(promise.stance).toBe("commitment");
  });

  it("'de secretaris' is the person the list of those present gives that function", () => {
    const x = minutes(["Aanwezig: mevrouw Ommeren (voorzitter), de heer Drijfhout (secretaris).", "", "De secretaris schetst de stand van zaken rond de nieuwe wet."]);
    expect(names(x, statementWith(x, "schetst de stand").actorIds)).toEqual(["Drijfhout"]);
  });
});

describe("endorsing someone else's plea or request is support, not a request of one's own", () => {
  it.each([
    ["De overige wethouders ondersteunen dat pleidooi.", "support"],
    ["Twee fracties tonen begrip voor dat verzoek.", "support"],
    ["Wij begrijpen de wens om de kazerne in het dorp te houden.", "support"],
    ["De gedeputeerde sluit zich namens de provincie bij dit verzoek aan.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("understanding someone's worries takes no side", () => {
    expect(stanceOf("De burgemeester heeft begrip voor de zorgen van de omwonenden.")).not.toBe("support");
  });
});

describe("a majority of the members is the meeting's members", () => {
  it("'Een ruime meerderheid van de leden' in a police council note is its members", () => {
    const x = extractFictionalDocument("Fictieve bestuurlijke terugkoppeling LOVP 8 oktober 2018", "verslag", [
      "De minister meldde dat het wetsvoorstel klaar is. Een ruime meerderheid van de leden sloot zich bij die lezing aan.",
    ]);
    expect(names(x, statementWith(x, "ruime meerderheid").actorIds)).toEqual(["leden van het LOVP"]);
  });
});

describe("the items of a list do what the sentence that introduced them does", () => {
  const letter = extractFictionalDocument("Fictieve brief van het Platform Dorpsveiligheid Kalmerwaard aan de minister, 2 februari 2024", "brief", [
    "Het Platform Dorpsveiligheid Kalmerwaard vraagt de minister:",
    "",
    "1. een vaste aanrijnorm voor het buitengebied in te voeren;",
    "2. meer wijkagenten in de kleine kernen.",
    "3. Vorig jaar zijn er twee posten gesloten.",
  ]);

  it("an infinitive clause or a bare phrase after a request is a request", () => {
    expect(statementWith(letter, "vaste aanrijnorm").stance).toBe("request");
    expect(statementWith(letter, "meer wijkagenten").stance).toBe("request");
  });

  it("an item that is a sentence of its own keeps its own stance", () => {
    expect(statementWith(letter, "twee posten gesloten").stance).toBe("inform");
  });
});

describe("a body's decision list adopts each item", () => {
  it("'Het algemeen bestuur besluit:' above infinitive items makes each item support", () => {
    const x = extractFictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Kalmerwaard, 9 november 2023", "verslag", [
      "Het algemeen bestuur besluit:",
      "- de jaarrekening 2022 vast te stellen;",
      "- het overschot toe te voegen aan de reserve huisvesting.",
    ]);
    expect(statementWith(x, "jaarrekening 2022").stance).toBe("support");
    expect(statementWith(x, "overschot toe te voegen").stance).toBe("support");
    expect(names(x, statementWith(x, "overschot toe te voegen").actorIds)).toEqual(["algemeen bestuur"]);
  });
});
