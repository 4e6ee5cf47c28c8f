/**
 * The rules of the round of 6 December (f), each with Dutch sentences of our own in FICTIONAL
 * documents (invented people and places): sentences that hold no position and must claim no holder
 * (the date of the next meeting, a letter announcing itself, declining to comment, a climate of
 * opinion, an agentless plea or proposal, the agenda moving on), each next to a near miss whose
 * position must still be found.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/ingest/index.js";
import { actorNames as names, extractFictionalDocument, extractNote, statementWith } from "./support/fixtures.js";

const FICTIONAL_NOTE = "Dit is een fictieve terugkoppeling, geschreven als testmateriaal; personen en plaatsen zijn verzonnen.";
const fictionalNews = (title: string, paragraphs: string[]): Extraction => extractFictionalDocument(title, "nieuwsbericht", paragraphs);

describe("the date of the next meeting is scheduling, not a position", () => {
  it("'Het volgende overleg vindt plaats op ...' claims no holder; a promise for that meeting is still the chief's", () => {
    const x = extractNote([
      FICTIONAL_NOTE,
      "De korpschef belooft een rooster voor de nachtdiensten in Ommelwaard mee te nemen naar de volgende vergadering.",
      "Het volgende overleg vindt plaats op 9 november in Brakveen.",
    ]);
    expect(statementWith(x, "vindt plaats op 9 november").actorIds).toEqual([]);
    const promise = statementWith(x, "mee te nemen naar de volgende vergadering");
    expect(names(x, promise.actorIds)).toEqual(["korpschef"]);
    expect(promise.stance).toBe("commitment");
  });

  it("'De eerstvolgende vergadering van het beraad is gepland op ...' claims no holder either", () => {
    const x = extractNote([FICTIONAL_NOTE, "De eerstvolgende vergadering van het beraad is gepland op 14 januari."]);
    expect(statementWith(x, "is gepland op 14 januari").actorIds).toEqual([]);
  });
});

describe("a letter announcing itself holds no position; what it then asks does", () => {
  it("'Hierbij ontvangt u ...' and 'Namens ... brengen wij u op de hoogte ...' claim no holder; 'Wij vragen ...' is the writers' request", () => {
    const x = extractNote([
      FICTIONAL_NOTE,
      "Hierbij ontvangt u een beknopt verslag van het overleg over de meldkamer in Ommelwaard.",
      "Namens de drie burgemeesters van het district brengen wij u graag op de hoogte van wat er over Ommelwaard is afgesproken.",
      "Wij vragen de minister de meldkamer in Ommelwaard structureel te financieren.",
    ]);
    expect(statementWith(x, "Hierbij ontvangt u").actorIds).toEqual([]);
    expect(statementWith(x, "brengen wij u graag op de hoogte").actorIds).toEqual([]);
    const request = statementWith(x, "Wij vragen de minister");
    expect(request.actorIds.length).toBeGreaterThan(0);
    expect(request.stance).toBe("request");
  });

  it("'Graag geven wij, de ..., u onze reactie' announces the reaction and claims no holder", () => {
    const x = extractNote([FICTIONAL_NOTE, "Graag geven wij, de burgemeesters van Brakveen en Ommelwaard, u onze reactie op het concept."]);
    expect(statementWith(x, "u onze reactie").actorIds).toEqual([]);
  });
});

describe("declining to comment is no opposition and no position", () => {
  it("'wilde niet zeggen of ...', 'reageerde niet op vragen', 'wilde inhoudelijk niet reageren' claim no holder", () => {
    const x = fictionalNews("Fictief nieuwsbericht: brand in een loods bij Kramstede", [
      "Een woordvoerder van de politie wilde niet zeggen of er verdachten in beeld zijn.",
      "Ook de verhuurder van het pand reageerde niet op verzoeken om commentaar.",
      "Het waterschap wilde inhoudelijk niet reageren.",
    ]);
    expect(statementWith(x, "wilde niet zeggen of").actorIds).toEqual([]);
    expect(statementWith(x, "reageerde niet op verzoeken").actorIds).toEqual([]);
    expect(statementWith(x, "inhoudelijk niet reageren").actorIds).toEqual([]);
  });

  it("not wanting something ('wil niet dat ...') is still the mayor's opposition", () => {
    const x = fictionalNews("Fictief nieuwsbericht: geen nieuwe loods in Kramstede", [
      "Burgemeester Olga Veenstra van Kramstede wil niet dat de loods op dezelfde plek wordt herbouwd.",
    ]);
    const refusal = statementWith(x, "wil niet dat de loods");
    expect(names(x, refusal.actorIds)).toEqual(["Olga Veenstra"]);
    expect(refusal.stance).toBe("oppose");
  });
});

describe("a climate of opinion without its holders claims none", () => {
  it("'bestaat ook kritiek', 'lopen de meningen uiteen', 'Niet iedereen is ...' claim no holder; the critic named next still holds her concern", () => {
    const x = fictionalNews("Fictief nieuwsbericht: cameratoezicht in Brakveen", [
      "Burgemeester Olga Veenstra van Brakveen wil het cameratoezicht op het stationsplein met een jaar verlengen.",
      "Tegen het cameratoezicht bestaat ook kritiek. Niet iedereen is overtuigd van het nut. Over de kosten lopen de meningen in de raad uiteen.",
      "Raadslid Pieter Zwartkruis maakt zich zorgen over de privacy van voorbijgangers.",
    ]);
    for (const fragment of ["bestaat ook kritiek", "Niet iedereen is overtuigd", "lopen de meningen in de raad uiteen"]) {
      expect(statementWith(x, fragment).actorIds).toEqual([]);
    }
    const critic = statementWith(x, "maakt zich zorgen over de privacy");
    expect(names(x, critic.actorIds)).toEqual(["Pieter Zwartkruis"]);
    expect(critic.stance).toBe("concern");
  });

  it("a tag names whose split it is: '..., zegt zij' keeps its speaker", () => {
    const x = fictionalNews("Fictief nieuwsbericht: het nieuwe rooster in Kramstede", [
      "Teamchef Anouk Verbrugge van Kramstede legt het nieuwe rooster uit aan de gemeenteraad.",
      "Binnen de ploeg lopen de meningen over de nachtdiensten uiteen, zegt zij.",
    ]);
    expect(names(x, statementWith(x, "lopen de meningen over de nachtdiensten uiteen").actorIds)).toEqual(["Anouk Verbrugge"]);
  });
});

describe("an agentless plea or proposal has no holder, with the participle first or after 'er wordt'", () => {
  it("'Er wordt gepleit voor ...' and 'Voorgesteld wordt ...' claim no holder; the chief's proposal before them is still hers", () => {
    const x = extractNote([
      FICTIONAL_NOTE,
      "De korpschef stelt voor de inzet van de mobiele eenheid in Ommelwaard te halveren.",
      "Er wordt gepleit voor een vaste regeling voor de inzet bij evenementen in de regio.",
      "Voorgesteld wordt het tekort over de gemeenten van de eenheid te verdelen.",
    ]);
    expect(statementWith(x, "Er wordt gepleit voor").actorIds).toEqual([]);
    expect(statementWith(x, "Voorgesteld wordt het tekort").actorIds).toEqual([]);
    const proposal = statementWith(x, "stelt voor de inzet");
    expect(names(x, proposal.actorIds)).toEqual(["korpschef"]);
    expect(proposal.stance).toBe("request");
  });
});

describe("the agenda moving on without anyone named holds no position", () => {
  it("'wordt opnieuw geagendeerd', 'wordt ondertekend', 'kwam kort aan de orde' claim no holder; the mayor's request just before is still hers", () => {
    const x = extractNote([
      FICTIONAL_NOTE,
      "De burgemeester van Brakveen vraagt de korpschef om meer wijkagenten in de dorpen.",
      "Het onderwerp wijkagenten wordt in het najaar opnieuw geagendeerd.",
      "Het convenant met de zorgpartners wordt in mei ondertekend.",
      "De regionale begroting kwam kort aan de orde.",
    ]);
    for (const fragment of ["opnieuw geagendeerd", "wordt in mei ondertekend", "kwam kort aan de orde"]) {
      expect(statementWith(x, fragment).actorIds).toEqual([]);
    }
    const request = statementWith(x, "vraagt de korpschef om meer wijkagenten");
    expect(request.actorIds.length).toBeGreaterThan(0);
    expect(request.stance).toBe("request");
  });
});

describe("support as broad as nobody in particular has no holder", () => {
  it("'Dat voorstel krijgt brede steun' claims no holder; the member who made the proposal still holds it", () => {
    const x = extractNote([
      FICTIONAL_NOTE,
      "De korpschef stelt voor de nachtdiensten in Ommelwaard voortaan met twee teams te draaien.",
      "Dat voorstel krijgt brede steun.",
    ]);
    expect(statementWith(x, "krijgt brede steun").actorIds).toEqual([]);
    expect(names(x, statementWith(x, "stelt voor de nachtdiensten").actorIds)).toEqual(["korpschef"]);
  });
});
