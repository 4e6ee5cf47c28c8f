/** Gazetteer, office -> person resolution, discovery of unknown actors. */
import { describe, expect, it } from "vitest";
import { personHolding } from "../../src/ingest/actors/resolve-person.js";
import { checkGazetteer } from "../../src/ingest/gazetteer/read-gazetteer.js";
import { gazetteer, extractNote, statementWith } from "./support/fixtures.js";

describe("gazetteer", () => {
  it("is consistent and every tenure has a source", () => {
    const g = gazetteer();
    expect(checkGazetteer(g)).toEqual([]);
    expect(g.tenures.every((t) => t.source.length > 5)).toBe(true);
  });

  it("curated ids follow kind:slug", () => {
    for (const a of gazetteer().actors) expect(a.id).toMatch(/^(office|person|group|org):[a-z0-9-]+$/);
    for (const t of gazetteer().topics) expect(t.id).toMatch(/^topic:[a-z0-9-]+$/);
  });
});

describe("office -> person on the statement's date", () => {
  it("different dates resolve to different holders", () => {
    const g = gazetteer();
    expect(personHolding(g, "office:minister-jenv", "2019-09-16")).toBe("person:ferd-grapperhaus");
    expect(personHolding(g, "office:minister-jenv", "2017-06-01")).toBe("person:stef-blok");
    expect(personHolding(g, "office:minister-jenv", "2023-03-01")).toBe("person:dilan-yesilgoz");
    expect(personHolding(g, "office:korpschef", "2016-01-01")).toBe("person:gerard-bouman");
    expect(personHolding(g, "office:korpschef", "2020-01-01")).toBe("person:erik-akerboom");
    expect(personHolding(g, "office:burgemeester-amsterdam", "2016-05-01")).toBe("person:eberhard-van-der-laan");
    expect(personHolding(g, "office:burgemeester-amsterdam", "2019-05-01")).toBe("person:femke-halsema");
    expect(personHolding(g, "office:korpschef", null)).toBeUndefined();
  });

  it("a statement by 'de korpschef' keeps the office and adds the person of the meeting date", () => {
    const early = statementWith(extractNote(["De korpschef benadrukte het belang van de wijkagent."], { date: "10 maart 2015" }), "wijkagent");
    const late = statementWith(extractNote(["De korpschef benadrukte het belang van de wijkagent."], { date: "10 maart 2020" }), "wijkagent");
    expect(early.actorIds).toEqual(["office:korpschef"]);
    expect(late.actorIds).toEqual(["office:korpschef"]);
    expect(early.personIds).toEqual(["person:gerard-bouman"]);
    expect(late.personIds).toEqual(["person:erik-akerboom"]);
  });

  it("the office actor carries heldBy and partOf; the organisation hierarchy is included", () => {
    const x = extractNote(["De korpschef verwees naar het High Tech Crime Team."]);
    const office = x.actors.find((a) => a.id === "office:korpschef");
    expect(office).toMatchObject({ heldBy: "person:erik-akerboom", partOf: "org:politie", isNew: false });
    const ids = x.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["org:high-tech-crime-team", "org:landelijke-eenheid", "org:politie", "person:erik-akerboom"]));
    expect(x.actors.find((a) => a.id === "org:high-tech-crime-team")?.partOf).toBe("org:landelijke-eenheid");
  });
});

describe("unknown actors are extracted and marked new", () => {
  it("titled persons, offices of a place and institutional bodies", () => {
    const x = extractNote([
      "De burgemeester van Zwolle vroeg om meer blauw op straat. Mevrouw Bakker lichtte het rapport toe. De Nationale Ombudsman waarschuwt voor lange wachttijden.",
    ]);
    const byId = new Map(x.actors.map((a) => [a.id, a]));
    expect(byId.get("office:burgemeester-zwolle")).toMatchObject({ kind: "office", isNew: true });
    expect(byId.get("person:bakker")).toMatchObject({ kind: "person", isNew: true });
    expect(byId.get("org:nationale-ombudsman")).toMatchObject({ kind: "organisation", isNew: true });
    expect(statementWith(x, "blauw op straat").actorIds).toEqual(["office:burgemeester-zwolle"]);
    expect(statementWith(x, "rapport toe").actorIds).toEqual(["person:bakker"]);
    expect(statementWith(x, "wachttijden").actorIds).toEqual(["org:nationale-ombudsman"]);
  });

  it("acronyms match in capitals only ('om' is not the OM)", () => {
    const x = extractNote(["De korpschef vroeg om meer tijd. Het OM steunt dat verzoek."]);
    expect(statementWith(x, "meer tijd").mentionIds).not.toContain("org:openbaar-ministerie");
    expect(statementWith(x, "steunt").actorIds).toEqual(["org:openbaar-ministerie"]);
  });

  it("a discovered office is not hidden by a shorter curated alias ('de voorzitter van het Veiligheidsberaad')", () => {
    const x = extractNote(["De voorzitter van het Veiligheidsberaad presenteerde het meerjarenplan."]);
    expect(statementWith(x, "meerjarenplan").actorIds).toEqual(["office:voorzitter-veiligheidsberaad"]);
  });

  it("an office title before a surname names a (new) person; a known surname is the curated person", () => {
    const x = extractNote(["Regioburgemeester Vermeulen vroeg om extra rechercheurs. Burgemeester Aboutaleb steunt dat."]);
    expect(statementWith(x, "rechercheurs").actorIds).toEqual(["person:vermeulen"]);
    expect(x.actors.find((a) => a.id === "person:vermeulen")?.isNew).toBe(true);
    expect(statementWith(x, "steunt").actorIds).toEqual(["person:ahmed-aboutaleb"]);
  });
});
