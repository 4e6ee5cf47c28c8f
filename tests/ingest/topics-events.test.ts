/** Topics (taxonomy, inflection, compounds, headings, discovery) and dated references. */
import { describe, expect, it } from "vitest";
import { findDatedReferences } from "../../src/ingest/events/dated-references.js";
import { TopicIndex } from "../../src/ingest/topics/topic-index.js";
import { refersBack } from "../../src/ingest/topics/refers-back.js";
import { discoverTopics } from "../../src/ingest/topics/discover-topics.js";
import { extractNote, gazetteer, statementWith } from "./support/fixtures.js";

const topicsIn = (text: string): string[] => [...new Set(new TopicIndex(gazetteer().topics).find(text).map((t) => t.topicId))];

describe("topics", () => {
  it("match synonyms, inflections and compounds", () => {
    expect(topicsIn("De inzet van tasers")).toContain("topic:stroomstootwapen");
    expect(topicsIn("Twee klachten en drie BOA's")).toEqual(expect.arrayContaining(["topic:klachten", "topic:boa"]));
    expect(topicsIn("De drugshandel en de politiebegroting")).toEqual(expect.arrayContaining(["topic:drugs", "topic:begroting"]));
    expect(topicsIn("Meer aandacht voor PPS en witwaspraktijken")).toEqual(expect.arrayContaining(["topic:publiek-private-samenwerking", "topic:witwassen"]));
  });

  it("an alias that is a word of its own is not read as a compound part ('geweldsmiddel' is not 'geweld')", () => {
    expect(topicsIn("Het nieuwe geweldsmiddel")).toEqual(["topic:geweldsmiddel"]);
  });

  it("the taxonomy has broader links (stroomstootwapen under geweldsmiddel, cybercrime under criminaliteit)", () => {
    const byId = new Map(gazetteer().topics.map((t) => [t.id, t]));
    expect(byId.get("topic:stroomstootwapen")?.broader).toContain("topic:geweldsmiddel");
    expect(byId.get("topic:cybercrime")?.broader).toContain("topic:criminaliteit");
  });

  it("every statement of a section carries the heading's topic; unknown headings become new topics", () => {
    const x = extractNote(["De korpschef gaf een toelichting op de planning."], { heading: "Wapenvergunningen" });
    const s = statementWith(x, "planning");
    expect(s.topicIds).toContain("topic:wapenvergunningen");
    expect(x.topics.find((t) => t.id === "topic:wapenvergunningen")).toMatchObject({ isNew: true, label: "Wapenvergunningen" });
    expect(x.sections[0]?.topicIds).toEqual(["topic:wapenvergunningen"]);
  });

  it("numbered and dated headings: the number is not part of the topic, a date line names none", () => {
    const x = extractNote(["De korpschef gaf een toelichting."], { heading: "3. Wapenvergunningen" });
    expect(x.sections[0]?.topicIds).toEqual(["topic:wapenvergunningen"]);
    const dated = extractNote(["De korpschef gaf een toelichting."], { heading: "Vergadering van 4 februari 2020" });
    expect(dated.sections[0]?.topicIds).toEqual([]);
  });

  it("topics after 'over', 'inzake', 'ten aanzien van' are discovered and marked new", () => {
    const x = extractNote(["De burgemeesters uitten zorgen over e-scooters op stoepen."]);
    // Singular and plural share one id; the label is the form the text wrote.
    expect(statementWith(x, "e-scooters").topicIds).toContain("topic:e-scooter");
    expect(x.topics.find((t) => t.id === "topic:e-scooter")).toMatchObject({ isNew: true, label: "e-scooters" });
  });

  it("broader topics used by a statement are included in the extraction", () => {
    const x = extractNote(["De minister sprak over tasers."]);
    expect(x.topics.map((t) => t.id)).toEqual(expect.arrayContaining(["topic:stroomstootwapen", "topic:geweldsmiddel", "topic:politieorganisatie"]));
  });
});

describe("discovered topics are nouns, not verbs or titles", () => {
  const labels = (text: string): string[] => discoverTopics(text, 0, text.length).map((d) => d.label);

  it("a separable verb that ends a subordinate clause is no topic; a noun of that shape is", () => {
    expect(labels("De wethouder begroet mevrouw Smit, die voor het eerst deelneemt.")).not.toContain("deelneemt");
    expect(labels("Er komt een motie die het college oproept.")).not.toContain("oproept");
    expect(labels("De raad vraagt om meer toezicht.")).toContain("toezicht");
  });

  it("a nominalised infinitive gives the topic of its van-complement", () => {
    const found = labels("Het bestuur stemt in met het opstellen van een regionaal evacuatieplan.");
    expect(found).toContain("evacuatieplan");
    expect(found).not.toContain("opstellen");
  });

  it("participles with er- and titles are no heads; plurals in -ingen are", () => {
    expect(labels("Zij wees op de uitstroom van ervaren rechercheurs.")).toContain("rechercheurs");
    expect(labels("Zij wees op de uitstroom van ervaren rechercheurs.")).not.toContain("ervaren");
    expect(labels("Het college deelt graag de ervaringen met de buurgemeenten.")).toContain("ervaringen");
    expect(labels("Volgens de heer Smit is de kanttekening terecht.")).toEqual([]);
  });

  it("an adverb or predicative adjective ending a phrase is no topic, and does not hide the noun after it", () => {
    expect(labels("De raad stemt van harte in met het verzoek om opnieuw te kijken naar kleinere.")).toEqual(["raad", "verzoek"]);
    expect(labels("Zij pleit voor preventief cameratoezicht.").join("|")).toMatch(/cameratoezicht/);
  });
});

