/**
 * The round of 8 December (i). Sentences of our own; the names in them are invented.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/ingest/index.js";
import { actorNames, gazetteer, statementWith } from "./support/fixtures.js";

describe("an opinion piece's byline: a name on a line of its own, with a date, a label or a dash", () => {
  const body = [
    "Dit is een fictief opiniestuk, geschreven als testmateriaal.",
    "",
    "In onze dorpen ziet niemand de wijkagent nog. Ik vraag de minister om de wijkagent weer vrij te spelen.",
  ];
  const writerOf = (lines: string[]) => {
    const x = extractText(["Geef de dorpen hun wijkagent terug", "", ...lines, ""].join("\n"), "fictief-opinie-2021-03-02.txt", gazetteer());
    return actorNames(x, statementWith(x, "Ik vraag de minister").actorIds);
  };

  it.each([
    ["a name the layout sets straight above the first paragraph", ["Marieke Doornbos", "", "", ...body]],
    ["a name and a date", ["Marieke Doornbos | 2 maart 2021", "", ...body]],
    ["a label, a name and an office", ["Opinie | Marieke Doornbos, burgemeester van Wezelaar", "", ...body]],
    ["'Auteur:' and a name", ["Auteur: Marieke Doornbos", "", ...body]],
    ["a few words before the name", ["Een pleidooi van burgemeester Marieke Doornbos uit Wezelaar", "", ...body]],
    ["a closing line after a dash", [...body, "", "— Marieke Doornbos, burgemeester van Wezelaar"]],
  ])("%s", (_, lines) => expect(writerOf(lines)).toEqual(["Marieke Doornbos"]));

  it("not a line under the title that has a verb (a standfirst)", () => {
    expect(writerOf(["Minister Bram Kootstra vergeet de kleine gemeenten", "", ...body])).toEqual([]);
  });
});
