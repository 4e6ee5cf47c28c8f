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

describe("a plan in the present tense with a time ahead is a commitment", () => {
  it.each([
    ["De wethouder stuurt de raad in oktober een evaluatie van de proef.", "commitment"],
    ["De korpschef informeert het overleg in het tweede kwartaal over de sterkte.", "commitment"],
    ["De directeur begint na de zomer met een nieuwe wervingsronde.", "commitment"],
    ["Het bestuur neemt voor het eind van het jaar een besluit over de kazernes.", "commitment"],
    ["De burgemeester zegt dat hij de raad binnen zes weken een plan voorlegt.", "commitment"],
    ["De wethouder gaat samen met de woningcorporaties in gesprek over de overlast.", "commitment"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([
    // Done, being done to, expected, reported of someone else, compared or dating a noun.
    ["In oktober startte de proef met bodycams in twee wijken."],
    ["De proef is in maart van start gegaan."],
    ["De evaluatie wordt in oktober besproken."],
    ["Naar verwachting is de formatie in het najaar op orde."],
    ["De korpschef meldt dat de recherche in mei met de zaak begint."],
    ["We melden het liever nu dan in oktober."],
    ["De GHOR licht de uitkomsten toe van de oefening Storm in april."],
  ])("'%s' is no commitment", (clause) => expect(stanceOf(clause)).not.toBe("commitment"));
});

describe("against and not against as a predicate, advice, understanding, tempering", () => {
  it.each([
    ["Wethouder Kramer is fel gekant tegen een tweede coffeeshop.", "oppose"],
    ["Haar fractie is daar fel op tegen.", "oppose"],
    ["De burgemeesters zijn niet tegen een landelijk kader.", "support"],
    ["De commissie adviseert het raadsvoorstel als hamerstuk te agenderen.", "support"],
    ["De commissie adviseert het raadsvoorstel als bespreekstuk te agenderen.", "inform"],
    ["De staatssecretaris toonde begrip.", "support"],
    ["Wel hechten zij eraan dat de wijkagent herkenbaar blijft.", "request"],
    ["De korpschef temperde de verwachtingen over extra agenten.", "concern"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([
    // Protected against something is no position; understanding for worries is not agreement.
    ["De kazerne is goed beschermd tegen hoogwater.", "oppose"],
    ["De minister toonde begrip voor de zorgen van de bonden.", "support"],
  ])("'%s' is no %s", (clause, stance) => expect(stanceOf(clause)).not.toBe(stance));
});

describe("submitting a motion is a speech act: its submitter holds it", () => {
  it("'Daarnaast dient <party> een motie in' is the party's", () => {
    const extraction = extractText(
      ["Fictief verslag gemeenteraad Oosterwolde-Noord, 4 april 2024", "", "Vuurwerk", "Daarnaast dient de VVD een motie in over vuurwerkvrije zones bij de dierenweide."].join("\n"),
      "fictief-raad-2024-04-04.txt",
      gazetteer(),
    );
    expect(names(extraction, statementWith(extraction, "dient de VVD een motie in").actorIds)).toEqual(["VVD"]);
  });
});

describe("a pronoun after a colon points back to the subject before it", () => {
  it("'X ontraadde de motie: die is volgens hem te duur' is X's, not the previous speaker's", () => {
    const extraction = extractText(
      ["Fictief verslag gemeenteraad Oosterwolde-Noord, 4 april 2024", "", "Handhaving", "Raadslid Jan Bos dient een motie in voor twee extra handhavers. Wethouder Piet Kramer ontraadde de motie: die is volgens hem te duur."].join("\n"),
      "fictief-raad-2024-04-04.txt",
      gazetteer(),
    );
    expect(names(extraction, statementWith(extraction, "ontraadde de motie").actorIds)).toEqual(["Piet Kramer"]);
  });
});

describe("Arabic surname particles keep their capital after a first name", () => {
  it.each([
    ["Fractievoorzitter Soufiane El Mourabit noemde het plan te duur.", "Soufiane El Mourabit"],
    ["Raadslid Nadia Ben Ali vroeg om een evaluatie.", "Nadia Ben Ali"],
  ])("'%s' names %s", (sentence, name) => {
    const extraction = extractText(["Fictief verslag gemeenteraad Oosterwolde-Noord, 4 april 2024", "", "Camera's", sentence].join("\n"), "fictief-raad-2024-04-04.txt", gazetteer());
    expect(names(extraction, extraction.statements.at(-1)!.actorIds)).toEqual([name]);
  });
});

const council = (lines: string[]) => extractText(["Fictief verslag gemeenteraad Oosterwolde-Noord, 4 april 2024", "", ...lines].join("\n"), "fictief-raad-2024-04-04.txt", gazetteer());

describe("council and committee reports", () => {
  it("a member's party in brackets is discovered when a party word or an acronym marks it", () => {
    const extraction = council(["Aanwezig: Bakker (Sociaal Vooruitstrevend Verbond, SVV), De Boer (Wijkbelang Noord)", "", "Camera's", "Bakker (SVV) uitte haar zorg over het aantal inbraken.", "Daarnaast dient Wijkbelang Noord een motie in."]);
    expect(extraction.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Sociaal Vooruitstrevend Verbond", "Wijkbelang Noord"]));
    expect(names(extraction, statementWith(extraction, "uitte haar zorg").actorIds)).toEqual(["Bakker"]);
    expect(names(extraction, statementWith(extraction, "dient Wijkbelang Noord een motie in").actorIds)).toEqual(["Wijkbelang Noord"]);
  });

  it("a place in brackets after a mayor is no party", () => {
    const extraction = council(["Vergadering", "Burgemeester Jansen (Velderhoek) opent de vergadering."]);
    expect(extraction.actors.map((a) => a.name)).not.toContain("Velderhoek");
  });

  it("'Vóór stemmen A en B, tegen stemmen C en D' is two sides", () => {
    const extraction = council(["Stemming", "De motie wordt verworpen. Vóór stemmen de VVD en D66, tegen stemmen het CDA en de SP."]);
    const yes = statementWith(extraction, "stemmen de VVD en D66");
    const no = statementWith(extraction, "tegen stemmen het CDA");
    expect([yes.stance, no.stance]).toEqual(["support", "oppose"]);
    expect(names(extraction, no.actorIds).sort()).toEqual(["CDA", "SP"]);
  });
});

describe("the subject of a sentence without a position stays the likeliest antecedent", () => {
  it("'De fracties bespreken de norm van één wijkagent per vijfduizend inwoners. Zij ...' is the groups'", () => {
    const extraction = council(["Wijkagenten", "De fracties bespreken de norm van één wijkagent per vijfduizend inwoners. Zij constateren dat wijkagenten vaak worden weggetrokken."]);
    expect(names(extraction, statementWith(extraction, "Zij constateren").actorIds)).toEqual(["fracties"]);
  });
});

describe("valuing, preferring, planning, suspecting", () => {
  it.each([
    ["De regioburgemeesters hechten groot belang aan een vaste wijkagent.", "support"],
    ["Hij geeft de voorkeur aan een aanpak per persoon.", "support"],
    ["Ze gaat het onderwerp bij de provincie aankaarten.", "commitment"],
    ["De korpschef gaat de roosters van de wijkagenten herzien.", "commitment"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));

  it.each([["Het gaat om handhaven van de openbare orde."], ["Het aantal incidenten gaat dalen."]])("'%s' is no commitment", (clause) => expect(stanceOf(clause)).not.toBe("commitment"));

  it("'X vermoedt dat ...' is X's", () => {
    const extraction = council(["Ondermijning", "Teamchef Harm Wolters vermoedt dat de handel groter is dan gedacht."]);
    expect(names(extraction, statementWith(extraction, "vermoedt dat").actorIds)).toEqual(["Harm Wolters"]);
  });
});

describe("a news dateline with a date is read past", () => {
  it("'PLAATS, 3 mei 2021 – De brandweer sluit ...' is the fire brigade's", () => {
    const extraction = extractText(["Fictief nieuwsbericht voor de test", "", "ZUIDERVEEN, 3 mei 2021 – De Brandweer Zuiderveen sluit volgend jaar de kazerne in het dorp."].join("\n"), "fictief-nieuws-2021-05-03.txt", gazetteer());
    expect(names(extraction, statementWith(extraction, "sluit volgend jaar").actorIds)).toEqual(["Brandweer Zuiderveen"]);
  });
});

describe("harm and indignation named by a verb or an image; agreement and rejection idioms", () => {
  it.each([
    ["Omwonenden ergeren zich al maanden aan het lawaai.", "concern"],
    ["Veel ondernemers schamen zich en melden de afpersing niet.", "concern"],
    ["De dorpen voelen zich door de provincie in de steek gelaten.", "concern"],
    ["Per regio is de aanpak nog een lappendeken.", "concern"],
    ["Tussen de eenheden zijn te grote verschillen.", "concern"],
    ["Preventie alleen is volgens haar niet voldoende.", "concern"],
    ["Met de huidige formatie komen de teams niet ver.", "concern"],
    ["De boeren blijven zitten met de kosten van de opruiming.", "concern"],
    ["Een extra opleidingsfonds ziet de minister niet zitten.", "oppose"],
    ["De fractie vindt het onredelijk dat huurders de rekening betalen.", "oppose"],
    ["Volgens de bond is het nieuwe rooster een schijnoplossing.", "oppose"],
    ["De wethouder zegt dat zij niet tegen een proef is.", "support"],
    ["Door de fracties werd instemmend gereageerd.", "support"],
    ["De raad neemt motie M3 zonder hoofdelijke stemming aan.", "support"],
    ["Volgens haar verdienen de handhavers alle bescherming.", "support"],
  ])("'%s' is %s", (clause, stance) => expect(stanceOf(clause)).toBe(stance));
});

describe("a motion speaks for whoever submitted it", () => {
  it("'De motie verzoekt ...' after 'X dient een motie in' is X's", () => {
    const extraction = council(["Vuurwerk", "Raadslid Sanne Mulder dient een motie in over vuurwerkvrije zones. De wethouder reageert later.", "", "De motie verzoekt het college om bij de speeltuinen vuurwerkvrije zones in te stellen."]);
    const motion = statementWith(extraction, "De motie verzoekt");
    expect(names(extraction, motion.actorIds)).toEqual(["Sanne Mulder"]);
    expect(motion.stance).toBe("request");
  });

  it("'de motie ... van <party>' names its submitter", () => {
    const named = council(["Vuurwerk", "Op de agenda stond de motie 'Veilige jaarwisseling' van de VVD.", "", "De motie verzoekt het college om meer handhavers in te zetten."]);
    expect(names(named, statementWith(named, "De motie verzoekt").actorIds)).toEqual(["VVD"]);
  });

  it("'Het amendement ontraadt zij' is hers: a subject pronoun after the verb makes the fronted noun its object", () => {
    const extraction = council(["Begroting", "Wethouder Femke de Boer reageert op de voorstellen. Het amendement ontraadt zij, omdat de dekking ontbreekt."]);
    expect(names(extraction, statementWith(extraction, "Het amendement ontraadt zij").actorIds)).toEqual(["Femke de Boer"]);
  });
});

describe("a dissent noted on a body's decision is the dissenter's vote", () => {
  const board = (sentence: string) => extractText(["Fictief verslag algemeen bestuur Veiligheidsregio Noorderkwartier, 4 april 2024", "", "Begroting", sentence].join("\n"), "fictief-ab-2024-04-04.txt", gazetteer());
  it.each([
    ["Het algemeen bestuur stemt in met de begroting; burgemeester Henk Pals stemt tegen.", "stemt tegen", "Henk Pals"],
    ["Het algemeen bestuur stemt in met de begroting, met de aantekening dat de gemeente Zuidermeer tegenstemt.", "tegenstemt", "gemeente Zuidermeer"],
  ])("'%s'", (sentence, fragment, dissenter) => {
    const extraction = board(sentence);
    const dissent = statementWith(extraction, fragment);
    expect(names(extraction, dissent.actorIds)).toEqual([dissenter]);
    expect(dissent.stance).toBe("oppose");
    expect(statementWith(extraction, "stemt in met de begroting").stance).toBe("support");
  });
});

describe("crossheads that name no subject give no topic", () => {
  it("an interview's questions and a news report's 'Reacties' are no topics", () => {
    const interview = extractText(INTERVIEW, "fictief-interview-burgemeester-2024-03-03.txt", gazetteer());
    const labels = interview.topics.map((t) => t.label);
    expect(labels).not.toContain("Waarom wilt u een verbod op knalvuurwerk?");
    expect(labels).not.toContain("Hoe kijkt de politie daartegen aan?");
    const report = extractText(
      ["Fictief nieuwsbericht voor de test", "", "Wethouder Sanne Mulder wil meer camera's in het centrum van Oosterwolde-Noord.", "", "Reacties", "", "Raadslid Piet Bos noemt de camera's zonde van het geld."].join("\n"),
      "fictief-nieuws-camera-2024-03-03.txt",
      gazetteer(),
    );
    expect(report.topics.map((t) => t.label)).not.toContain("Reacties");
  });
});

describe("a motion's submitters are found the same way wherever the motion names them", () => {
  it("'Het amendement van A en B regelt ...' is both parties'", () => {
    const extraction = council(["Handhaving", "Het amendement van de VVD en het CDA regelt dat er twee extra boa's komen."]);
    expect(names(extraction, statementWith(extraction, "Het amendement van").actorIds).sort()).toEqual(["CDA", "VVD"]);
  });
});
