/**
 * The rules of the round of 6 December (b), each with Dutch sentences of our own in FICTIONAL
 * documents (invented people and places): party lists in votes, a name in an apposition after a
 * description, verbs of telling and adding, a role before the name after "aldus".
 */
import { describe, expect, it } from "vitest";
import { extractText, type Extraction } from "../../src/ingest/index.js";
import { gazetteer, statementWith } from "./support/fixtures.js";

const names = (x: Extraction, ids: string[]): string[] => ids.map((id) => x.actors.find((a) => a.id === id)?.name ?? id);
/** A FICTIONAL document: its title, the sentence that says it is fictional, then its paragraphs. */
const fictionalDocument = (title: string, paragraphs: string[]): Extraction =>
  extractText([title, "", "Dit is een fictief verslag, geschreven als testmateriaal.", "", ...paragraphs].join("\n"), "fictional-round-dec6b.txt", gazetteer());

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
