/**
 * The stance rules of the round of 6 December (d), each with Dutch sentences of our own about
 * FICTIONAL people and places (Gemeente Brakelo, burgemeester Tessel Ooms, raadslid Vink): the
 * object of "zich vinden in" between the reflexive and the verb, being open to a proposal, an
 * appeal ("beroep doen op"), refusing to agree with a named proposal, and pointing out a harm.
 */
import { describe, expect, it } from "vitest";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";

describe("'kan zich in X vinden' is agreement", () => {
  it("the object between the reflexive and the verb", () => {
    expect(classifyStance("De fractie van Brakelo Vooruit kan zich in het fictieve parkeerplan vinden.").stance).toBe("support");
    expect(classifyStance("De wethouders konden zich op hoofdlijnen in de voorgestelde route vinden.").stance).toBe("support");
  });
  it("negated it is a no, and finding something somewhere is no position", () => {
    expect(classifyStance("Raadslid Vink kan zich niet in het fictieve parkeerplan vinden.").stance).toBe("oppose");
    expect(classifyStance("De stukken zijn in het fictieve archief van Brakelo te vinden.").stance).toBe("inform");
  });
});

describe("being open to a proposal", () => {
  it("'staat open voor' and 'open te staan voor' support; 'niet open' opposes", () => {
    expect(classifyStance("Burgemeester Ooms staat open voor een proef met buurtbemiddeling in Brakelo.").stance).toBe("support");
    expect(classifyStance("De gedeputeerde gaf aan in beginsel open te staan voor dat idee.").stance).toBe("support");
    expect(classifyStance("Het college staat niet open voor een nieuwe verkenning.").stance).toBe("oppose");
  });
  it("an open door or an open meeting is no position", () => {
    expect(classifyStance("De fictieve raadzaal van Brakelo stond die avond open voor publiek.").stance).not.toBe("support");
    expect(classifyStance("De inloopavond in het dorpshuis is open en vrij toegankelijk.").stance).toBe("inform");
  });
});

describe("an appeal is a request", () => {
  it("'doet een (dringend) beroep op'", () => {
    expect(classifyStance("Burgemeester Ooms deed een dringend beroep op de provincie om de veerdienst te behouden.").stance).toBe("request");
    expect(classifyStance("Er werd een beroep gedaan op de inwoners van Brakelo om geen vuurwerk af te steken.").stance).toBe("request");
  });
  it("a legal appeal lodged is no request of the speaker", () => {
    expect(classifyStance("De ondernemer heeft beroep ingesteld tegen de fictieve sluiting.").stance).not.toBe("request");
  });
});

describe("refusing to agree with a named proposal", () => {
  it("'kan niet met het voorstel instemmen' opposes", () => {
    expect(classifyStance("Raadslid Vink kan niet met het voorgestelde tarief instemmen.").stance).toBe("oppose");
  });
  it("agreeing with the proposal stays support", () => {
    expect(classifyStance("Raadslid Vink kan met het voorgestelde tarief instemmen.").stance).toBe("support");
  });
});

describe("pointing out a harm is a concern", () => {
  it("a cost, a loss without means, growing aggression", () => {
    expect(classifyStance("Zij wijst erop dat uitstel van het onderhoud aan de fictieve brug later duurder uitvalt.").stance).toBe("concern");
    expect(classifyStance("Hij wees erop dat de taak bij de gemeente komt te liggen zonder extra formatie.").stance).toBe("concern");
    expect(classifyStance("De wethouder wees in de raad op de toenemende agressie in het uitgaansgebied van Brakelo.").stance).toBe("concern");
  });
  it("pointing out what goes well informs", () => {
    expect(classifyStance("Zij wijst erop dat de nieuwe fietsbrug in Brakelo al veel wordt gebruikt.").stance).toBe("inform");
  });
});

describe("figurative condemnation and judging a proposal too weak oppose", () => {
  it("'kaalslag', 'klap in het gezicht', 'te voorzichtig', 'niet als oplossing'", () => {
    expect(classifyStance("De fictieve bewonersvereniging van Brakelo spreekt van een kaalslag in het buitengebied.").stance).toBe("oppose");
    expect(classifyStance("Raadslid Vink noemt de sluiting van het zwembad een klap in het gezicht van de dorpen.").stance).toBe("oppose");
    expect(classifyStance("De fractie vindt de maatregelen van het college te vrijblijvend.").stance).toBe("oppose");
    expect(classifyStance("Extra camera's ziet burgemeester Ooms niet als oplossing.").stance).toBe("oppose");
  });
  it("a clap of hands, a proposal found sound, a solution seen are no opposition", () => {
    expect(classifyStance("Na afloop klonk in de fictieve raadzaal een klap op de tafel.").stance).not.toBe("oppose");
    expect(classifyStance("De fractie vindt de maatregelen van het college evenwichtig.").stance).not.toBe("oppose");
  });
});

describe("admitting room for improvement is a concern", () => {
  it("'beter had gekund' or 'beter moet' at the end of the clause", () => {
    expect(classifyStance("Wel erkent wethouder Ooms dat de voorlichting aan de bewoners van Brakelo beter had gekund.").stance).toBe("concern");
  });
  it("'beter' before the rest of the clause is no admission", () => {
    expect(classifyStance("Volgens hem kan het geld beter worden besteed aan de fictieve jeugdclub.").stance).not.toBe("concern");
  });
});

describe("what someone deserves is asked for", () => {
  it("'verdienen meer erkenning', 'verdient een eerlijk deel'", () => {
    expect(classifyStance("De vrijwilligers van de fictieve reddingsbrigade verdienen meer erkenning.").stance).toBe("request");
    expect(classifyStance("Het buitengebied van Brakelo verdient een eerlijk deel van het budget.").stance).toBe("request");
  });
  it("'verdient de voorkeur' states a preference, no request", () => {
    expect(classifyStance("Een regionale aanpak verdient volgens de raad de voorkeur boven losse maatregelen.").stance).not.toBe("request");
  });
});

describe("wanting a thing from others is a request, wanting to do it oneself a commitment", () => {
  it("'willen een grens aan', 'wil eerst inzicht in', 'willen zekerheid over'", () => {
    expect(classifyStance("De fictieve ondernemersvereniging van Brakelo wil een harde grens aan het aantal evenementen per jaar.").stance).toBe("request");
    expect(classifyStance("Raadslid Vink wil eerst inzicht in de kosten van de verbouwing.").stance).toBe("request");
    expect(classifyStance("De dorpsraden willen zekerheid over de toekomst van de bibliotheek.").stance).toBe("request");
  });
  it("'wil een onderzoek laten uitvoeren' stays a commitment", () => {
    expect(classifyStance("Burgemeester Ooms wil een onderzoek naar de brand in de fictieve loods laten uitvoeren.").stance).toBe("commitment");
  });
});
