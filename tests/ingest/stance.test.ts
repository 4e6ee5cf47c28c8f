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
  // Acquiescing, not ruling out, not advising against: a cautious yes.
  ["De wethouder legt zich neer bij de keuze van de raad.", "support"],
  ["De wethouder legt zich er niet bij neer.", "oppose"],
  ["De korpschef sloot een proef in twee wijken niet uit.", "support"],
  ["De korpschef sluit niet uit dat de proef wordt verlengd.", "inform"],
  ["De burgemeester ontraadt het amendement niet.", "support"],
  ["De burgemeester ontraadt het amendement.", "oppose"],
  ["Het plan wordt door de fractie van harte ondersteund.", "support"],
  // Refusals, announcements and waiting are no promise.
  ["Een toezegging kan de wethouder vandaag niet doen.", "inform"],
  ["Ik wil u met deze brief informeren over de stand van zaken.", "inform"],
  ["De minister wil eerst het onderzoek afwachten.", "inform"],
  // Arranging and acting.
  ["De gemeente neemt de extra kosten voor haar rekening.", "commitment"],
  ["Wij zoeken samen met de scholen naar een oplossing.", "commitment"],
  ["De driehoek spreekt af de cijfers elk kwartaal te bespreken.", "commitment"],
  ["De veiligheidsregio zorgt ervoor dat elke post bemand blijft.", "commitment"],
  ["De burgemeester gaat na de zomer met de ondernemers om tafel.", "commitment"],
  ["De politie zet in het weekend twintig extra agenten in.", "commitment"],
  ["Het bestuur geeft de commandant opdracht om de kosten uit te zoeken.", "commitment"],
  ["De directeur stuurt uiterlijk 1 maart een voorstel.", "commitment"],
  ["De politie zette vorig jaar extra agenten in.", "inform"],
  // Inflected adjectives, overload, distrust, a threat in a condition, pointing out a burden.
  ["Dit is een onaanvaardbare gang van zaken.", "oppose"],
  ["Het is een onhoudbare situatie voor de teams.", "concern"],
  ["Volgens de wijkagent blijven te veel meldingen liggen.", "concern"],
  ["De basisteams staan onder grote druk.", "concern"],
  ["De recherche is al maanden onderbezet.", "concern"],
  ["Omwonenden liggen wakker van het geluid.", "concern"],
  ["De fractie vertrouwt die cijfers niet.", "concern"],
  ["Als dit zo doorgaat, verdwijnt de wijkagent uit het dorp.", "concern"],
  ["Zij plaatst vraagtekens bij de haalbaarheid.", "concern"],
  ["De burgemeester wijst op de extra werkdruk voor de boa's.", "concern"],
  // Declining to act, a measure that solves nothing.
  ["De minister ziet geen aanleiding om de regeling te wijzigen.", "oppose"],
  ["Met camera's los je de overlast niet op.", "oppose"],
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
