/**
 * The round of 8 December (h). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;

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
