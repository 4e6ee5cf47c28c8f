/** The pure parts of loading: folding, parameter rows, validation, file discovery and naming. */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { documentSourceOf } from "../../src/load/document-source.js";
import { toExtractionRows, meetingIdOf } from "../../src/load/extraction-rows.js";
import { findDocumentFiles } from "../../src/load/find-document-files.js";
import { foldForSearch } from "../../src/search/fold.js";
import { searchTextOfNames } from "../../src/search/index-text.js";
import { findProblems } from "../../src/load/validate-extraction.js";
import { fictionalExtraction } from "../fixtures/extractions/fictional-extraction.js";

describe("search folding", () => {
  it("strips accents and lower-cases", () => {
    expect(foldForSearch("Geëvalueerd café in Ålesund, FINANCIËN")).toBe("geevalueerd cafe in alesund, financien");
  });
  it("joins the search terms of name and aliases once each, one per line", () => {
    expect(searchTextOfNames("Minister van Financiën", ["minister van Financien", "Financiën"])).toBe("minister van financi\nfinanci");
  });
});

describe("toExtractionRows", () => {
  it("maps a fictional extraction to rows with folded search text and the meeting id", () => {
    const extraction = fictionalExtraction();
    const rows = toExtractionRows(extraction, "abc");
    expect(rows.document).toMatchObject({ id: extraction.document.id, fileSha256: "abc", meetingId: "meeting:Denkbeeldig Overleg:2024-03-14" });
    expect(rows.statements).toHaveLength(extraction.statements.length);
    expect(rows.statements.every((row) => row.documentId === extraction.document.id)).toBe(true);
    expect(rows.actorPartOf).toEqual([]);
    expect(rows.topicBroader).toEqual([{ id: "topic:fictieve-privacy", broader: "topic:fictieve-veiligheid" }]);
  });
  it("lists every actor and topic the rows link to, once each and sorted, for the loader's locks", () => {
    const extraction = fictionalExtraction({ version: 2 });
    const rows = toExtractionRows(extraction);
    const sorted = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Holders, resolved persons, addressees, mentions and a discovered actor's organisation.
    const actorIds = new Set([
      ...extraction.actors.flatMap((actor) => (actor.partOf ? [actor.id, actor.partOf] : [actor.id])),
      ...extraction.statements.flatMap((s) => [...s.actorIds, ...s.personIds, ...s.addresseeIds, ...s.mentionIds]),
    ]);
    expect(rows.actorLockIds).toEqual(sorted([...actorIds]));
    expect(rows.actorLockIds).toContain("org:fictief-korps");
    expect(rows.actorLockIds).toContain("org:fictieve-gemeente");
    // Statement topics, agenda-item topics and broader topics.
    expect(rows.topicLockIds).toEqual(sorted([...new Set([...extraction.topics.flatMap((topic) => [topic.id, ...topic.broader]), ...extraction.sections.flatMap((section) => section.topicIds)])]));
    expect(toExtractionRows(fictionalExtraction({ version: 1 })).topicLockIds).toContain("topic:fictieve-veiligheid");
  });
  it("has no meeting without a date", () => {
    expect(meetingIdOf("LOVP", null)).toBeNull();
    expect(meetingIdOf(null, "2020-01-02")).toBe("meeting:onbekend:2020-01-02");
  });
});

describe("findProblems", () => {
  it("accepts the fictional extraction", () => {
    expect(findProblems(fictionalExtraction())).toEqual([]);
    expect(findProblems(fictionalExtraction({ version: 2 }))).toEqual([]);
  });
  it("names broken offsets, unknown references and bad values", () => {
    const extraction = fictionalExtraction();
    extraction.statements[0]!.start += 1;
    extraction.statements[1]!.topicIds = ["topic:onbekend"];
    extraction.statements[2]!.confidence = 2;
    extraction.statements[3]!.sectionId = "nergens";
    const problems = findProblems(extraction).join("\n");
    expect(problems).toMatch(/text is not the text at/);
    expect(problems).toMatch(/refers to topic topic:onbekend/);
    expect(problems).toMatch(/confidence 2/);
    expect(problems).toMatch(/unknown section nergens/);
  });
  it("refuses a statement not dated by its document (the counts sum documents per month)", () => {
    const extraction = fictionalExtraction({ date: "2024-03-14" });
    extraction.statements[0]!.date = "2024-04-01";
    extraction.statements[1]!.date = null;
    const problems = findProblems(extraction);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/date "2024-04-01" is not the document's date "2024-03-14"/);
    expect(problems[1]).toMatch(/date null is not the document's date "2024-03-14"/);
    const undated = fictionalExtraction();
    undated.document.date = null;
    for (const statement of undated.statements) statement.date = null;
    expect(findProblems(undated)).toEqual([]);
  });
});

describe("document files and sources", () => {
  it("finds documents of every supported format recursively, sorted, skipping hidden ones, and reports missing paths", async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-find-"));
    try {
      await mkdir(path.join(temp, "sub", ".hidden"), { recursive: true });
      const names = ["b.txt", "sub/a.PDF", "sub/notes.md", "sub/.hidden/c.txt", ".d.txt", "e.html", "f.HTM", "g.docx", "h.odt", "i.doc", "j.xlsx", "k.zip"];
      for (const name of names) await writeFile(path.join(temp, name), "fictional");
      const found = await findDocumentFiles([temp, path.join(temp, "missing")]);
      expect(found.files.map((file) => path.relative(temp, file))).toEqual(["b.txt", "e.html", "f.HTM", "g.docx", "h.odt", path.join("sub", "a.PDF")]);
      expect(found.missing).toEqual([path.join(temp, "missing")]);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
  it("names project files relative to the project root, others absolute", () => {
    expect(documentSourceOf(path.join(projectRoot, "seeds", "documents", "x.txt"))).toBe("seeds/documents/x.txt");
    expect(documentSourceOf("/elsewhere/fictional.txt")).toBe("/elsewhere/fictional.txt");
  });
});
