/**
 * The round of 8 December (i). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames, gazetteer, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;
const newsItem = (lines: string[]) => extractText(["Politiepost Wezelaar gaat dicht", "", "Dit is een fictief nieuwsbericht, geschreven als testmateriaal.", "", ...lines].join("\n"), "fictief-nieuws-2024-02-01.txt", gazetteer());

describe("an opinion piece's byline: a name on a line of its own, with a date, a label or a dash", () => {
  const body = [
    "Dit is een fictief opiniestuk, geschreven als testmateriaal.",
    "",
    "In onze dorpen ziet niemand de wijkagent nog. Ik vraag de minister om de wijkagent weer vrij te spelen.",
  ];
  const writerOf = (lines: string[]) => {
    const x = extractText(["Geef de dorpen hun wijkagent terug", "", ...lines, ""].join("\n"), "fictief-opinie-2021-03-02.txt", gazetteer());
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
