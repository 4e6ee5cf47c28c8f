/** Attribution rules, one Dutch sentence (our own, not from the seed) per rule. */
import { describe, expect, it } from "vitest";
import { extractNote, statementWith } from "./support/fixtures.js";

describe("attribution cascade", () => {
  it("R1: a fronted actor subject with a reporting verb is explicit", () => {
    const x = extractNote(["De korpschef benadrukte dat de werkdruk in de basisteams hoog blijft."]);
    const s = statementWith(x, "werkdruk");
    expect(s.actorIds).toEqual(["office:korpschef"]);
    expect(s.attribution).toBe("explicit");
    expect(s.rule).toMatch(/^R1-subject-verb/);
  });

  it("R1: coordinated subjects are both holders", () => {
    const x = extractNote(["De PG en de korpschef steunen het voorstel voor een gezamenlijk meldpunt."]);
    const s = statementWith(x, "meldpunt");
    expect(s.actorIds.sort()).toEqual(["office:korpschef", "office:voorzitter-college-pg"]);
    expect(s.attribution).toBe("coordinated");
    expect(s.stance).toBe("support");
  });

  it("R2: verb-second inversion after a fronted phrase finds the subject after the verb", () => {
    const x = extractNote(["Na afloop van de vergadering deelde de minister mee dat het wetsvoorstel in het voorjaar komt."]);
    const s = statementWith(x, "wetsvoorstel");
    expect(s.actorIds).toEqual(["office:minister-jenv"]);
    expect(s.rule).toMatch(/^R2-inverted/);
  });

  it("R2: no inversion after a one-word pronoun subject (copula predicate)", () => {
    const x = extractNote(["Dit is de Landelijke Eenheid die de coördinatie verzorgt."]);
    const s = statementWith(x, "coördinatie verzorgt");
    expect(s.actorIds).toEqual([]);
    expect(s.attribution).toBe("unattributed");
  });

  it("R4: a passive with a door-agent names the holder", () => {
    const x = extractNote(["Door de regioburgemeesters werd benadrukt dat de wijkagent zichtbaar moet blijven."]);
    const s = statementWith(x, "wijkagent");
    expect(s.actorIds).toEqual(["group:regioburgemeesters"]);
    expect(s.rule).toMatch(/^R4-passive-door/);
  });

  it("R3: 'Met X <verb> ze' makes X a co-holder with the pronoun's antecedent", () => {
    const x = extractNote([
      "De regioburgemeesters spraken over de inzet bij evenementen. Met de PG onderstreepten ze het belang van snelrecht.",
    ]);
    const s = statementWith(x, "snelrecht");
    expect(s.actorIds.sort()).toEqual(["group:regioburgemeesters", "office:voorzitter-college-pg"]);
    expect(s.attribution).toBe("coordinated");
    expect(s.stance).toBe("support");
  });

  it("R6: a plural verb sends 'ze' to the last plural actor, a singular verb to the last singular one", () => {
    const x = extractNote([
      "De regioburgemeesters vroegen om meer capaciteit voor de nachtdienst. De korpschef reageerde op die vraag. Ze wezen op de lange wachttijden. Ze zegde een nadere analyse toe.",
    ]);
    expect(statementWith(x, "wachttijden").actorIds).toEqual(["group:regioburgemeesters"]);
    expect(statementWith(x, "wachttijden").attribution).toBe("pronoun");
    expect(statementWith(x, "nadere analyse").actorIds).toEqual(["office:korpschef"]);
    expect(statementWith(x, "nadere analyse").stance).toBe("commitment");
  });

  it("R6: 'Hij' resolves to the last singular person or office, never to an organisation", () => {
    const x = extractNote(["De minister sprak met Marktplaats over nepadvertenties. Hij verwacht dat het aantal meldingen daalt."]);
    expect(statementWith(x, "aantal meldingen").actorIds).toEqual(["office:minister-jenv"]);
  });

  it("R6b: 'de opstellers van de brief' refers back to the plural authors", () => {
    const x = extractNote([
      "De burgemeester van Rotterdam presenteerde een brief van de regioburgemeesters. De opstellers van de brief pleiten voor een vaste financiering van de aanpak.",
    ]);
    expect(statementWith(x, "vaste financiering").actorIds).toEqual(["group:regioburgemeesters"]);
    expect(statementWith(x, "vaste financiering").stance).toBe("request");
  });

  it("R5: a fronted nominal speech act is its own clause, held by its 'van'-actor", () => {
    const x = extractNote(["Op vragen van de burgemeesters over de wachttijden bij de meldkamer antwoordde de korpschef dat er extra centralisten komen."]);
    const nominal = statementWith(x, "Op vragen van de burgemeesters");
    expect(nominal.actorIds).toEqual(["group:burgemeesters"]);
    const answer = statementWith(x, "antwoordde de korpschef");
    expect(answer.actorIds).toEqual(["office:korpschef"]);
    expect(answer.text.startsWith("antwoordde")).toBe(true);
  });

  it("R9: a coordinated second reporting verb is its own clause with the same holder", () => {
    const x = extractNote(["De regioburgemeesters uitten kritiek op de planning en verzochten om een nieuwe tijdlijn."]);
    const first = statementWith(x, "kritiek");
    const second = statementWith(x, "verzochten");
    expect(first.id).not.toBe(second.id);
    expect(second.actorIds).toEqual(["group:regioburgemeesters"]);
    expect(second.rule).toMatch(/^R9-shared-subject/);
    expect(second.stance).toBe("request");
  });

  it("addressees: the object of a request verb and 'aan'-phrases", () => {
    const x = extractNote(["De regioburgemeesters vroegen de minister om een snelle reactie aan de Tweede Kamer."]);
    const s = statementWith(x, "snelle reactie");
    expect(s.actorIds).toEqual(["group:regioburgemeesters"]);
    expect(s.addresseeIds.sort()).toEqual(["office:minister-jenv", "org:tweede-kamer"]);
  });

  it("R7: a decision of the meeting body is collective, held by its members", () => {
    const x = extractNote(["De korpschef lichtte het jaarplan toe. Het jaarplan wordt gesteund in het LOVP."]);
    const s = statementWith(x, "gesteund");
    expect(s.actorIds).toEqual(["group:lovp-leden"]);
    expect(s.attribution).toBe("collective");
    expect(s.stance).toBe("support");
  });

  it("R8: a following clause with a position cue continues the report, a descriptive one abstains", () => {
    const x = extractNote([
      "De korpschef schetste de stand van zaken bij de meldkamers. Het personeelstekort is een groot risico. Er werken nu ongeveer tweehonderd centralisten.",
    ]);
    const risk = statementWith(x, "groot risico");
    expect(risk.actorIds).toEqual(["office:korpschef"]);
    expect(risk.attribution).toBe("continued");
    expect(risk.confidence).toBeLessThan(0.6);
    expect(statementWith(x, "tweehonderd").actorIds).toEqual([]);
  });

  it("R8 stops at the next agenda item and after the writer's own framing", () => {
    const x = extractNote(["De minister schetste de plannen. Er werd vervolgens uitgebreid gesproken over de planning. Dit blijft een groot probleem."]);
    expect(statementWith(x, "groot probleem").actorIds).toEqual([]);
  });

  it("R10: a sentence without a recoverable holder is unattributed, not guessed", () => {
    const x = extractNote(["Het aantal aangiften van fietsdiefstal is gestegen."]);
    const s = statementWith(x, "fietsdiefstal");
    expect(s.actorIds).toEqual([]);
    expect(s.attribution).toBe("unattributed");
  });

  it("an organisation is a holder only with a speech act", () => {
    const x = extractNote(["De Inspectie waarschuwt voor tekorten bij de recherche. De politie werkt aan een nieuw rooster."]);
    expect(statementWith(x, "tekorten").actorIds).toEqual(["org:inspectie-jenv"]);
    expect(statementWith(x, "rooster").actorIds).toEqual([]);
  });

  it("a bare 'de burgemeester' is the mayor named earlier in the agenda item", () => {
    const x = extractNote(["De burgemeester van Rotterdam opende het overleg. De burgemeester kondigde een evaluatie van het cameratoezicht aan."]);
    const s = statementWith(x, "cameratoezicht");
    expect(s.actorIds).toEqual(["office:burgemeester-rotterdam"]);
    expect(s.personIds).toEqual(["person:ahmed-aboutaleb"]);
  });

  it("every statement records rule, cue and confidence", () => {
    const x = extractNote(["De korpschef vroeg aandacht voor de werkdruk."]);
    const s = statementWith(x, "werkdruk");
    expect(s.rule).toMatch(/^R\d+[a-z]?-[\w-]+\+S\d-[\w-]+$/);
    expect(s.cue).toBe("vroeg");
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it("R7: an agentless decision is nobody's in particular; one that tasks an actor is that actor's commitment", () => {
    const x = extractNote(["De minister lichtte de cijfers toe. Afgesproken wordt dat de eenheden elk kwartaal rapporteren over de inzet."]);
    const s = statementWith(x, "kwartaal");
    expect(s.actorIds).toEqual([]);
    expect(s.rule).toMatch(/^R7-collective-agentless/);
    expect(s.stance).toBe("commitment");
    const tasked = statementWith(extractNote(["Afgesproken is dat de korpschef eerst een overzicht van de wachttijden opstelt."]), "wachttijden");
    expect(tasked.actorIds).toEqual(["office:korpschef"]);
    expect(tasked.rule).toMatch(/^R7-agreed-task/);
    expect(tasked.stance).toBe("commitment");
    const men = statementWith(extractNote(["De korpschef schetste het plan. Men heeft met de doelen ingestemd."]), "doelen");
    expect(men.actorIds).toEqual([]);
  });

  it("R11: 'volgens X' and ', aldus X' name the holder", () => {
    const x = extractNote(["Volgens de PG is de doorlooptijd van zaken te lang. De aanpak werkt, aldus de korpschef."]);
    expect(statementWith(x, "doorlooptijd").actorIds).toEqual(["office:voorzitter-college-pg"]);
    expect(statementWith(x, "aanpak werkt").actorIds).toEqual(["office:korpschef"]);
    expect(statementWith(x, "aanpak werkt").rule).toMatch(/^R11-source-adverbial/);
  });

  it("R12: a psych verb's experiencer holds the position", () => {
    const x = extractNote(["Het verbaast de regioburgemeesters dat het rapport nog niet openbaar is."]);
    const s = statementWith(x, "verbaast");
    expect(s.actorIds).toEqual(["group:regioburgemeesters"]);
    expect(s.stance).toBe("concern");
  });

  it("agreement anaphora: 'sluit zich daarbij aan' is support by the new subject", () => {
    const x = extractNote(["De PG pleitte voor meer rechercheurs. De burgemeester van Utrecht sluit zich daarbij aan."]);
    const s = statementWith(x, "sluit zich");
    expect(s.actorIds).toEqual(["office:burgemeester-utrecht"]);
    expect(s.stance).toBe("support");
  });

  it("a bare 'de voorzitter' is not specialised to an office named differently ('de PG')", () => {
    const x = extractNote(["De PG lichtte de cijfers toe. De voorzitter vroeg om een nadere analyse."]);
    expect(statementWith(x, "nadere analyse").actorIds).toEqual(["office:voorzitter"]);
  });

  it("'De leden' without 'van X' are the members of the meeting body", () => {
    const x = extractNote(["De regioburgemeesters lichtten het plan toe. De leden onderschrijven de aanpak."]);
    expect(statementWith(x, "onderschrijven").actorIds).toEqual(["group:lovp-leden"]);
    expect(statementWith(x, "onderschrijven").stance).toBe("support");
  });

  // The tag itself is X's too: that X said so is a statement of X (the references annotate it).
  it("R14: 'Dat heeft X erkend' gives X what came before, and the tag", () => {
    const x = extractNote(["De planning is krap. Dat heeft de minister ook erkend."]);
    expect(statementWith(x, "planning is krap").actorIds).toEqual(["office:minister-jenv"]);
    expect(statementWith(x, "planning is krap").rule).toMatch(/^R14-backward-tag/);
    expect(statementWith(x, "erkend").actorIds).toEqual(["office:minister-jenv"]);
    expect(statementWith(x, "erkend").rule).toMatch(/^R14-backward-tag/);
  });

  it("R13: a quotation introduced by its speaker", () => {
    const x = extractNote(['De korpschef: "We moeten de meldkamers versterken."']);
    expect(statementWith(x, "meldkamers versterken").actorIds).toEqual(["office:korpschef"]);
    expect(statementWith(x, "meldkamers versterken").rule).toMatch(/^R13-direct-quote/);
  });

  it("R7: the body taking note or agreeing with a perfect tense is collective", () => {
    const x = extractNote(["Het LOVP heeft met instemming kennisgenomen van de voortgangsrapportage."]);
    expect(statementWith(x, "voortgangsrapportage").actorIds).toEqual(["group:lovp-leden"]);
  });
});
