/**
 * The rules of the round of 6 December (e), each with Dutch sentences of our own in FICTIONAL
 * documents or fictional actors (invented people, bodies and places).
 */
import { describe, expect, it } from "vitest";
import { ActorIndex } from "../../src/ingest/actors/actor-index.js";
import { discoverPersons } from "../../src/ingest/actors/discover-persons.js";
import type { Extraction } from "../../src/ingest/index.js";
import { discoverTopics } from "../../src/ingest/topics/discover-topics.js";
import { actorNames as names, extractFictionalDocument, statementWith } from "./support/fixtures.js";


describe("an abbreviation's plural 's may be left out after the name of a body", () => {
  // A fictional office of a fictional college of regional inspectors (RI's).
  const index = new ActorIndex([
    { id: "office:fictief-voorzitter-ri", kind: "office", name: "voorzitter van het College van RI's", aliases: ["voorzitter van het College van RI's"] },
    { id: "org:fictief-buurtraden", kind: "organisation", name: "Overleg van opa's", aliases: ["Overleg van opa's"] },
  ]);
  const found = (text: string): string[] => index.find(text).map((m) => `${m.actorId}:${m.surface}`);

  it("'de voorzitter van het College van RI' is the office written with 'RI's'", () => {
    expect(found("In dit fictieve verslag wees de voorzitter van het College van RI op de achterstand.")).toEqual(["office:fictief-voorzitter-ri:voorzitter van het College van RI"]);
    expect(found("In dit fictieve verslag wees de voorzitter van het College van RI's op de achterstand.")).toEqual(["office:fictief-voorzitter-ri:voorzitter van het College van RI's"]);
  });

  it("an ordinary word's plural 's is kept: 'Overleg van opa' is no mention", () => {
    expect(found("Het fictieve Overleg van opa vergaderde in Wolderhoek.")).toEqual([]);
    expect(found("Het fictieve Overleg van opa's vergaderde in Wolderhoek.")).toEqual(["org:fictief-buurtraden:Overleg van opa's"]);
  });
});

/** A FICTIONAL set of minutes with one heading over the paragraphs. */
const fictionalMinutes = (heading: string, paragraphs: string[]): Extraction =>
  extractFictionalDocument("Fictief verslag van het overleg in Wolderhoek", "verslag", [heading, "", ...paragraphs]);

describe("a passive's agent may be some of a group: 'door meerdere burgemeesters'", () => {
  it("'Er werd door enkele regioburgemeesters gewezen op ...' is theirs", () => {
    const x = fictionalMinutes("Nachtelijke bezetting", [
      "De korpschef lichtte het rooster voor de nachtdiensten toe. Er werd door enkele regioburgemeesters gewezen op het gevaar dat de dorpen 's nachts onbemand blijven.",
    ]);
    const concern = statementWith(x, "gewezen op het gevaar");
    expect(names(x, concern.actorIds)).toEqual(["regioburgemeesters"]);
    expect(concern.rule).toMatch(/^R4-passive-door/);
  });

  it("a quantifier without 'door' names no agent: 'Er werd in enkele regio's gewezen op ...'", () => {
    const x = fictionalMinutes("Nachtelijke bezetting", [
      "Er werd in enkele regio's door de bewoners gewezen op de lege bureaus.",
    ]);
    expect(statementWith(x, "lege bureaus").actorIds).toEqual([]);
  });
});

describe("a pronominal adverb before a copula is no subject: 'Daar waren de leden niet blij mee'", () => {
  it("the group after the copula holds the position", () => {
    const x = fictionalMinutes("Verdeling van de middelen", [
      "De minister kondigde aan dat het extra geld eerst naar de grote steden gaat. Daar waren de regioburgemeesters niet blij mee.",
    ]);
    const reaction = statementWith(x, "niet blij mee");
    expect(names(x, reaction.actorIds)).toEqual(["regioburgemeesters"]);
    expect(reaction.rule).toMatch(/^R2-inverted/);
  });

  it("a demonstrative before a copula is the subject: 'Dit is de taak van de regioburgemeesters'", () => {
    const x = fictionalMinutes("Verdeling van de middelen", [
      "De minister kondigde aan dat het extra geld eerst naar de grote steden gaat. Dit is volgens haar de taak van de regioburgemeesters.",
    ]);
    expect(names(x, statementWith(x, "de taak van de regioburgemeesters").actorIds)).not.toContain("regioburgemeesters");
  });
});

describe("a motion or amendment by its number is a topic, with the subject in its brackets", () => {
  it("'Amendement B3 (fietsverlichting) wordt aangenomen' names the amendment and its subject", () => {
    const labels = discoverTopics("Amendement B3 (fietsverlichting) wordt in dit fictieve verslag aangenomen.", 0, 74).map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(["amendement B3", "fietsverlichting"]));
  });

  it("a vote after it takes them: 'Voor stemmen A en B' is about the amendment", () => {
    const x = fictionalMinutes("Stemmingen", [
      "Amendement B3 (fietsverlichting, Wolderhoek Lokaal) wordt aangenomen. Voor stemmen Wolderhoek Lokaal en de VVD.",
    ]);
    const vote = statementWith(x, "Voor stemmen");
    const labels = vote.topicIds.map((id) => x.topics.find((t) => t.id === id)?.label);
    expect(labels).toEqual(expect.arrayContaining(["amendement B3", "fietsverlichting"]));
  });

  it("a party in the brackets is no subject, and a motion without a number is left to the other rules", () => {
    expect(discoverTopics("Motie M4 (Wolderhoek Lokaal) wordt verworpen.", 0, 46).map((t) => t.label)).toEqual(["motie M4"]);
    expect(discoverTopics("De motie over de Molenweg wordt in dit fictieve verslag verworpen.", 0, 66).map((t) => t.label).filter((l) => /^motie\s/u.test(l))).toEqual([]);
  });
});

describe("an attendance list gives each person the function on their own line", () => {
  const list = "Dit is een fictieve presentielijst.\nAanwezig:\n- burgemeester Doornbos (Wolderhoek)\n- mevrouw Rietveld, teamchef basisteam Wolderhoek\n- de heer Oosterling, secretaris (verslag)\n";

  it("the function after the comma ends with its line, also when the lines are joined", () => {
    const roles = (text: string): Array<[string, string | null]> => discoverPersons(text, () => false).map((p) => [p.name.surname, p.role]);
    expect(roles(list)).toContainEqual(["Rietveld", "teamchef basisteam Wolderhoek"]);
    expect(roles(list.replace(/\n(?=- )/gu, " "))).toContainEqual(["Rietveld", "teamchef basisteam Wolderhoek"]);
  });

  it("a hyphen inside a word of the function does not end it", () => {
    const roles = discoverPersons("Dit is een fictief verslag. Mevrouw Rietveld, teamchef jeugd-en-zeden in Wolderhoek, opende.", () => false).map((p) => p.role);
    expect(roles).toEqual(["teamchef jeugd-en-zeden in Wolderhoek"]);
  });
});
