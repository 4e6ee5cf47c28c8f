/**
 * The round of 8 December (i). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames, gazetteer, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;
const extractLines = (source: string, lines: string[]) => extractText(lines.join("\n"), source, gazetteer());
const newsItem = (lines: string[]) => extractLines("fictief-nieuws-2024-02-01.txt", ["Politiepost Wezelaar gaat dicht", "", "Dit is een fictief nieuwsbericht, geschreven als testmateriaal.", "", ...lines]);

describe("an opinion piece's byline: a name on a line of its own, with a date, a label or a dash", () => {
  const body = [
    "Dit is een fictief opiniestuk, geschreven als testmateriaal.",
    "",
    "In onze dorpen ziet niemand de wijkagent nog. Ik vraag de minister om de wijkagent weer vrij te spelen.",
  ];
  const writerOf = (lines: string[]) => {
    const x = extractLines("fictief-opinie-2021-03-02.txt", ["Geef de dorpen hun wijkagent terug", "", ...lines, ""]);
    return actorNames(x, statementWith(x, "Ik vraag de minister").actorIds);
  };

  it.each([
    ["a name the layout sets straight above the first paragraph", ["Marieke Doornbos", "", "", ...body]],
    ["a name and a date", ["Marieke Doornbos | 2 maart 2021", "", ...body]],
    ["a label, a name and an office", ["Opinie | Marieke Doornbos, burgemeester van Wezelaar", "", ...body]],
    ["'Auteur:' and a name", ["Auteur: Marieke Doornbos", "", ...body]],
    ["a few words before the name", ["Een pleidooi van burgemeester Marieke Doornbos uit Wezelaar", "", ...body]],
    ["a closing line after a dash", [...body, "", "— Marieke Doornbos, burgemeester van Wezelaar"]],
  ])("%s", (_, lines) => expect(writerOf(lines)).toEqual(["Marieke Doornbos"]));

  it("not a line under the title that has a verb (a standfirst)", () => {
    expect(writerOf(["Minister Bram Kootstra vergeet de kleine gemeenten", "", ...body])).toEqual([]);
  });
});

describe("'terecht' where people can go or money ends up is no approval, 'voortaan' there no promise", () => {
  it.each([
    "Bewoners kunnen voortaan terecht in het gemeentehuis van Ommerdal.",
    "Voortaan kunnen inwoners voor een aangifte bij het buurtbureau terecht.",
    "Het extra geld komt vooral terecht in de grote steden.",
  ])("'%s' informs", (clause) => expect(stanceOf(clause)).toBe("inform"));

  it.each([
    ["De omwonenden zijn de overlast beu, en terecht.", "support"],
    ["De politie zet voortaan een vast team in bij risicowedstrijden.", "commitment"],
  ])("'%s' keeps its stance", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("a backward tag is its holder's statement too", () => {
  it("'Dat heeft de politie bekendgemaakt': the police hold the news and the tag", () => {
    const x = newsItem(["WEZELAAR - Het bureau aan de Markt sluit op 1 april. Dat heeft de politie dinsdag bekendgemaakt."]);
    expect(actorNames(x, statementWith(x, "sluit op 1 april").actorIds)).toEqual(["Politie"]);
    expect(actorNames(x, statementWith(x, "bekendgemaakt").actorIds)).toEqual(["Politie"]);
  });
});

describe("'vroeg de fractie van X': a party's group after an inverted verb speaks for the party", () => {
  it("the party holds the question", () => {
    const x = newsItem(["De raad besprak de sluiting. Tijdens de vergadering vroeg de fractie van Wezelaar Lokaal of de gemeente de huur kan overnemen."]);
    expect(actorNames(x, statementWith(x, "huur kan overnemen").actorIds)).toEqual(["Wezelaar Lokaal"]);
  });
});

describe("written questions: the asker holds the questions, the one asked the answers", () => {
  const extract = (lines: string[]) => extractLines("fictief-vragen-2022-04-05.txt", lines);
  const holderAndStance = (x: ReturnType<typeof extract>, fragment: string) => {
    const statement = statementWith(x, fragment);
    return [actorNames(x, statement.actorIds).join("+"), statement.stance];
  };

  it("questions of a member to the minister, numbered, with the minister's answers", () => {
    const x = extract([
      "Antwoord op vragen van het lid Brandsema over wachttijden bij de meldkamer",
      "",
      "Dit is een fictief document, geschreven als testmateriaal.",
      "",
      "Vragen van het lid Brandsema (Dorpenpartij) aan de minister van Justitie en Veiligheid over wachttijden bij de meldkamer (ingezonden 5 april 2022).",
      "",
      "Vraag 1",
      "Bent u bereid de bezetting van de meldkamers in de zomer te verhogen?",
      "",
      "Antwoord 1",
      "Ik zal met de meldkamers bespreken hoe de bezetting in de zomer op peil blijft.",
      "",
      "Vraag 2",
      "Hoe lang moest een beller vorig jaar gemiddeld wachten?",
      "",
      "Antwoord 2",
      "Gemiddeld zeventien seconden.",
    ]);
    expect(holderAndStance(x, "Bent u bereid")).toEqual(["Brandsema", "request"]);
    expect(holderAndStance(x, "Hoe lang moest")).toEqual(["Brandsema", "request"]);
    expect(holderAndStance(x, "Ik zal met de meldkamers")).toEqual(["minister van Justitie en Veiligheid", "commitment"]);
    expect(holderAndStance(x, "zeventien seconden")[0]).toBe("minister van Justitie en Veiligheid");
  });

  it("a letter of questions of a party to the college", () => {
    const x = extract([
      "Schriftelijke vragen over het jongerenwerk",
      "",
      "Dit is een fictief document, geschreven als testmateriaal.",
      "",
      "Aan het college van burgemeester en wethouders",
      "",
      "Na berichten over overlast in de wijk stelt de fractie van Ommerdal Vooruit de volgende vragen.",
      "",
      "Is het college bereid het jongerenwerk in de avonduren uit te breiden?",
    ]);
    expect(holderAndStance(x, "Is het college bereid")).toEqual(["Ommerdal Vooruit", "request"]);
  });

  it("answers after 'Antwoord:' in a paragraph that opens with the question, signed by the college", () => {
    const x = extract([
      "Beantwoording schriftelijke vragen van de fractie van Ommerdal Vooruit over het jongerenwerk",
      "",
      "Dit is een fictief document, geschreven als testmateriaal.",
      "",
      "Vraag 1: Is het college bereid het jongerenwerk in de avonduren uit te breiden?",
      "Antwoord: Nee. Het budget voor dit jaar is al verdeeld.",
      "",
      "Het college van burgemeester en wethouders van Ommerdal",
    ]);
    expect(holderAndStance(x, "Is het college bereid")).toEqual(["Ommerdal Vooruit", "request"]);
    expect(holderAndStance(x, "al verdeeld")[0]).toMatch(/college/);
  });

  it("minutes that mention questions in a sentence are no written questions", () => {
    const x = extract([
      "Fictief verslag van de raadsvergadering van 5 april 2022",
      "",
      "Dit is een fictief verslag, geschreven als testmateriaal.",
      "",
      "De vragen van de fractie van Ommerdal Vooruit aan het college over het jongerenwerk worden volgende week schriftelijk beantwoord.",
      "",
      "Mevrouw Brandsema vraagt of het college de wijkagent kan uitnodigen. Kan dat nog deze maand?",
    ]);
    expect(actorNames(x, statementWith(x, "Kan dat nog deze maand").actorIds)).not.toContain("Ommerdal Vooruit");
  });
});

describe("a surname after a member's title is a member, not the curated minister of that name in office", () => {
  const asker = (line: string) => {
    const x = extractLines("fictief-verslag-2020-06-02.txt", ["Fictief verslag van een commissiedebat, 2 juni 2020", "", "Dit is een fictief verslag, geschreven als testmateriaal.", "", line]);
    return statementWith(x, "vraagt").actorIds;
  };

  it("'het lid Hoekstra' in 2020 is not the minister of Finance then", () => {
    expect(asker("Het lid Hoekstra vraagt de minister om meer geld voor de meldkamers.")).not.toContain("person:wopke-hoekstra");
  });

  it("'minister Hoekstra' in 2020 still is", () => {
    expect(asker("Minister Hoekstra vraagt de Kamer om geduld.")).toContain("person:wopke-hoekstra");
  });
});

describe("a press release: its dateline with a date, and starting an action of one's own", () => {
  it("'Ommerdal, 12 april 2017 - Het OM en de politie gaan ...': the subject after the dateline holds it", () => {
    const x = extractLines("fictief-persbericht-2017-04-12.txt", ["Persbericht", "", "Dit is een fictief persbericht, geschreven als testmateriaal.", "", "Ommerdal, 12 april 2017 - Het Openbaar Ministerie gaat jongeren die hun bankrekening uitlenen harder aanpakken."]);
    expect(actorNames(x, statementWith(x, "harder aanpakken").actorIds)).toEqual(["Openbaar Ministerie"]);
  });

  it.each([
    ["De politie start daarom een voorlichtingscampagne op middelbare scholen.", "commitment"],
    ["De gemeente begint met een proef met buurtcamera's.", "commitment"],
    ["De regioburgemeester meldde dat de driehoek een pilot start.", "inform"],
  ])("'%s': %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("a triangle's minutes: an academic title after the role, a label no actor is known for", () => {
  const minutes = (lines: string[]) =>
    extractLines("fictief-driehoek-2020-02-11.txt", ["Fictief verslag lokale driehoek Wezelaar, 11 februari 2020", "", "Dit is een fictief verslag, geschreven als testmateriaal.", "", ...lines]);

  it("'officier van justitie mr. R. Smit' in the list of those present is who 'de officier van justitie' is", () => {
    const x = minutes(["Aanwezig: burgemeester A. de Wilde, officier van justitie mr. R. Smit, teamchef K. Brandsma", "", "2. Drugsoverlast", "De officier van justitie geeft aan dat het OM dealers met een gebiedsverbod wil vervolgen."]);
    expect(actorNames(x, statementWith(x, "gebiedsverbod").actorIds)).toEqual(["R. Smit"]);
  });

  it("'Gemeente: de burgemeester overweegt ...': the subject after the label holds it", () => {
    const x = minutes(["2. Drugsoverlast", "OM: bereid om dealers te vervolgen.", "Gemeente: de burgemeester overweegt een woning te sluiten."]);
    expect(actorNames(x, statementWith(x, "woning te sluiten").actorIds)).toEqual(["burgemeester"]);
  });
});

describe("'zal ... vragen / eisen': asking is what the holder promises to do", () => {
  it.each([
    ["De staatssecretaris zal de minister van Financiën vragen om een extra bijdrage.", "commitment"],
    ["Bij een veroordeling zal de officier standaard een stadionverbod eisen.", "commitment"],
    ["De burgemeesters vragen de minister om een extra bijdrage.", "request"],
    ["Zal de staatssecretaris de minister vragen om een extra bijdrage?", "request"],
  ])("'%s': %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("'Geacht college,' is a salutation as 'Geachte minister,' is", () => {
  it("the sentence after it keeps its own subject", () => {
    const x = extractLines("fictief-brief-2023-09-01.txt", ["Fictieve brief over het jongerenwerk", "", "Dit is een fictieve brief, geschreven als testmateriaal.", "", "Geacht college,", "", "De wijkraad vraagt u om het jongerenwerk in de avonduren uit te breiden."]);
    const statement = statementWith(x, "jongerenwerk in de avonduren");
    expect(statement.text.startsWith("De wijkraad")).toBe(true);
  });
});

describe("'Namens X reageren wij graag op ...' announces the reaction and holds no position", () => {
  it("claims no holder, and the positions after it are the writer's", () => {
    const x = extractLines("fictief-consultatie-2026-01-27.txt", ["Reactie op de consultatie over drones boven evenementen", "", "Dit is een fictieve consultatiereactie, geschreven als testmateriaal.", "", "Namens de Vereniging van Evenementenorganisatoren Oostrand reageren wij graag op het conceptwetsvoorstel. Wij onderschrijven het doel van het wetsvoorstel."]);
    expect(statementWith(x, "reageren wij graag").actorIds).toEqual([]);
    expect(statementWith(x, "onderschrijven").stance).toBe("support");
    expect(statementWith(x, "onderschrijven").actorIds.length).toBe(1);
  });
});

describe("'beschikbaar stellen' is making means available, not proposing", () => {
  it.each([
    ["De provincie stelt dit jaar drie extra handhavers beschikbaar voor de parken.", "commitment"],
    ["Wij stellen onze sporthal beschikbaar voor de noodopvang.", "commitment"],
    ["De wethouder meldt dat het waterschap twee pompen beschikbaar stelt voor de wijk.", "commitment"],
    ["Uitbreiding kan pas als de raad extra geld beschikbaar stelt.", "inform"],
    ["Wij stellen voor de termijn te verkorten tot twee werkdagen.", "request"],
  ])("'%s': %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("a steering group's minutes: 'de stuurgroep' is the meeting body, not the last speaker", () => {
  it("'De stuurgroep stelt het jaarplan vast' after the programme manager spoke", () => {
    const x = extractLines("fictief-stuurgroep-2022-03-14.txt", ["Fictief verslag stuurgroep RIEC Oostrand, 14 maart 2022", "", "Dit is een fictief verslag, geschreven als testmateriaal.", "", "Aanwezig: programmamanager W. Dijkstra, burgemeester J. Veldkamp (voorzitter)", "", "1. Jaarplan", "De programmamanager licht het jaarplan toe. De stuurgroep stelt het jaarplan vast."]);
    const decision = statementWith(x, "stelt het jaarplan vast");
    expect(actorNames(x, decision.actorIds).join(" ")).toMatch(/stuurgroep/i);
    expect(decision.stance).toBe("support");
  });
});

describe("a word that ends as a body's name does is no surname after a role", () => {
  it("'directeur Belastingdienst regio Oost S. Ozturk' names no person 'Belastingdienst'", () => {
    const x = extractLines("fictief-verslag-2022-03-14.txt", ["Fictief verslag stuurgroep, 14 maart 2022", "", "Dit is een fictief verslag, geschreven als testmateriaal.", "", "Aanwezig: directeur Belastingdienst regio Oost S. Ozturk, programmamanager W. Dijkstra", "", "1. Jaarplan", "Mevrouw Ozturk licht het jaarplan toe."]);
    expect(x.actors.filter((a) => a.kind === "person").map((a) => a.name)).not.toContain("Belastingdienst");
  });
});