describe("a clause that answers what was said before takes its topics", () => {
  it("recognises back-references: demonstratives, pronominal adverbs, agreeing, the proposal under discussion, votes", () => {
    for (const clause of [
      "Wethouder Brink steunt dat verzoek.",
      "De raad stemt in met dit gewijzigde voorstel.",
      "Mevrouw Ploeg is het daar niet mee eens.",
      "De directeur staat daar welwillend tegenover.",
      "Het bestuur komt hier in maart op terug.",
      "De heer Vos sluit zich bij zijn buurman aan.",
      "De PG is het oneens met de korpschef.",
      "De wethouder deelt die zorg.",
      "De burgemeesters staan positief tegenover het voorstel.",
      "De commandant zegt dit toe.",
      "Hij vindt dat te ver gaan.",
      "Dat hoort niet bij de taken van een boa.",
      "De overige fracties stemden tegen.",
      "De wethouder verwacht dat gesprek nog voor de zomer.",
      "Het is geen oplossing voor de lange wachttijden.",
    ]) {
      expect(refersBack(clause), clause).toBe(true);
    }
  });

  it("a clause with its own subject matter does not refer back", () => {
    for (const clause of [
      "De korpschef gaf een toelichting op de bezetting van de meldkamer.",
      "De burgemeester stelt voor het voorstel van de werkgroep over te nemen.",
      "Daarom wil de minister meer wijkagenten.",
      "Zij vraagt aandacht voor de wachttijden bij de spoedeisende hulp.",
      "De raad besprak het plan van aanpak voor de haven.",
    ]) {
      expect(refersBack(clause), clause).toBe(false);
    }
  });

  it("'X steunt dat verzoek' is about what the request was about, one or two statements back", () => {
    const x = extractNote(
      [
        "Burgemeester Dillema vraagt het bestuur om een regionale pilot met drones boven natuurgebieden. Zij licht toe dat de kosten meevallen.",
        "Burgemeester Hoefnagel steunt dat verzoek.",
      ],
      { heading: "Rondvraag" },
    );
    const answer = statementWith(x, "steunt dat verzoek");
    expect(answer.topicIds.map((id) => x.topics.find((t) => t.id === id)?.label ?? id).join("|")).toMatch(/drone/i);
  });

  it("a clause that names its own subject keeps only its own topics", () => {
    const x = extractNote(
      ["Burgemeester Dillema vraagt het bestuur om een regionale pilot met drones boven natuurgebieden.", "Burgemeester Hoefnagel vraagt aandacht voor de wachttijden bij de meldkamer."],
      { heading: "Rondvraag" },
    );
    const own = statementWith(x, "wachttijden");
    expect(own.topicIds.map((id) => x.topics.find((t) => t.id === id)?.label ?? id).join("|")).not.toMatch(/drone/i);
  });

  it("procedural headings of debates name no topic, and a procedural label before a colon is dropped", () => {
    for (const heading of ["Eerste termijn", "Stemming", "Beantwoording door de burgemeester", "Vragen van de fractie Dorpsbelang"]) {
      expect(extractNote(["De wethouder gaf een toelichting."], { heading }).sections[0]?.topicIds, heading).toEqual([]);
    }
    const labelled = extractNote(["De wethouder gaf een toelichting."], { heading: "Bespreekpunt: parkeeroverlast" });
    expect(labelled.topics.find((t) => t.id === labelled.sections[0]?.topicIds[0])?.label).toBe("parkeeroverlast");
  });
});

describe("dated references", () => {
  it("resolve against the document year and take in the named occasion", () => {
    const text = "De minister verwees naar het Commissiedebat Politie van 14 februari. Het besluit volgt op 3 april in het LOVP.";
    const refs = findDatedReferences(text, 0, text.length, 2021);
    expect(refs.map((r) => [r.label, r.date])).toEqual([
      ["het Commissiedebat Politie van 14 februari", "2021-02-14"],
      ["3 april in het LOVP", "2021-04-03"],
    ]);
  });

  it("an explicit year wins; impossible dates are skipped", () => {
    const text = "Op 2 januari 2022 en op 31 februari.";
    expect(findDatedReferences(text, 0, text.length, 2021).map((r) => r.date)).toEqual(["2022-01-02"]);
  });

  it("statements point at the events they mention", () => {
    const x = extractNote(["De minister zal het besluit op 9 juni in het LOVP bespreken."]);
    const s = statementWith(x, "besluit");
    expect(s.eventIds).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ date: "2020-06-09" });
  });
});
