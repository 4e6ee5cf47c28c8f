/**
 * The rules of the round of 6 December (b), each with Dutch sentences of our own in FICTIONAL
 * documents (invented people and places): party lists in votes, a name in an apposition after a
 * description, verbs of telling and adding, a role before the name after "aldus".
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames as names, extractFictionalDocument, statementWith } from "./support/fixtures.js";

const fictionalDocument = (title: string, paragraphs: string[]): Extraction => extractFictionalDocument(title, "verslag", paragraphs);

describe("votes: a list of parties as the subject of the vote verb", () => {
  it("'Voor stemden A, B en C' and 'D en E stemden tegen' name the parties and their side", () => {
    const x = fictionalDocument("Fictief verslag gemeenteraad Wolderkamp 4 april 2023", [
      "De raad besprak de motie over de verlichting van het Molenpad.",
      "",
      "Voor stemden Dorpsbelang Wolderkamp, de Groene Kern en Samen Vooruit. Wolderkamp Nu en Stadspartij Oost stemden tegen.",
    ]);
    const forVote = statementWith(x, "Voor stemden");
    expect(names(x, forVote.actorIds).sort()).toEqual(["Dorpsbelang Wolderkamp", "Groene Kern", "Samen Vooruit"].sort());
    expect(forVote).toMatchObject({ stance: "support", rule: expect.stringMatching(/^R16-vote/) });
    const against = statementWith(x, "stemden tegen");
    expect(names(x, against.actorIds).sort()).toEqual(["Stadspartij Oost", "Wolderkamp Nu"]);
    expect(against.stance).toBe("oppose");
  });

  it("the two sides of one vote in one sentence are two lists", () => {
    const x = fictionalDocument("Fictief verslag gemeenteraad Wolderkamp 4 april 2023", [
      "De raad stemde over het amendement.",
      "",
      "Voor stemmen Dorpsbelang Wolderkamp en Samen Vooruit; tegen stemmen Wolderkamp Nu en Stadspartij Oost.",
    ]);
    expect(statementWith(x, "Voor stemmen").stance).toBe("support");
    const against = statementWith(x, "tegen stemmen");
    expect(against.stance).toBe("oppose");
    expect(names(x, against.actorIds).sort()).toEqual(["Stadspartij Oost", "Wolderkamp Nu"]);
  });
});

describe("a name in an apposition after a description is the subject", () => {
  it("'De secretaris, de heer X, licht toe', 'De advocaat van ..., Y, noemt', and the passive 'Door de voorzitter van ..., burgemeester Z, werd voorgesteld'", () => {
    const x = fictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Noordkust 2 mei 2022", [
      "De secretaris, de heer Oudejans, licht toe dat de jaarrekening een klein overschot laat zien.",
      "",
      "De advocaat van de uitbater, Kees Vermolen, noemt de sluiting van het café voorbarig.",
      "",
      "Door de voorzitter van de commissie, burgemeester Anna Smeltink, werd voorgesteld de sirenes te vervangen.",
    ]);
    expect(names(x, statementWith(x, "jaarrekening").actorIds)).toEqual(["Oudejans"]);
    expect(names(x, statementWith(x, "voorbarig").actorIds)).toEqual(["Kees Vermolen"]);
    const passive = statementWith(x, "sirenes");
    expect(names(x, passive.actorIds)).toEqual(["Anna Smeltink"]);
    expect(passive).toMatchObject({ stance: "request", rule: expect.stringMatching(/^R4-passive-door/) });
  });
});

describe("verbs of telling and adding, and a role between 'aldus' and the name", () => {
  it("'vertelt', 'vult aan dat', 'voegde eraan toe dat' report; 'aldus raadslid X' names X", () => {
    const x = fictionalDocument("Fictief verslag commissie Bestuur Hazeldonk 9 oktober 2024", [
      "Mevrouw Timmerhuis vertelt dat de speeltuin aan de Bremstraat elke nacht wordt vernield.",
      "",
      "Burgemeester Okkerse vult aan dat er sinds juli twee extra handhavers rondlopen. Hij voegde eraan toe dat de camera bij het station nog niet werkt.",
      "",
      "'De buurt verdient een oplossing die werkt', aldus raadslid Joris Feddema.",
    ]);
    expect(names(x, statementWith(x, "speeltuin").actorIds)).toEqual(["Timmerhuis"]);
    expect(statementWith(x, "twee extra handhavers").actorIds.length).toBe(1);
    expect(statementWith(x, "camera bij het station").actorIds).toEqual(statementWith(x, "twee extra handhavers").actorIds);
    expect(names(x, statementWith(x, "verdient een oplossing").actorIds)).toEqual(["Joris Feddema"]);
  });
});

describe("stance carried by the content alone (S9), only where no cue of S1-S7 fires", () => {
  const cases: [string, string][] = [
    // A harm stated as a fact.
    ["De brandweercommandant noemt de toestand van de kazerne zorgwekkend.", "concern"],
    ["Een schuur vol gasflessen naast een school is levensgevaarlijk.", "concern"],
    ["De inwoners van Veldhoeve slaan alarm over de drukte op de dijk.", "concern"],
    ["Een avondklok treft vooral jongeren die niets misdaan hebben.", "concern"],
    ["De klachten bij de verhuurder hebben niets opgeleverd.", "concern"],
    ["In twee kernen is 's nachts geen bemanning beschikbaar.", "concern"],
    ["Zo houden de vrijwilligers het niet lang vol.", "concern"],
    ["De aanrijtijden in de polder nemen met drie minuten toe.", "concern"],
    ["Zonder extra mensen kan de post in Wijnaldum niet open blijven.", "concern"],
    ["Anders blijft het bij goede voornemens.", "concern"],
    ["Dit is geen kattenkwaad meer.", "concern"],
    // A judgement of a measure.
    ["De advocaat noemt de sluiting van het café buiten proportie.", "oppose"],
    ["Een gebiedsverbod is een zwaar middel voor een klein vergrijp.", "oppose"],
    ["Een handhaver is geen hulpverlener.", "oppose"],
    // Praise and a yes on a condition.
    ["Wethouder Pastoor noemt de samenwerking met de buurtvaders een doorbraak.", "support"],
    ["Volgens haar werkt het buurtteam in Oosterloo goed.", "support"],
    ["De fractie is voor een proef met camera's, mits de beelden na een week worden gewist.", "support"],
    // Action items and a time ahead.
    ["Actiepunt: de secretaris organiseert in mei een werkbezoek aan de meldkamer.", "commitment"],
    ["De commandant presenteert in de volgende vergadering een nieuw rooster.", "commitment"],
    ["Het bureau stelt samen met de brandweer een notitie op over de kosten.", "commitment"],
  ];
  for (const [clause, stance] of cases) {
    it(`${stance}: ${clause}`, () => expect(classifyStance(clause).stance).toBe(stance));
  }

  it("a cue of S1-S7 anywhere in the clause still decides before the content", () => {
    expect(classifyStance("De wethouder sprak haar waardering uit voor de vrijwilligers die dagenlang doorwerkten.").stance).toBe("support");
  });

  it("no content stance where the content does not carry one", () => {
    for (const clause of [
      "Het is geen garantie voor een rustige jaarwisseling, zegt ze.",
      "De norm is voor ons geen plafond maar een ondergrens.",
      "Zonder de inzet van de buurtvrijwilligers was het dorpsfeest nooit doorgegaan.",
      "De gemeenteraad bespreekt de evaluatie volgende week.",
      "De gemeente heeft slechts twee handhavers in dienst.",
    ]) {
      expect(classifyStance(clause).rule, clause).not.toBe("S9-content");
    }
  });
});

describe("idioms of distance and of agreement", () => {
  const cases: [string, string][] = [
    ["De fractie van Groen Veldhoeve heeft grote moeite met het samenscholingsverbod.", "oppose"],
    ["Mevrouw Dalmeijer is daar niet gelukkig mee.", "oppose"],
    ["De wijkraad neemt afstand van de oproep tot een blokkade.", "oppose"],
    ["Daarmee kan de heer Brons leven.", "support"],
    ["Wij zijn geen tegenstander van een proef met drones.", "support"],
    ["Met het ontwerp kunnen wij grotendeels instemmen.", "support"],
    ["Wij kunnen ons vinden in de gekozen speerpunten.", "support"],
    ["Het beraad spreekt zich uit voor behoud van de kazerne in Oosterloo.", "support"],
    ["De twee fracties stemden voor het amendement.", "support"],
  ];
  for (const [clause, stance] of cases) {
    it(`${stance}: ${clause}`, () => expect(classifyStance(clause).stance).toBe(stance));
  }
});

describe("topics of a clause that points back", () => {
  it("'staat daar positief tegenover', 'deelt die zorg' take the topics of the statement before", () => {
    const x = fictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Noordkust 2 mei 2022", [
      "Stormschade",
      "De heer Wiltink vraagt om een onderzoek naar de dakpannen van de sporthal in Ruigeveen. Mevrouw Kalsbeek staat daar positief tegenover.",
    ]);
    const labels = (fragment: string): string[] => statementWith(x, fragment).topicIds.map((id) => x.topics.find((t) => t.id === id)?.label ?? id);
    expect(labels("daar positief")).toEqual(expect.arrayContaining(labels("dakpannen").filter((l) => l !== "Stormschade")));
  });
});

describe("the first person: 'Wij ... namens X' opening a sentence, and a 'wij' nobody is known for", () => {
  it("'Wij doen verslag namens de regioburgemeesters' makes the regioburgemeesters the writer", () => {
    const x = fictionalDocument("Verslag van het overleg over de meldkamers, 3 juni 2021", [
      "Wij doen hier verslag namens de regioburgemeesters.",
      "",
      "Meldkamers",
      "De korpschef meldde dat de nieuwe meldkamer in Hoorneveld later opengaat. Wij vragen om een vaste datum voor de opening.",
    ]);
    expect(statementWith(x, "vaste datum").actorIds).toEqual(["group:regioburgemeesters"]);
  });

  it("without a known writer, 'wij' does not continue the person reported before, but may continue a body", () => {
    const x = fictionalDocument("Verslag over de kazerne van Oosterloo, 3 juni 2021", [
      "Kazerne",
      "Wethouder Pastoor zei dat de kazerne in Oosterloo te klein is geworden. Wij vragen om een nieuwe locatie aan de rand van het dorp.",
      "",
      "Het dagelijks bestuur van de brandweer Oosterloo stemde in met de verbouwing. Daarmee kunnen we de plannen nu gaan uitvoeren.",
    ]);
    expect(statementWith(x, "nieuwe locatie").actorIds).toEqual([]);
    expect(statementWith(x, "plannen nu gaan uitvoeren").actorIds).toEqual(statementWith(x, "verbouwing").actorIds);
  });
});

describe("organisations named by a compound of their kind, and parties named by their group", () => {
  it("'Ondernemersvereniging X', 'Woonstichting Y', 'de vakbond Z', 'De CDA-fractie' and 'De Stadspartij' are holders", () => {
    const x = fictionalDocument("Fictief nieuwsbericht over de markt van Oosterloo, 3 juni 2021", [
      "Wethouder Pastoor zei dat de weekmarkt verhuist. Ondernemersvereniging Marktzicht Oosterloo is juist blij met de verhuizing. Woonstichting De Linde laat weten de huurders aan het plein te zullen helpen. De CDA-fractie is niet akkoord met de verhuizing. De Stadspartij steunt de wethouder. Ook de vakbond Blauw Front maakt zich zorgen.",
    ]);
    expect(names(x, statementWith(x, "juist blij").actorIds)).toEqual(["Ondernemersvereniging Marktzicht Oosterloo"]);
    expect(names(x, statementWith(x, "huurders aan het plein").actorIds)).toEqual(["Woonstichting De Linde"]);
    expect(names(x, statementWith(x, "niet akkoord").actorIds)).toEqual(["CDA"]);
    expect(names(x, statementWith(x, "steunt de wethouder").actorIds)).toEqual(["Stadspartij"]);
    expect(names(x, statementWith(x, "Blauw Front").actorIds)).toEqual(["Vakbond Blauw Front"]);
  });
});

describe("a description of a few words before the name", () => {
  it("'Haar collega X van Y reageert', 'Regionaal projectleider Z van het ... herkent', 'Teamleider handhaving W noemt' make the named person the subject; 'Na X sprak ...' and 'Daarin wordt de ...' do not", () => {
    const x = fictionalDocument("Fictief nieuwsbericht over de markt van Oosterloo, 3 juni 2021", [
      "Wethouder Pastoor zei dat de weekmarkt verhuist. Haar collega Dirk Smeding van Westerloo reageert juist positief. Regionaal projectleider Anouk Velthuis van het Marktbureau Noord herkent het beeld. Teamleider handhaving Joost Kamsteeg noemt dat een goede stap. Na Joost Kamsteeg sprak de marktmeester over de kosten.",
    ]);
    expect(names(x, statementWith(x, "juist positief").actorIds)).toEqual(["Dirk Smeding"]);
    expect(names(x, statementWith(x, "herkent het beeld").actorIds)).toEqual(["Anouk Velthuis"]);
    expect(names(x, statementWith(x, "goede stap").actorIds)).toEqual(["Joost Kamsteeg"]);
    expect(names(x, statementWith(x, "Na Joost Kamsteeg").actorIds)).not.toContain("Joost Kamsteeg");
  });
});

describe("formulas of a letter about itself and of a council's procedure hold no position", () => {
  it("'Met belangstelling hebben wij kennisgenomen', 'zien uw reactie tegemoet', 'als bespreekstuk', 'De motie wordt verworpen' are the writer's framing", () => {
    const x = fictionalDocument("Fictieve reactie van de regioburgemeesters op het plan voor de meldkamers, 3 juni 2021", [
      "Met belangstelling hebben wij kennisgenomen van het plan voor de meldkamer in Hoorneveld. Wij vragen u de opening niet uit te stellen. Wij zien uw reactie met belangstelling tegemoet.",
      "",
      "De commissie adviseert het voorstel als bespreekstuk naar de raad te sturen. Wethouder Pastoor ontraadt de motie van Dorpsbelang. De motie wordt verworpen.",
    ]);
    for (const fragment of ["kennisgenomen", "tegemoet", "bespreekstuk", "wordt verworpen"]) {
      expect(statementWith(x, fragment).actorIds, fragment).toEqual([]);
      expect(statementWith(x, fragment).rule, fragment).toMatch(/^R0-writer-framing/);
    }
    expect(statementWith(x, "niet uit te stellen").actorIds).toEqual(["group:regioburgemeesters"]);
  });
});

describe("burdens and doubts that look like requests", () => {
  const cases: [string, string][] = [
    ["De wethouder wees op de kleine kernen, die de kosten zelf moeten dragen.", "concern"],
    ["Hij wijst erop dat de gemeente dit jaar op het groen moet bezuinigen.", "concern"],
    ["Bewoners moeten te lang wachten op een antwoord van de verhuurder.", "concern"],
    ["Achteraf had ik eerder moeten ingrijpen.", "concern"],
    ["Zij vraagt zich af of de camera's de overlast niet verplaatsen.", "concern"],
    ["De nieuwe werkwijze vraagt meer tijd dan gedacht.", "concern"],
    ["De handhavers worden vaker dan gewenst bij evenementen ingezet.", "concern"],
    // Still requests: a demand on someone, asking for people, a passive obligation in a relative clause.
    ["De wethouder vindt dat de gemeente moet bezuinigen.", "request"],
    ["De fractie vraagt om meer agenten in de wijk.", "request"],
    ["Het bureau stuurt twee notities, die voor de zomer moeten worden besproken.", "request"],
  ];
  for (const [clause, stance] of cases) {
    it(`${stance}: ${clause}`, () => expect(classifyStance(clause).stance).toBe(stance));
  }
});

describe("more cues of the genre", () => {
  const cases: [string, string][] = [
    ["Wij hebben dat verwelkomd.", "support"],
    ["Een brochure alleen helpt niemand.", "concern"],
    ["Zulk geweld mag nooit gewoon worden.", "oppose"],
    ["'Dit soort vernielingen hoort niet in ons dorp.'", "oppose"],
    ["Een camera op de hoek is geen vervanging voor een wijkagent.", "oppose"],
    ["Een regel zonder toezicht is een lege huls.", "concern"],
    ["De wethouder antwoordde dat zij hierover vóór de zomer een notitie naar de raad stuurt.", "commitment"],
    ["Samen met de scholen zetten wij een campagne op over veilig uitgaan.", "commitment"],
    ["De wijkraad organiseert in de herfst drie avonden over inbraakpreventie.", "commitment"],
    ["Dat geeft rust in de wijk.", "support"],
  ];
  for (const [clause, stance] of cases) {
    it(`${stance}: ${clause}`, () => expect(classifyStance(clause).stance).toBe(stance));
  }
});

describe("more verbs of speaking and the label of a decision", () => {
  it("'sprak de verwachting uit', 'gaf een beeld van', 'ontkent', 'spreekt van een ...', 'hoopt dat' report; 'is het met haar eens' agrees", () => {
    const x = fictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Noordkust 2 mei 2022", [
      "Bluswater",
      "Commandant Hiddema sprak de verwachting uit dat de nieuwe bluswaterkaart in juni klaar is. Wethouder Pastoor gaf een beeld van de droogte in de polder. Mevrouw Kalsbeek ontkent dat de brandkranen slecht onderhouden zijn. De heer Wiltink spreekt van een 'stille ramp' in de natuurgebieden. Hij hoopt dat het waterschap meebetaalt. Mevrouw Dalmeijer is het met hem eens.",
    ]);
    expect(names(x, statementWith(x, "bluswaterkaart").actorIds)).toEqual(["Hiddema"]);
    expect(names(x, statementWith(x, "droogte").actorIds)).toEqual(["Pastoor"]);
    expect(names(x, statementWith(x, "brandkranen").actorIds)).toEqual(["Kalsbeek"]);
    expect(names(x, statementWith(x, "stille ramp").actorIds)).toEqual(["Wiltink"]);
    expect(statementWith(x, "meebetaalt").stance).toBe("request");
    expect(statementWith(x, "met hem eens")).toMatchObject({ stance: "support" });
  });

  it("'Besluiten - Het bestuur stemt in met ...': a label with a dash before the decision", () => {
    const x = fictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Noordkust 2 mei 2022", [
      "Begroting",
      "Besluiten - Het algemeen bestuur stemt in met de begroting voor 2023.",
    ]);
    expect(statementWith(x, "begroting voor 2023").actorIds.length).toBe(1);
  });
});

describe("a short acknowledgement coordinated with a promise or a request is one statement", () => {
  it("'erkende het knelpunt en zegde toe' is one commitment; 'stemt tegen en verzoekt' keeps its rejection", () => {
    const x = fictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Noordkust 2 mei 2022", [
      "Sirenes",
      "De commandant erkende het knelpunt en zegde toe de sirenes in Ruigeveen voor de winter te vervangen. De heer Wiltink stemt tegen en verzoekt om een tweede offerte.",
    ]);
    const promise = statementWith(x, "erkende het knelpunt");
    expect(promise.text).toContain("zegde toe");
    expect(promise.stance).toBe("commitment");
    expect(statementWith(x, "stemt tegen").stance).toBe("oppose");
  });
});

describe("negated obligations, answers to a question, rejecting a reproach", () => {
  const cases: [string, string][] = [
    ["Maar we moeten niet doen alsof elke kermis nu gevaarlijk is.", "oppose"],
    ["Het zou niet zo moeten zijn dat de huurders opdraaien voor de schade.", "oppose"],
    ["We moeten niet wachten tot er ongelukken gebeuren.", "request"],
    ["In antwoord op de vraag van mevrouw Dalmeijer zegt de wethouder dat de cursus 300 euro kost.", "inform"],
    ["Op de vraag van de fractie of de cursus verplicht wordt, gaat de wethouder later in.", "request"],
    ["Het verwijt dat de brandweer te laat kwam, wees de commandant van de hand.", "oppose"],
  ];
  for (const [clause, stance] of cases) {
    it(`${stance}: ${clause}`, () => expect(classifyStance(clause).stance).toBe(stance));
  }
});

describe("topics of a vote list", () => {
  it("'Voor: A en B.' and 'Tegen: C.' are about what was put to the vote just before", () => {
    const x = fictionalDocument("Fictief verslag gemeenteraad Wolderkamp 4 april 2023", [
      "Stemming",
      "Mevrouw Timmerhuis dient een motie in voor een verbod op lachgas in het stadspark.",
      "",
      "Voor: Dorpsbelang Wolderkamp en Samen Vooruit.",
      "",
      "Tegen: Stadspartij Oost.",
    ]);
    const labels = (fragment: string): string[] => statementWith(x, fragment).topicIds.map((id) => x.topics.find((t) => t.id === id)?.label ?? id);
    const motion = labels("lachgas").filter((l) => l !== "Stemming");
    expect(motion.length).toBeGreaterThan(0);
    expect(labels("Voor:")).toEqual(expect.arrayContaining(motion));
    expect(labels("Tegen:")).toEqual(expect.arrayContaining(motion));
  });
});

describe("verb-second inversion with a verb the lists lack, before a titled subject", () => {
  it("'Na de tweede vondst grijpt burgemeester X hard in' is X's", () => {
    const x = fictionalDocument("Fictief nieuwsbericht over een drugspand in Veldhoeve, 3 juni 2021", [
      "Na de tweede vondst in een maand grijpt burgemeester Anna Smeltink van Veldhoeve hard in.",
    ]);
    expect(names(x, statementWith(x, "grijpt").actorIds)).toEqual(["Anna Smeltink"]);
  });
});

describe("discovered topics keep their attributive adjective", () => {
  it("'een digitaal loket' is the topic 'digitaal loket', not just 'loket'", () => {
    const x = fictionalDocument("Fictief verslag over de dienstverlening in Oosterloo, 3 juni 2021", [
      "Wethouder Pastoor pleit voor een digitaal loket voor meldingen over zwerfvuil.",
    ]);
    const labels = statementWith(x, "loket").topicIds.map((id) => x.topics.find((t) => t.id === id)?.label);
    expect(labels).toContain("digitaal loket");
  });
});
