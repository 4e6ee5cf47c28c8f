/**
 * The sourced tenures of seeds/gazetteer, the resolution rule on them (acting holders, unknown
 * and unconfirmed days, co-holders, handover days), `kg gazetteer check` on the real gazetteer and
 * on broken fictional ones, and the spelling variants of persons.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run as gazetteerCommand } from "../../src/cli/commands/gazetteer.js";
import { ActorIndex } from "../../src/ingest/actors/actor-index.js";
import { answeringTenures, personHolding } from "../../src/ingest/actors/resolve-person.js";
import { checkTenures } from "../../src/ingest/gazetteer/check-tenures.js";
import type { Gazetteer, Tenure } from "../../src/ingest/gazetteer/gazetteer.js";
import { readGazetteer } from "../../src/ingest/index.js";
import { capture } from "../support/capture-output.js";
import { gazetteer } from "./support/fixtures.js";

const TODAY = "2026-12-04";

describe("the sourced tenures", () => {
  it("answer the issue's questions: who was korpschef and minister in 2020-2026", () => {
    const g = gazetteer();
    expect(personHolding(g, "office:korpschef", "2021-06-01")).toBe("person:henk-van-essen");
    expect(personHolding(g, "office:korpschef", "2024-07-01")).toBe("person:janny-knol");
    expect(personHolding(g, "office:minister-jenv", "2025-06-01")).toBe("person:david-van-weel");
    expect(personHolding(g, "office:minister-jenv", "2026-01-15")).toBe("person:foort-van-oosten");
    expect(personHolding(g, "office:minister-jenv", "2026-03-01")).toBe("person:david-van-weel");
  });

  it("resolve the day before, on and after a handover to the right person", () => {
    const g = gazetteer();
    const on = (officeId: string, date: string) => personHolding(g, officeId, date);
    expect(on("office:korpschef", "2020-03-31")).toBe("person:erik-akerboom");
    expect(on("office:korpschef", "2020-04-01")).toBe("person:henk-van-essen"); // acting
    expect(on("office:korpschef", "2020-04-30")).toBe("person:henk-van-essen"); // acting, last day
    expect(on("office:korpschef", "2020-05-01")).toBe("person:henk-van-essen"); // appointed
    expect(on("office:korpschef", "2024-02-29")).toBe("person:henk-van-essen");
    expect(on("office:korpschef", "2024-03-01")).toBe("person:janny-knol");
    expect(on("office:burgemeester-utrecht", "2020-06-30")).toBe("person:jan-van-zanen");
    expect(on("office:burgemeester-den-haag", "2020-06-30")).toBe("person:johan-remkes");
    expect(on("office:burgemeester-den-haag", "2020-07-01")).toBe("person:jan-van-zanen");
    expect(on("office:burgemeester-utrecht", "2020-07-01")).toBe("person:peter-den-oudsten");
  });

  it("let an acting holder answer on the days it overlaps a formal holder", () => {
    const g = gazetteer();
    // Van der Laan was mayor until 2017-10-05; locoburgemeester Ollongren took over his duties on 2017-09-18.
    expect(personHolding(g, "office:burgemeester-amsterdam", "2017-09-17")).toBe("person:eberhard-van-der-laan");
    expect(personHolding(g, "office:burgemeester-amsterdam", "2017-09-18")).toBe("person:kajsa-ollongren");
    expect(personHolding(g, "office:burgemeester-amsterdam", "2017-10-05")).toBe("person:kajsa-ollongren");
    expect(personHolding(g, "office:burgemeester-amsterdam", "2017-10-26")).toBe("person:eric-van-der-burg");
  });

  it("resolve no person where no source names one, where the only tenure is unconfirmed, or where co-holders could be meant", () => {
    const g = gazetteer();
    expect(personHolding(g, "office:nctv", "2018-12-01")).toBeUndefined(); // declared unknown holder
    expect(personHolding(g, "office:burgemeester-rotterdam", "2024-10-05")).toBeUndefined(); // locoburgemeester not settled
    expect(personHolding(g, "office:korpschef", "2016-02-15")).toBeUndefined(); // only an unconfirmed candidate
    expect(personHolding(g, "office:korpschef", "2012-06-01")).toBeUndefined(); // before the office existed
    expect(personHolding(g, "office:staatssecretaris-jenv", "2024-10-01")).toBeUndefined(); // Coenradie and Struycken
    expect(personHolding(g, "office:staatssecretaris-jenv", "2025-07-01")).toBe("person:teun-struycken");
    // Never the nearest holder: the day after Kolff left the Veiligheidsberaad is unknown.
    expect(personHolding(g, "office:voorzitter-veiligheidsberaad", "2024-08-31")).toBe("person:wouter-kolff");
    expect(personHolding(g, "office:voorzitter-veiligheidsberaad", "2024-09-01")).toBeUndefined();
  });

  it("have a status and a source each, and keep the unconfirmed ones marked", () => {
    const g = gazetteer();
    for (const tenure of g.tenures) {
      expect(["confirmed", "month-only", "unconfirmed"], tenure.personId).toContain(tenure.status);
      expect(tenure.source.length, tenure.personId).toBeGreaterThan(5);
    }
    const bik = g.tenures.find((t) => t.personId === "person:ruud-bik");
    expect(bik).toMatchObject({ status: "unconfirmed", acting: true, officeId: "office:korpschef" });
    expect(g.tenures.filter((t) => t.note?.toLowerCase().includes("verify") && t.status === "confirmed")).toEqual([]);
  });

  it("name every person by the forms documents use, including spellings without diacritics", () => {
    const index = new ActorIndex(gazetteer().actors);
    const found = (text: string) => index.find(text).map((mention) => mention.actorId);
    for (const form of ["Yeşilgöz", "Yesilgöz", "Yesilgoz", "Dilan Yeşilgöz-Zegerius", "minister Yesilgoz", "Yesilgoz-Zegerius"]) {
      expect(found(`Fictief: ${form} sprak.`), form).toEqual(["person:dilan-yesilgoz"]);
    }
    expect(found("Fictief: korpschef Van Essen sprak.")).toEqual(["person:henk-van-essen"]);
    expect(found("Fictief: D.M. van Weel sprak.")).toEqual(["person:david-van-weel"]);
    // Surnames shared by two persons of the genre, or Dutch words, name nobody on their own.
    expect(found("Fictief: Van der Burg sprak.")).toEqual([]);
    expect(found("Fictief: hij schoof aan.")).toEqual([]);
  });
});

describe("kg gazetteer check", () => {
  afterEach(() => vi.restoreAllMocks());

  it("passes on seeds/gazetteer and lists the periods without a person", async () => {
    const { problems, notes } = checkTenures(gazetteer(), TODAY);
    expect(problems).toEqual([]);
    expect(notes).toContain("office:nctv: 2018-11-15 – 2018-12-31 no person: acting NCTV, name not found");
    expect(notes).toContain("office:korpschef: 2016-02-01 – 2016-02-29 no person: Ruud Bik is unconfirmed");
    const out = capture();
    expect(await gazetteerCommand(["check", "--today", TODAY])).toBe(0);
    expect(out.out()).toMatch(/gazetteer check: no problems/);
  });

  it("finds overlapping holders, undeclared gaps and tenures outside the office's existence, one line each", () => {
    const g = fictionalGazetteer([
      tenure("person:anna-fictief", "2013-01-01", "2018-12-31"),
      tenure("person:bram-fictief", "2018-06-01", "2020-12-31"), // overlaps Anna
      tenure("person:carla-fictief", "2018-07-01", "2018-07-31", { acting: true }), // acting beside a formal holder: allowed
      tenure("person:carla-fictief", "2021-03-01", undefined), // gap 2021-01-01 .. 2021-02-28
    ]);
    const { problems } = checkTenures(g, TODAY);
    expect(problems).toEqual([
      "office:fictieve-korpschef: Anna Fictief (2013-01-01 – 2018-12-31) overlaps Bram Fictief (2018-06-01 – 2020-12-31) (one holder at a time)",
      "office:fictieve-korpschef: no tenure from 2021-01-01 to 2021-02-28 (add the holder, or an unknownHolders entry if no source names one)",
    ]);
    g.unknownHolders = [{ officeId: "office:fictieve-korpschef", from: "2021-01-01", to: "2021-02-28", holder: "fictional: not known", status: "unconfirmed" }];
    g.actors.find((a) => a.id === "office:fictieve-korpschef")!.existsFrom = "2014-01-01";
    expect(checkTenures(g, TODAY).problems).toEqual([
      "office:fictieve-korpschef: Anna Fictief (2013-01-01 – 2018-12-31) overlaps Bram Fictief (2018-06-01 – 2020-12-31) (one holder at a time)",
      "office:fictieve-korpschef: Anna Fictief (2013-01-01 – 2018-12-31) starts before the office exists (2014-01-01)",
    ]);
    expect(checkTenures(g, TODAY).notes).toEqual(["office:fictieve-korpschef: 2021-01-01 – 2021-02-28 no person: fictional: not known"]);
  });

  it("exits 1 with one line per problem for a gazetteer without sources, statuses or known persons", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fictional-gazetteer-"));
    try {
      writeFileSync(
        path.join(dir, "fictional-tenures.yaml"),
        [
          "actors:",
          "  - {id: office:fictieve-korpschef, kind: office, name: fictieve korpschef, aliases: []}",
          "  - {id: person:anna-fictief, kind: person, name: Anna Fictief, aliases: []}",
          "tenures:",
          '  - {personId: person:anna-fictief, officeId: office:fictieve-korpschef, from: "2013-01-01", status: confirmed}',
          '  - {personId: person:niemand-fictief, officeId: office:fictieve-korpschef, from: "2030-01-01", status: maybe, source: "fictional"}',
        ].join("\n"),
      );
      const out = capture();
      expect(await gazetteerCommand(["check", "--gazetteer", dir, "--today", TODAY])).toBe(1);
      const lines = out.err().trim().split("\n");
      expect(lines).toEqual([
        `gazetteer (${dir}): fictional-tenures.yaml: tenure person:anna-fictief@office:fictieve-korpschef from 2013-01-01 has no source`,
        `gazetteer (${dir}): fictional-tenures.yaml: tenure person:niemand-fictief@office:fictieve-korpschef from 2030-01-01 names unknown person person:niemand-fictief`,
        `gazetteer (${dir}): fictional-tenures.yaml: tenure person:niemand-fictief@office:fictieve-korpschef from 2030-01-01 has unknown status maybe (confirmed, month-only or unconfirmed)`,
        "gazetteer check: 3 problem(s)",
      ]);
      expect(() => readGazetteer(dir)).toThrow(/fictional-tenures\.yaml: tenure person:anna-fictief.* has no source/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("answeringTenures", () => {
  it("prefers acting holders and leaves out unconfirmed ones", () => {
    const formal = { from: "2020-01-01", to: "2020-12-31" };
    const acting = { from: "2020-06-01", to: "2020-06-30", acting: true };
    const unconfirmed = { from: "2020-06-01", to: "2020-06-30", acting: true, status: "unconfirmed" as const };
    expect(answeringTenures([formal, acting], "2020-05-31")).toEqual([formal]);
    expect(answeringTenures([formal, acting], "2020-06-01")).toEqual([acting]);
    expect(answeringTenures([formal, unconfirmed], "2020-06-01")).toEqual([formal]);
    expect(answeringTenures([unconfirmed], "2020-06-01")).toEqual([]);
  });
});

function tenure(personId: string, from: string, to: string | undefined, extra: Partial<Tenure> = {}): Tenure {
  return { personId, officeId: "office:fictieve-korpschef", from, ...(to ? { to } : {}), status: "confirmed", source: "fictional", ...extra };
}

function fictionalGazetteer(tenures: Tenure[]): Gazetteer {
  return {
    actors: [
      { id: "office:fictieve-korpschef", kind: "office", name: "fictieve korpschef", aliases: [] },
      { id: "person:anna-fictief", kind: "person", name: "Anna Fictief", aliases: [] },
      { id: "person:bram-fictief", kind: "person", name: "Bram Fictief", aliases: [] },
      { id: "person:carla-fictief", kind: "person", name: "Carla Fictief", aliases: [] },
    ],
    tenures,
    topics: [],
  };
}
