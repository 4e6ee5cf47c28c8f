/**
 * The round of 7 December (e): interviews (the answers are the interviewee's, the questions
 * nobody's), the first person singular ("Ik roep ... op", "Daar maak ik me zorgen over"), expecting
 * something of someone, and what a quote reports of a third party it names. Sentences of our own;
 * the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { classifyStance } from "../../src/ingest/stance/classify-stance.js";
import { asThirdPerson } from "../../src/ingest/lexicon/first-person.js";
import { actorNames as names, gazetteer, statementWith } from "./support/fixtures.js";

const stanceOf = (clause: string): string => classifyStance(clause).stance;

const INTERVIEW = [
  "Fictief interview voor de test: de geïnterviewde en de gemeente zijn verzonnen.",
  "",
  "Weekblad Lokaal Bestuur, 3 maart 2024",
  "",
  "Harmke Zijlstra is sinds 2019 burgemeester van Oosterwolde-Noord. Een gesprek over vuurwerk en over wijkagenten.",
  "",
  "Waarom wilt u een verbod op knalvuurwerk?",
  "",
  '"Omdat de jaarwisseling elk jaar ontspoort. Ik roep de provincie op om samen met de gemeenten één lijn te trekken. Daar maak ik me echt zorgen over."',
  "",
  "Hoe kijkt de politie daartegen aan?",
  "",
  '"Onze teamchef, Ruben Dekker, waarschuwde vorige maand al dat zijn mensen de jaarwisseling niet meer aankunnen. Ik verwacht van het kabinet dat het de wet aanpast."',
  "",
  "Uw buurgemeenten zijn minder enthousiast.",
  "",
  '"Dat klopt, maar ik steun hun zorg over de handhaving."',
].join("\n");

describe("an interview: the answers are the interviewee's, the questions nobody's", () => {
  const extraction = extractText(INTERVIEW, "fictief-interview-burgemeester-2024-03-03.txt", gazetteer());

  it("gives an answer no tag names to the person the lead introduces", () => {
    const plea = statementWith(extraction, "Ik roep de provincie op");
    expect(names(extraction, plea.actorIds)).toEqual(["burgemeester van Oosterwolde-Noord"]);
    expect(plea.stance).toBe("request");
    const worry = statementWith(extraction, "Daar maak ik me echt zorgen over");
    expect(names(extraction, worry.actorIds)).toEqual(["burgemeester van Oosterwolde-Noord"]);
    expect(worry.stance).toBe("concern");
  });

  it("leaves the interviewer's prompt without a holder", () => {
    expect(statementWith(extraction, "Uw buurgemeenten zijn minder enthousiast").actorIds).toEqual([]);
  });

  it("gives what the answer reports of someone it names to that someone", () => {
    const warning = statementWith(extraction, "waarschuwde vorige maand al");
    expect(names(extraction, warning.actorIds)).toEqual(["Ruben Dekker"]);
    expect(statementWith(extraction, "Ik verwacht van het kabinet").actorIds).toEqual(extraction.actors.filter((a) => a.name === "burgemeester van Oosterwolde-Noord").map((a) => a.id));
  });

  it("needs questions answered by quotes: a news report with one question is no interview", () => {
    const report = extractText(
      [
        "Fictief nieuwsbericht voor de test.",
        "",
        "Wethouder Sanne Mulder van Oosterwolde-Noord wil meer camera's in het centrum. Komt dat er ook?",
        "",
        '"Als de raad meegaat, hangen ze er in mei," zegt Mulder.',
        "",
        "Raadslid Piet Bos vindt het zonde van het geld.",
        "",
        '"Camera\'s lossen de overlast in de steegjes niet op."',
      ].join("\n"),
      "fictief-nieuws-camera-2024-03-03.txt",
      gazetteer(),
    );
    expect(names(report, statementWith(report, "lossen de overlast").actorIds)).toEqual(["Piet Bos"]);
  });
});

describe("the first person singular is read like the third", () => {
  it.each([
    ["Ik roep de minister op de regeling te verlengen.", "request"],
    ["Ik dring er bij de provincie op aan de subsidie te verlengen.", "request"],
    ["Ik juich dat initiatief van harte toe.", "support"],
    ["Ik wijs een algeheel verbod af.", "oppose"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("changes only a verb next to 'ik' that the lexicon knows", () => {
    expect(asThirdPerson("Ik vind dat de vraag blijft liggen.")).toBe("Ik vindt dat de vraag blijft liggen.");
    expect(asThirdPerson("De vraag is wat het kost.")).toBe("De vraag is wat het kost.");
    expect(asThirdPerson("Ik ga ervan uit dat ik straks meer weet.")).toBe("Ik gaat ervan uit dat ik straks meer weet.");
    expect(stanceOf("De vraag is wat het project kost.")).toBe("inform");
  });
});

describe("expecting something of someone is asking it", () => {
  it.each([
    ["De bonden verwachten van de korpsleiding een snelle reactie.", "request"],
    ["Wij verwachten van het college dat het de kosten deelt.", "request"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it("a forecast is no request", () => {
    expect(stanceOf("De korpschef verwacht dat de sterkte in 2026 op peil is.")).not.toBe("request");
  });
});
