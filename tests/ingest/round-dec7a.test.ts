/**
 * The rules of the round of 7 December (a), each with Dutch sentences of our own in FICTIONAL
 * documents (invented members, places and bodies): the report of a parliamentary committee debate
 * ("het lid X (Partij)", the members' list, national parties as speakers), a form of address in a
 * passive's agent, and pronouns that agree with what the text says of a person (the form of address,
 * the given name) and never stand for an actor of their own clause.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/ingest/index.js";
import { spellsAcronym } from "../../src/ingest/actors/discover-bodies.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames as names, extractFictionalDocument, statementWith } from "./support/fixtures.js";

const fictionalDebate = (paragraphs: string[]): Extraction =>
  extractFictionalDocument("Fictief verslag commissiedebat Veiligheid, 14 maart 2023", "verslag van een commissiedebat", paragraphs);
const fictionalMinutes = (paragraphs: string[]): Extraction =>
  extractFictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Kalmerwaard, 2 oktober 2023", "verslag", paragraphs);

describe("a parliamentary committee debate names its members by party", () => {
  const x = fictionalDebate([
    "Aanwezige leden: Hoornstra (VVD), Vennegoor-Bakx (D66) en Tjalsma (SP).",
    "Het lid Hoornstra (VVD) opent met de constatering dat de meldkamers overbelast raken. Zij vraagt de minister om extra centralisten.",
    "Het lid Vennegoor-Bakx (D66) uit kritiek op de trage invoering van het nieuwe systeem. Daarnaast vraagt hij de minister om een tijdpad.",
    "GroenLinks wil dat de meldkamers open blijven in de kleine regio's.",
  ]);

  it("a surname with a party in brackets is a member, not a body defining its acronym", () => {
    const persons = x.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(persons).toEqual(expect.arrayContaining(["Hoornstra", "Vennegoor-Bakx", "Tjalsma"]));
    expect(x.actors.some((a) => a.kind === "organisation" && /Hoornstra|Tjalsma/.test(a.name))).toBe(false);
  });

  it("'Het lid X (Partij)' is the subject of what follows, and 'zij' and 'hij' go on with that member, not the minister asked", () => {
    expect(names(x, statementWith(x, "opent met de constatering").actorIds)).toEqual(["Hoornstra"]);
    const request = statementWith(x, "Zij vraagt de minister om extra centralisten");
    expect(names(x, request.actorIds)).toEqual(["Hoornstra"]);
    expect(request.stance).toBe("request");
    expect(names(x, statementWith(x, "uit kritiek op de trage invoering").actorIds)).toEqual(["Vennegoor-Bakx"]);
    expect(names(x, statementWith(x, "Daarnaast vraagt hij de minister").actorIds)).toEqual(["Vennegoor-Bakx"]);
  });

  it("a national party speaks as a body, and its member stands for it (partOf)", () => {
    expect(names(x, statementWith(x, "GroenLinks wil dat").actorIds)).toEqual(["GroenLinks"]);
    const member = x.actors.find((a) => a.name === "Hoornstra");
    expect(member?.partOf).toBe("org:vvd");
  });
});

describe("an acronym in brackets is defined only by a name that can spell it", () => {
  it("spells 'VRK' from 'Veiligheidsregio Kalmerwaard' (letters inside a compound count), not 'VVD' from 'Van Dijkstra'", () => {
    expect(spellsAcronym("Veiligheidsregio Kalmerwaard", "VRK")).toBe(true);
    expect(spellsAcronym("De Kalmerwaardse Agentenvereniging", "KAV")).toBe(true);
    expect(spellsAcronym("Van Dijkstra", "VVD")).toBe(false);
    expect(spellsAcronym("Tjalsma", "SP")).toBe(false);
  });
});

describe("a form of address in the agent of a passive", () => {
  it("'Door de heer X wordt opgemerkt dat ...' is X's, and a following 'Hij vraagt de minister' too", () => {
    const x = fictionalMinutes([
      "De minister licht de plannen voor de meldkamer toe.",
      "Door de heer Oudejans wordt opgemerkt dat de regio's geen open eind kunnen financieren. Hij vraagt de minister om een plafond voor de bijdrage.",
    ]);
    expect(names(x, statementWith(x, "Door de heer Oudejans wordt opgemerkt").actorIds)).toEqual(["Oudejans"]);
    expect(names(x, statementWith(x, "Hij vraagt de minister om een plafond").actorIds)).toEqual(["Oudejans"]);
  });
});

describe("pronouns agree with what the text says of a person", () => {
  it("'zij' after 'mevrouw X' and 'de heer Y' is the woman, even when he spoke last", () => {
    const x = fictionalMinutes([
      "Mevrouw Grevelink meldt dat de oefening in Kalmerwaard goed is verlopen. De heer Dussel vindt de evaluatie te summier. Zij benadrukt dat het eindrapport in december volgt.",
    ]);
    expect(names(x, statementWith(x, "Zij benadrukt dat het eindrapport").actorIds)).toEqual(["Grevelink"]);
  });

  it("'hij' after a woman named by her given name and a man named by his is the man", () => {
    const x = fictionalMinutes([
      "Burgemeester Henk Altena zegt dat de kazerne in Oudwaard open moet blijven. Commandant Marieke Zondervan wijst op het tekort aan vrijwilligers. Hij vraagt het bestuur om een besluit voor de zomer.",
    ]);
    expect(names(x, statementWith(x, "Hij vraagt het bestuur om een besluit").actorIds)).toEqual(["Henk Altena"]);
  });

  it("a pronoun is not the actor its own clause names, but may be one a 'dat'-clause names", () => {
    const x = fictionalMinutes([
      "De burgemeesters bespreken de verdeling met de korpschef. Zij vinden dat de burgemeesters vooraf geraadpleegd moeten worden.",
    ]);
    expect(names(x, statementWith(x, "Zij vinden dat de burgemeesters").actorIds)).toEqual(["burgemeesters"]);
  });
});

const fictionalNews = (title: string, paragraphs: string[]): Extraction => extractFictionalDocument(title, "nieuwsbericht", paragraphs);

describe("a news report names a body again by its head, or through a spokesperson", () => {
  it("'de bond' and 'De groep' are the one union and the one action group the report names", () => {
    const x = fictionalNews("Fictief nieuwsbericht: onrust over roosters in Halderwijk", [
      "Vakbond Groen Kompas is boos over het nieuwe rooster van de politie in Halderwijk. Volgens de bond leidt het rooster tot meer overwerk.",
      "De actiegroep Stil Halderwijk reageert teleurgesteld. De groep overweegt de actie naar het stadhuis te verplaatsen.",
    ]);
    const union = statementWith(x, "Vakbond Groen Kompas is boos over");
    expect(names(x, union.actorIds)).toEqual(["Vakbond Groen Kompas"]);
    expect(union.stance).toBe("oppose");
    expect(names(x, statementWith(x, "Volgens de bond leidt").actorIds)).toEqual(["Vakbond Groen Kompas"]);
    const plan = statementWith(x, "De groep overweegt");
    expect(names(x, plan.actorIds)).toEqual(["actiegroep Stil Halderwijk"]);
    expect(plan.stance).toBe("commitment");
  });

  it("with two unions the bare 'de bond' is ambiguous and is not given to either", () => {
    const x = fictionalNews("Fictief nieuwsbericht: twee bonden over de roosters in Halderwijk", [
      "Vakbond Groen Kompas en politiebond Blauwe Lijn spraken dinsdag met de korpsleiding.",
      "Volgens de bond leidt het rooster tot meer overwerk.",
    ]);
    expect(names(x, statementWith(x, "Volgens de bond leidt").actorIds)).not.toContain("Vakbond Groen Kompas");
    expect(names(x, statementWith(x, "Volgens de bond leidt").actorIds)).not.toContain("politiebond Blauwe Lijn");
  });

  it("a spokesperson named by no body speaks for the body that just spoke, or the one the report is about", () => {
    const x = fictionalNews("Fictief nieuwsbericht: bureau Halderwijk gaat dicht", [
      "De korpsleiding laat weten dat de sluiting geen bezuiniging is. Het geld gaat volgens een woordvoerder naar mobiele werkplekken.",
      "Ook Spaarbank Noordhalder ziet meer fraude. Een woordvoerder zegt dat de bank extra medewerkers inzet.",
    ]);
    expect(names(x, statementWith(x, "volgens een woordvoerder naar mobiele werkplekken").actorIds)).toEqual(["korpsleiding"]);
    expect(names(x, statementWith(x, "Een woordvoerder zegt dat de bank").actorIds)).toEqual(["Spaarbank Noordhalder"]);
  });
});

describe("subjects the lists did not know", () => {
  it("'Alleen de X stemde tegen': a focus particle before the subject", () => {
    const x = fictionalMinutes(["Het voorstel wordt aangenomen. Alleen de Partij voor Halderwijk stemde tegen."]);
    const vote = statementWith(x, "Alleen de Partij voor Halderwijk stemde tegen");
    expect(names(x, vote.actorIds)).toEqual(["Partij voor Halderwijk"]);
    expect(vote.stance).toBe("oppose");
  });

  it("'De raad van X' is the council of that municipality, not the document's own", () => {
    const x = fictionalMinutes(["De raad van Oudwaard vraagt om uitstel van de bijdrageverhoging. De raad van Zeewolde-Noord wijst de begroting af."]);
    expect(names(x, statementWith(x, "De raad van Oudwaard vraagt").actorIds)).toEqual(["gemeenteraad van Oudwaard"]);
    expect(names(x, statementWith(x, "De raad van Zeewolde-Noord wijst").actorIds)).toEqual(["gemeenteraad van Zeewolde-Noord"]);
  });

  it("'burgemeester Wietske van Aalst van Oudwaard': before a second 'van' phrase the first 'van' is a particle", () => {
    const x = fictionalMinutes(["Burgemeester Wietske van Aalst van Oudwaard schetste wat de explosies met de buurt doen. Zij pleitte voor een hardere aanpak."]);
    expect(names(x, statementWith(x, "Zij pleitte voor een hardere aanpak").actorIds)).toEqual(["Wietske van Aalst"]);
  });
});

describe("positions the lexicon did not know, each held by its named subject", () => {
  const x = fictionalMinutes([
    "De heer Wassenberg is tegen het verder samenvoegen van de kazernes.",
    "Het ministerie spreekt het beeld van de commandanten tegen.",
    "De directeur van het IFV biedt aan de inbreng van de regio's te bundelen.",
    "De burgemeester laat het oordeel over het amendement aan de raad.",
    "Mevrouw Keuning mist echter de aanrijtijden in het rapport.",
    "Burgemeester Ploeger is lovend over de samenwerking met de brandweer.",
    "Hij tekende daarbij aan dat de formatie nog niet op orde is.",
    "Burgemeester Ruitenberg deed verslag van de brand in Oudwaard.",
    "Namens de commandanten sloot de heer Lommers zich bij die woorden aan.",
  ]);
  it.each([
    ["is tegen het verder samenvoegen", "Wassenberg", "oppose"],
    ["spreekt het beeld van de commandanten tegen", "ministerie", "oppose"],
    ["biedt aan de inbreng", "directeur van het IFV", "commitment"],
    ["laat het oordeel over het amendement aan de raad", "burgemeester", "inform"],
    ["mist echter de aanrijtijden", "Keuning", "concern"],
    ["is lovend over de samenwerking", "Ploeger", "support"],
    ["tekende daarbij aan dat", "Ploeger", "inform"],
    ["deed verslag van de brand", "Ruitenberg", "inform"],
    ["sloot de heer Lommers zich bij die woorden aan", "Lommers", "support"],
  ])("'%s' is %s's, %s", (fragment, holder, stance) => {
    const statement = statementWith(x, fragment);
    expect(names(x, statement.actorIds)).toEqual([holder]);
    expect(statement.stance).toBe(stance);
  });
});

describe("people a report introduces by what they are to the others", () => {
  const x = fictionalNews("Fictief nieuwsbericht: bureau Oudwaard sluit", [
    "Buurvrouw Hennie Drost-Bakker, die al twintig jaar aan de Esweg woont, is blij met het besluit.",
    "Dorpsraadvoorzitter Gert Wieringa: \"Als het bureau verdwijnt, komt de overlast terug.\"",
    "Collega Lutterveld (eenheid Zuiderwaard) wees erop dat de formatie daar niet is ingevuld.",
    "Wethouder Zuidema, verantwoordelijk voor jeugd, zegde toe dat het jongerenwerk wordt uitgebreid.",
  ]);
  it.each([
    ["is blij met het besluit", "Hennie Drost-Bakker"],
    ["Als het bureau verdwijnt", "Gert Wieringa"],
    ["wees erop dat de formatie", "Lutterveld"],
    ["zegde toe dat het jongerenwerk", "Zuidema"],
  ])("'%s' is %s's", (fragment, holder) => {
    expect(names(x, statementWith(x, fragment).actorIds)).toEqual([holder]);
  });
});

describe("minutes that label each speaker's turn", () => {
  const x = fictionalDebate([
    "Voorzitter: de heer Gorter. Griffier: mevrouw Slot.",
    "De voorzitter: Ik geef het woord aan de heer Wubbels.",
    "De heer Wubbels (CDA): Dank u wel, voorzitter. Wij steunen het voorstel van harte. De overlast op het plein is al jaren een probleem.",
    "Mevrouw Haitsma (SP): Ik maak mij zorgen over de privacy van bezoekers. Kan de burgemeester toezeggen dat de beelden na vier weken worden gewist?",
    "Antwoord van het college: Het cameratoezicht kost 45.000 euro per jaar.",
    "Wethouder Oldenkamp:",
    "- Wij gaan de verlichting op het plein verbeteren.",
    "- Wij evalueren de maatregel na een jaar.",
    "De motie wordt aangenomen met 20 stemmen voor en 9 tegen.",
  ]);

  it.each([
    ["Wij steunen het voorstel van harte", "Wubbels"],
    ["De overlast op het plein is al jaren een probleem", "Wubbels"],
    ["Ik maak mij zorgen over de privacy", "Haitsma"],
    ["Kan de burgemeester toezeggen", "Haitsma"],
    ["Het cameratoezicht kost 45.000 euro", "college van burgemeester en wethouders"],
    ["Wij gaan de verlichting op het plein verbeteren", "Oldenkamp"],
    ["Wij evalueren de maatregel na een jaar", "Oldenkamp"],
  ])("'%s' is said in %s's turn", (fragment, holder) => {
    expect(names(x, statementWith(x, fragment).actorIds)).toEqual([holder]);
  });

  it("a header naming the chair is no turn, and a label's turn ends with its list", () => {
    expect(x.statements.some((s) => s.text.includes("de heer Gorter") && s.actorIds.length > 0)).toBe(false);
    expect(names(x, statementWith(x, "De motie wordt aangenomen").actorIds)).not.toContain("Oldenkamp");
  });

  it("'- Burgemeester X: vindt ...': the label is the subject of the item's verbs", () => {
    const minutes = fictionalMinutes([
      "Reacties van de burgemeesters:",
      "- Burgemeester Veltkamp: vindt de herverdeling onacceptabel en wijst erop dat de aanrijtijden al boven de norm liggen.",
      "- Burgemeester Dijkhof-Smit: deelt de zorgen, maar heeft begrip voor de keuze.",
    ]);
    expect(names(minutes, statementWith(minutes, "vindt de herverdeling onacceptabel").actorIds)).toEqual(["Veltkamp"]);
    expect(names(minutes, statementWith(minutes, "wijst erop dat de aanrijtijden").actorIds)).toEqual(["Veltkamp"]);
    expect(names(minutes, statementWith(minutes, "deelt de zorgen").actorIds)).toEqual(["Dijkhof-Smit"]);
  });
});

describe("a curated person's surname after a title that does not fit the person", () => {
  it("'burgemeester Van Oosten' in 2024 minutes is the document's own mayor, not the minister of that name", () => {
    const x = fictionalMinutes(["Burgemeester Van Oosten zegt toe de raad voor de zomer te informeren over de proef."]);
    const promise = statementWith(x, "zegt toe de raad voor de zomer");
    expect(promise.actorIds).not.toContain("person:foort-van-oosten");
    expect(names(x, promise.actorIds)).toEqual(["Van Oosten"]);
  });
});

describe("council minutes: coordinated parties, a body's view, a demonstrative subject", () => {
  const x = fictionalMinutes([
    "De fracties van D66 en GroenLinks stemmen tegen het voorstel.",
    "Het college is van mening dat de proef in Oudwaard moet doorgaan.",
    "Burgemeester Hazenberg kreeg steun van wethouder Tjoelker. Die vindt dat de kosten beperkt blijven.",
    "De minister stuurde een brief over de meldkamer. Die is er pas in het voorjaar.",
  ]);
  it("'De fracties van D66 en GroenLinks' are both parties", () => {
    expect(names(x, statementWith(x, "De fracties van D66 en GroenLinks stemmen tegen").actorIds).sort()).toEqual(["D66", "GroenLinks"]);
  });
  it("'is van mening dat' is a body's statement, even when what it says is an obligation", () => {
    expect(names(x, statementWith(x, "Het college is van mening dat").actorIds)).toEqual(["college van burgemeester en wethouders"]);
  });
  it("'Die vindt ...' is who was named last, not the subject before; 'Die is er ...' is no person's", () => {
    expect(names(x, statementWith(x, "Die vindt dat de kosten").actorIds)).toEqual(["Tjoelker"]);
    expect(names(x, statementWith(x, "Die is er pas in het voorjaar").actorIds)).not.toContain("minister van Justitie en Veiligheid");
  });
});

describe("a news report's sources and descriptors", () => {
  const x = fictionalNews("Fictief nieuwsbericht: meer explosies in Oudwaard", [
    "Burgemeester Anna Veldkamp reageert geschrokken op de cijfers.",
    "Uit onderzoek van de Inspectie blijkt dat de aanpak van explosies tekortschiet.",
    "Het kabinet trekt 20 miljoen euro uit voor de aanpak van explosies.",
    "Oppositiepartij GroenLinks noemt het bedrag een druppel op een gloeiende plaat.",
  ]);
  it("'Uit onderzoek van X blijkt dat ...': X is the source", () => {
    expect(names(x, statementWith(x, "Uit onderzoek van de Inspectie blijkt").actorIds)).toEqual(["Inspectie Justitie en Veiligheid"]);
  });
  it("'trekt ... uit voor' is the cabinet's commitment", () => {
    const money = statementWith(x, "Het kabinet trekt 20 miljoen euro uit");
    expect(names(x, money.actorIds)).toEqual(["kabinet"]);
    expect(money.stance).toBe("commitment");
  });
  it("'Oppositiepartij GroenLinks' is the party, not a new body, and the subject of its sentence", () => {
    expect(names(x, statementWith(x, "noemt het bedrag een druppel").actorIds)).toEqual(["GroenLinks"]);
    expect(x.actors.some((a) => /Oppositiepartij/i.test(a.name))).toBe(false);
  });
});

describe("first-person promises as a speaker's turn writes them", () => {
  it.each([
    ["Dat kan ik toezeggen.", "commitment"],
    ["Ik ga na of de kazerne open kan blijven.", "commitment"],
    ["Ik kom daar in de tweede termijn op terug.", "commitment"],
    ["Ik neem dat mee in de evaluatie.", "commitment"],
    ["Dat kan ik niet toezeggen.", "inform"],
    ["Kan de wethouder toezeggen dat de kazerne open blijft?", "request"],
    ["Zij vraagt of de minister kan toezeggen dat het bureau open blijft.", "request"],
  ])("'%s' is %s", (sentence, stance) => {
    expect(classifyStance(sentence).stance).toBe(stance);
  });
});

describe("a written question and the answer after it", () => {
  const x = fictionalMinutes([
    "De fractie Lokaal Oudwaard had twee rondvragen:",
    "1. In 2021 is er een wijkscan gehouden. Graag een antwoord van het college wat er met de uitkomsten is gedaan?",
    "De uitkomsten worden verwerkt in het veiligheidsplan. Met twee buurgemeenten pakken we dit gezamenlijk op.",
    "2. Kan de burgemeester toezeggen dat de wijkagent in Oudwaard blijft?",
    "De wijkagent blijft in elk geval tot de zomer in Oudwaard.",
    "Hoe lang moeten bewoners nog wachten op een oplossing?",
    "De motie wordt aangenomen.",
  ]);
  it("the paragraph after 'Graag een antwoord van het college ...?' is the college's, its 'we' too", () => {
    expect(names(x, statementWith(x, "De uitkomsten worden verwerkt").actorIds)).toEqual(["college van burgemeester en wethouders"]);
    expect(names(x, statementWith(x, "pakken we dit gezamenlijk op").actorIds)).toEqual(["college van burgemeester en wethouders"]);
  });
  it("the paragraph after 'Kan de burgemeester toezeggen ...?' is the mayor's; a question to nobody gives no answerer", () => {
    expect(names(x, statementWith(x, "De wijkagent blijft in elk geval").actorIds)).toEqual(["burgemeester"]);
    expect(names(x, statementWith(x, "De motie wordt aangenomen").actorIds)).not.toContain("burgemeester");
  });
});
