/** Stance classification on clauses of our own. */
import { describe, expect, it } from "vitest";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";

const cases: [string, string][] = [
  ["De burgemeesters steunen de aanpak van woonoverlast.", "support"],
  ["De korpschef roemde de samenwerking met de brandweer.", "support"],
  ["Een landelijk meldpunt is volgens de PG onmisbaar.", "support"],
  ["De burgemeesters steunen het plan niet.", "oppose"],
  ["Er is geen draagvlak voor een nieuwe reorganisatie.", "oppose"],
  ["De leden wensen geen aanvullende rapportages.", "oppose"],
  ["De regioburgemeesters verzoeken om een evaluatie van de pilot.", "request"],
  ["Zij riepen de minister op tot meer investeringen in de recherche.", "request"],
  ["De minister zal de Kamer voor de zomer informeren.", "commitment"],
  ["De korpschef kondigde een nieuw opleidingsprogramma aan.", "commitment"],
  ["De PG uitte zorgen over de oplopende achterstanden.", "concern"],
  ["De uitvoering verloopt moeizaam.", "concern"],
  ["Het tekort aan rechercheurs blijft een knelpunt.", "concern"],
  ["De korpschef gaf een toelichting op de cijfers.", "inform"],
  ["Het sluiten van de coffeeshops leidt tot meer overlast op straat.", "concern"],
  ["De nieuwe werkwijze leidt tot kortere doorlooptijden.", "inform"],
  ["Het kabinet gaat ondermijnende criminaliteit tegen.", "oppose"],
];

describe("stance", () => {
  it.each(cases)("%s -> %s", (clause, stance) => {
    expect(classifyStance(clause).stance).toBe(stance);
  });

  it("the speech act's own class wins over a noun in its object ('steunen het voorstel')", () => {
    const d = classifyStance("De burgemeesters steunen het voorstel van de korpschef.");
    expect(d.stance).toBe("support");
    expect(d.rule).toBe("S2-speech-act-support");
  });

  it("a separable verb needs its particle, not a preposition ('stelde voor de zomer')", () => {
    expect(classifyStance("De minister stelde voor de zomer een plan op.").stance).not.toBe("request");
    expect(classifyStance("De minister stelde een pilot voor.").stance).toBe("request");
  });

  it("a verb form used as a noun is no speech act ('Er zijn geen vragen')", () => {
    expect(classifyStance("Er zijn geen vragen.").stance).toBe("inform");
  });

  it("'zorgen voor' (to provide) is not a concern", () => {
    expect(classifyStance("De eenheden zorgen voor voldoende capaciteit.").stance).toBe("inform");
  });

  it("returns the cue as written", () => {
    expect(classifyStance("De aanpak is van groot belang.").cue).toBe("van groot belang");
  });
});
