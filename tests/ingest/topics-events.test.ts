/** Topics (taxonomy, inflection, compounds, headings, discovery) and dated references. */
import { describe, expect, it } from "vitest";
import { findDatedReferences } from "../../src/ingest/events/dated-references.js";
import { TopicIndex } from "../../src/ingest/topics/topic-index.js";
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
