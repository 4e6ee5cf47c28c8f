/**
 * The rules of the round of 6 December (c), each with Dutch sentences of our own in FICTIONAL
 * documents (invented people and places): a news dateline before the subject, a mayor's order
 * under her own powers, and a backward tag after a clause whose subject is only what it is about.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { actorNames as names, extractFictionalDocument, statementWith } from "./support/fixtures.js";

const fictionalNews = (title: string, paragraphs: string[]): Extraction => extractFictionalDocument(title, "nieuwsbericht", paragraphs);

describe("a mayor's order under her own powers is a commitment", () => {
  it("ordering an emergency measure, declaring a risk area and closing a house", () => {
    expect(classifyStance("Burgemeester Veenstra heeft vrijdagnacht een noodverordening afgekondigd voor het stationsgebied.")).toMatchObject({ stance: "commitment", rule: "S4-commissive" });
    expect(classifyStance("Zij vaardigde rond middernacht een noodbevel uit voor de Havenkade.")).toMatchObject({ stance: "commitment" });
    expect(classifyStance("Ook heeft hij de Molenbuurt voor drie maanden als veiligheidsrisicogebied aangewezen.")).toMatchObject({ stance: "commitment" });
    expect(classifyStance("De burgemeester heeft het pand aan de Beukenlaan voor zes maanden gesloten.")).toMatchObject({ stance: "commitment" });
  });

  it("the measure named without the order is no commitment", () => {
    expect(classifyStance("De noodverordening gold tot maandagochtend.").stance).toBe("inform");
    expect(classifyStance("Het café aan de Markt was die avond al gesloten.").stance).toBe("inform");
  });
});

describe("a news dateline before the first sentence is read past", () => {
  it("'PLAATS - Burgemeester X heeft ...' has the mayor as its holder", () => {
    const x = fictionalNews("Fictief nieuwsbericht: noodverordening in Kramstede", [
      "KRAMSTEDE - Burgemeester Olga Veenstra van Kramstede heeft zaterdag een noodverordening afgekondigd voor het stationsgebied.",
    ]);
    const order = statementWith(x, "noodverordening afgekondigd");
    expect(names(x, order.actorIds)).toEqual(["Olga Veenstra"]);
    expect(order).toMatchObject({ stance: "commitment", rule: expect.stringMatching(/^R1-subject-verb/) });
  });
});

describe("a backward tag takes the clause right before it from an organisation that only is its subject", () => {
  it("'De politie kan ... niet meer ... . Dat schrijft burgemeester X in een brief' is the mayor's concern", () => {
    const x = fictionalNews("Fictief nieuwsbericht: zorgen over de nachtdiensten in Lindewaard", [
      "De politie kan in de nachtelijke uren niet meer elke melding in de dorpen opvolgen. Dat schrijft burgemeester Joost Harteveld van Lindewaard in een brief aan de gemeenteraad.",
    ]);
    const claim = statementWith(x, "niet meer elke melding");
    expect(names(x, claim.actorIds)).toEqual(["Joost Harteveld"]);
    expect(claim.rule).toMatch(/^R14-backward-tag/);
  });
});

describe("lacking something is a concern, and a surname spelled like 'wilde' is no verb", () => {
  it("'mist een onderbouwing' is a concern even before a demand in what follows", () => {
    expect(classifyStance("De fractie van Dorpsbelang mist een heldere onderbouwing waaruit blijkt dat een tweede kazerne nodig is.")).toMatchObject({ stance: "concern", cue: "mist een heldere onderbouwing" });
    expect(classifyStance("Wij missen nog de cijfers per gemeente.").stance).toBe("concern");
  });

  it("'mevrouw De Wilde-Brouwer' and 'Wethouder De Wilde' want nothing; the verb still counts", () => {
    expect(classifyStance("Mevrouw De Wilde-Brouwer heeft bedenkingen bij het nieuwe rooster.")).toMatchObject({ stance: "concern", cue: "bedenkingen" });
    expect(classifyStance("Wethouder De Wilde plaatst vraagtekens bij de planning.").stance).toBe("concern");
    expect(classifyStance("De wethouder wil de proef met een jaar verlengen.").stance).toBe("commitment");
  });
});
