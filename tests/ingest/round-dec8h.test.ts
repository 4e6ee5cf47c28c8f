/**
 * The round of 8 December (h). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames, gazetteer, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;
const extractLines = (source: string, lines: string[]) => extractText(lines.join("\n"), source, gazetteer());

describe("being against something, resisting it, seeing little in it, calling it a mistake", () => {
  it.each([
    "De wethouders van Noordkamp zijn tegen een fusie van de twee korpsen.",
    "De burgemeester van Ede-Oost, waar het dorp onder valt, is tegen opheffing.",
    "We blijven ons verzetten tegen de komst van een tweede azc.",
    "Drie fracties lieten weten dat zij weinig zien in een cameraproef.",
    "Dat is volgens de bond een grote vergissing.",
    "Dat is in onze ogen een omissie in het wetsvoorstel.",
  ])("'%s' opposes", (clause) => expect(stanceOf(clause)).toBe("oppose"));

  it.each([
    "Het plan is tegen die achtergrond goed ontvangen.",
    "Het gebouw is tegen kostprijs beschikbaar voor verenigingen.",
  ])("'%s': 'tegen' that is no position against", (clause) => expect(stanceOf(clause)).not.toBe("oppose"));
});

describe("advantages, the key, valuing something, saying it works or helps", () => {
  it.each([
    "Enkele burgemeesters zien juist voordelen voor de handhaving.",
    "Zij ziet de oplossing eerder in meer wijkagenten.",
    "De staatssecretaris hecht aan een landelijke aanpak van de opvang.",
    "Volgens de teamchef werkt het registratiesysteem voor huurverzoeken prima.",
    "Bodycams helpen volgens de bond bij het voorkomen van geweld.",
  ])("'%s' supports", (clause) => expect(stanceOf(clause)).toBe("support"));

  it.each([
    "Het afpakken van de scooters helpt niet.",
    "De regioburgemeesters hechten er wel aan dat de privacy is geborgd.",
  ])("'%s' does not support", (clause) => expect(stanceOf(clause)).not.toBe("support"));
});

describe("expecting more of someone and inviting the reader are requests", () => {
  it.each([
    "Zij verwacht echter ook meer van de woningcorporaties.",
    "Wij nodigen u van harte uit voor een bezoek aan de haven.",
    "Graag nodigen wij de leden van uw commissie uit om mee te kijken.",
  ])("'%s' asks", (clause) => expect(stanceOf(clause)).toBe("request"));

  it("a chair giving someone the floor asks nothing", () => {
    expect(stanceOf("De voorzitter nodigt de heer Bos uit om zijn motie toe te lichten.")).not.toBe("request");
  });
});

describe("a forecast, a relative clause's wish and nobody coming are no commitment", () => {
  it.each([
    "De korpschef verwacht dat de achterstand pas na 2027 zal afnemen.",
    "Boeren worden benaderd door criminelen die een loods willen huren.",
    "Bewoners bellen over inbraken en er komt gewoon niemand.",
  ])("'%s'", (clause) => expect(stanceOf(clause)).not.toBe("commitment"));

  it.each(["De staatssecretaris zal de Kamer voor de zomer informeren.", "Er komt een tweede meldpunt in de regio."])("'%s' still commits", (clause) =>
    expect(stanceOf(clause)).toBe("commitment"),
  );

  it("a problem that takes ever more time is a concern", () => {
    expect(stanceOf("Wij schrijven u over een probleem dat bij onze teams steeds meer tijd vraagt.")).toBe("concern");
  });
});

describe("the head of a letter: address, reference lines and salutation are lines of their own and state nothing", () => {
  const x = extractLines("fictief-brief-burgemeesters-2026-01-12.txt", [
    "Fictieve brief van de burgemeesters van Noordwaarde",
    "",
    "Dit is een fictieve brief, geschreven als testmateriaal.",
    "",
    "Aan de minister van Justitie en Veiligheid",
    "Afschrift aan: de leden van de vaste commissie voor Justitie en Veiligheid",
    "",
    "Noordwaarde, 12 januari 2026",
    "",
    "Onderwerp: drugsafval in het buitengebied",
    "",
    "Geachte minister,",
    "",
    "Wij, de burgemeesters van negen gemeenten in de regio Noordwaarde, maken ons grote zorgen over de dumpingen van drugsafval. Wij vragen u de kosten van het opruimen te vergoeden.",
    "",
    "Met vriendelijke groet,",
    "",
    "De burgemeesters van Noordwaarde",
    "",
  ]);

  it("the first sentence of the body is a statement of its own, not joined to the head", () => {
    const statement = statementWith(x, "grote zorgen over de dumpingen");
    expect(statement.text.startsWith("Wij, de burgemeesters")).toBe(true);
    expect(statement.stance).toBe("concern");
    expect(statement.actorIds.length).toBeGreaterThan(0);
  });

  it.each(["Aan de minister", "Afschrift aan:", "Noordwaarde, 12 januari", "Onderwerp:", "Geachte minister,"])("'%s' is claimed by nobody", (fragment) => {
    const statement = x.statements.find((s) => s.text.includes(fragment));
    expect(statement === undefined || statement.actorIds.length === 0).toBe(true);
    if (statement) expect(statement.text).not.toMatch(/dumpingen/);
  });

});

describe("who writes: a series named under an opening line, the members as a source, parties with '&' or a compound name", () => {
  it("a feedback note of the LOVP whose title stands under a disclaimer is the regional mayors' ('wij hebben gevraagd')", () => {
    const x = extractLines("fictief-verslag-2020-03-09.txt", [
      "Dit is een fictief verslag, opgesteld als testmateriaal.",
      "",
      "Bestuurlijke terugkoppeling LOVP 9 maart 2020",
      "",
      "Jaarwisseling",
      "De korpschef schetste het beeld van de afgelopen jaarwisseling. Wij hebben gevraagd om een evaluatie per eenheid.",
      "",
    ]);
    expect(actorNames(x, statementWith(x, "Wij hebben gevraagd").actorIds).join()).toMatch(/regioburgemeesters/i);
  });

  it("'volgens de voorzitters' in a meeting of the Veiligheidsberaad is its members'", () => {
    const x = extractLines("fictief-veiligheidsberaad-2024-10-14.txt", ["Fictief verslag Veiligheidsberaad 14 oktober 2024", "", "Financiën", "Volgens de voorzitters kampen meerdere regio's met tekorten op de begroting.", ""]);
    expect(actorNames(x, statementWith(x, "kampen meerdere regio's").actorIds).join()).toMatch(/veiligheidsberaad/i);
  });

  it("a party named with '&' or as one compound word in brackets is a party", () => {
    const x = extractLines("fictief-cie-noordkamp-2025-03-04.txt", [
      "Fictief verslag commissie Bestuur Noordkamp, 4 maart 2025",
      "",
      "Aanwezig: mevrouw Bakker (voorzitter), de heer Smit (StadsBelofte), mevrouw Kok (Groen & Eerlijk).",
      "",
      "Agendapunt 3. Uitrusting handhavers",
      "De heer Smit (StadsBelofte) maakt zich zorgen over de veiligheid van de handhavers.",
      "StadsBelofte en Groen & Eerlijk kondigen een amendement aan.",
      "",
    ]);
    expect(actorNames(x, statementWith(x, "kondigen een amendement aan").actorIds)).toEqual(expect.arrayContaining(["StadsBelofte", "Groen & Eerlijk"]));
  });
});

describe("recurring subjects of the genre are curated topics, the same node in every document", () => {
  const topicLabels = (sentence: string): string[] => {
    const x = extractLines("fictief-verslag-2025-03-04.txt", ["Fictief verslag overleg Noordkamp, 4 maart 2025", "", "Rondvraag", sentence, ""]);
    const statement = x.statements.find((s) => s.text.includes(sentence.slice(0, 20)))!;
    return statement.topicIds.map((id) => x.topics.find((t) => t.id === id)?.label ?? id);
  };
  it.each([
    ["De burgemeester kondigde de woningsluiting aan na de vondst van een hennepkwekerij.", "sluiting van woningen en panden"],
    ["De korpschef wil het politiebureau in het dorp vervangen door een steunpunt.", "politiebureaus en steunpunten"],
    ["De boeren vragen om een regeling voor de opruimkosten van drugsafval.", "drugsafval en dumpingen"],
    ["Het bestuur stelt een nieuwe verdeelsleutel voor met een ingroeiperiode van drie jaar.", "kostenverdeling en verdeelsleutel"],
    ["Het overschot van de jaarrekening gaat naar de algemene reserve.", "resultaat, overschot en reserves"],
    ["De vrijwilligers van de post maken zich zorgen over de opkomsttijden.", "vrijwilligers"],
    ["De burgemeester wees een veiligheidsrisicogebied aan voor preventief fouilleren.", "preventief fouilleren en veiligheidsrisicogebied"],
    ["De agenten draaien dubbele diensten en de werkdruk blijft hoog.", "werkdruk"],
  ])("'%s' is about %s", (sentence, label) => expect(topicLabels(sentence)).toContain(label));
});

describe("a rhetorical question is a worry; generic parties of the genre are known", () => {
  it.each(["Wie let er dan nog op de kleine kernen?", "Hoe lang moeten de bewoners nog wachten op een wijkagent?", "Is het niet veeleer de taak van het Rijk om dit te betalen?"])(
    "'%s' is a concern",
    (clause) => expect(stanceOf(clause)).toBe("concern"),
  );

  it("a question put to the addressee is still a request", () => {
    expect(stanceOf("Kan de wethouder toezeggen dat de raad wordt geïnformeerd?")).toBe("request");
  });

  it("'volgens de netbeheerders' names the network operators", () => {
    const x = extractLines("fictief-veiligheidsberaad-2024-10-14.txt", ["Fictief verslag Veiligheidsberaad 14 oktober 2024", "", "Stroomuitval", "Een uitval van meer dan drie dagen is volgens de netbeheerders niet waarschijnlijk.", ""]);
    expect(actorNames(x, statementWith(x, "niet waarschijnlijk").actorIds)).toEqual(["netbeheerders"]);
  });
});

describe("fear, horror, strain to the limit, losing one's home and harm to places are concerns", () => {
  it.each([
    "In het dorp leeft de vrees dat ook de laatste huisarts vertrekt.",
    "De burgemeester noemde de beelden van de rellen verschrikkelijk.",
    "De reeks branden belast de vrijwilligers tot het uiterste.",
    "Huisdieren lijden elk jaar onder de knallen.",
    "Het gezin raakt door de sluiting zijn woning kwijt.",
    "Een regel die niemand handhaaft, ondermijnt het gezag van de burgemeester.",
    "De nieuwe formulieren vertragen het werk van de wijkagent.",
    "De begroting van de regio is daar niet op berekend.",
    "Het stelsel kraakt aan alle kanten.",
    "Volgens de bond raakt de bezuiniging vooral de kleine kernen.",
  ])("'%s'", (clause) => expect(stanceOf(clause)).toBe("concern"));

  it("keeping what one has is no loss", () => {
    expect(stanceOf("De minister benadrukte dat de gemeenten hun zeggenschap niet kwijtraken.")).not.toBe("concern");
  });
});

describe("an item that completes the lead-in's infinitive has no subject of its own", () => {
  it("'Wij vragen het kabinet om: ... 2. burgemeesters een stem te geven' is the writer's request", () => {
    const x = extractLines("fictief-brief-platform-2026-01-19.txt", [
      "Fictieve open brief van het Platform Dorpsveiligheid",
      "",
      "Dit is een fictieve brief, geschreven als testmateriaal.",
      "",
      "Wij vragen het nieuwe kabinet om:",
      "1. structureel geld vrij te maken voor de wijkagenten in het buitengebied;",
      "2. burgemeesters van kleine gemeenten een volwaardige stem te geven in de driehoek.",
      "",
      "Namens het Platform Dorpsveiligheid,",
      "J. de Vries, voorzitter",
      "",
    ]);
    const item = statementWith(x, "een volwaardige stem te geven");
    expect(item.stance).toBe("request");
    expect(actorNames(x, item.actorIds).join()).toMatch(/Platform Dorpsveiligheid/);
  });
});

describe("a bare head noun ('de bond', 'de vereniging') is the body of that kind named last, when the text names several", () => {
  it("'De bond roept ... op' after the second of two unions is that union's", () => {
    const x = extractLines("fictief-nieuws-bonden-2024-01-02.txt", [
      "Fictief nieuwsbericht: bonden over het vuurwerkverbod",
      "",
      "DALERVELD - Dit is een fictief nieuwsbericht, geschreven als testmateriaal. De Bond van Brandweerlieden Noord (BBN) steunt de burgemeester. De bond roept het kabinet op om een landelijk verbod in te voeren.",
      "",
      "Ook politievakbond De Wacht is voor een verbod, al plaatst die bond een kanttekening bij de handhaving.",
      "",
    ]);
    expect(actorNames(x, statementWith(x, "De bond roept").actorIds)).toEqual(["Bond van Brandweerlieden Noord"]);
  });
});

describe("an acronym in brackets says where the name it defines starts", () => {
  it("'Ook de Liberale Partij Noordkamp (LPN) kan zich vinden in ...' is the whole party's", () => {
    const x = extractLines("fictief-raad-noordkamp-2017-05-11.txt", ["Fictief verslag gemeenteraad Noordkamp, 11 mei 2017", "", "Agendapunt 5. Cameratoezicht", "Ook de Liberale Partij Noordkamp (LPN) kan zich in het voorstel vinden.", ""]);
    expect(actorNames(x, statementWith(x, "kan zich in het voorstel vinden").actorIds)).toEqual(["Liberale Partij Noordkamp"]);
  });
});

describe("standing alone, a heavy burden and a hard blow are concerns", () => {
  it.each([
    "Veel winkeliers hebben het gevoel er alleen voor te staan.",
    "De algemene reserve wordt al zwaar belast door de nieuwe kazerne.",
    "Zij vindt dat de nieuwe regel de verenigingen in de dorpen hard raakt.",
  ])("'%s'", (clause) => expect(stanceOf(clause)).toBe("concern"));
});
