/**
 * The same FICTIONAL meeting as .txt, .pdf, .html, .docx and .odt (all made at test time) gives
 * the same document metadata, agenda items and statements (holders, stance, topics, text) in all
 * five; each extraction keeps the contract and validates against schema/extraction.schema.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { run as kgExtract } from "../../src/cli/commands/extract.js";
import { DOCUMENT_FORMATS, extractBuffer, type DocumentFormat, type Extraction } from "../../src/ingest/index.js";
import { meetingDocx, meetingHtml, meetingOdt, meetingPdf, meetingText } from "../support/fictional-meeting.js";
import { gazetteer } from "./support/fixtures.js";
import { validate } from "./support/validate-schema.js";

const schema = JSON.parse(readFileSync(new URL("../../schema/extraction.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;

const FILES: Record<DocumentFormat, () => Promise<Uint8Array> | Uint8Array> = {
  txt: () => new TextEncoder().encode(meetingText()),
  pdf: () => meetingPdf(),
  html: () => new TextEncoder().encode(meetingHtml()),
  docx: () => meetingDocx(),
  odt: () => meetingOdt(),
};

const extractions = new Map<DocumentFormat, Extraction>();

beforeAll(async () => {
  for (const format of DOCUMENT_FORMATS) {
    extractions.set(format, await extractBuffer(await FILES[format](), `fictional-meeting.${format}`, gazetteer()));
  }
});

const statementsOf = (x: Extraction) => x.statements.map((s) => ({ actorIds: s.actorIds, personIds: s.personIds, stance: s.stance, topicIds: s.topicIds, text: s.text }));

describe("one fictional meeting in five formats", () => {
  it("the plain-text version has the statements the other formats are compared with", () => {
    const txt = extractions.get("txt")!;
    expect(txt.document).toMatchObject({ title: "Fictieve bestuurlijke terugkoppeling LOVP 14 april 2022", date: "2022-04-14", body: "LOVP", format: "txt" });
    expect(txt.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Cybercrime", "Rondvraag"]);
    const byText = (fragment: string) => txt.statements.find((s) => s.text.includes(fragment));
    expect(byText("bezetting van de meldkamers")?.actorIds).toEqual(["office:korpschef"]);
    expect(byText("maken zich zorgen")).toMatchObject({ actorIds: ["group:regioburgemeesters"], stance: "concern" });
    // The tracked insertion is in, the deletion and the comment are not.
    expect(byText("zegde toe")).toMatchObject({ stance: "commitment", text: "De minister zegde toe voor de zomer een plan voor extra centralisten te sturen." });
    expect(byText("pleitte voor")?.stance).toBe("request");
    expect(txt.statements.some((s) => s.text.includes("[1] Fictieve bron"))).toBe(true);
    expect(txt.document.text).not.toMatch(/Tweede Kamer|Fictieve opmerking/);
  });

  it.each(DOCUMENT_FORMATS.filter((f) => f !== "txt"))("%s gives the same title, date, agenda items and statements as .txt", (format) => {
    const txt = extractions.get("txt")!;
    const other = extractions.get(format)!;
    expect(other.document.format).toBe(format);
    expect(other.document).toMatchObject({ title: txt.document.title, date: txt.document.date, body: txt.document.body, language: "nld" });
    expect(other.sections.map((s) => [s.heading, s.topicIds])).toEqual(txt.sections.map((s) => [s.heading, s.topicIds]));
    expect(statementsOf(other)).toEqual(statementsOf(txt));
    expect(other.statements.length).toBeGreaterThanOrEqual(9);
  });

  it.each(DOCUMENT_FORMATS)("%s keeps the contract: offsets into the normalised text, valid against the JSON Schema", (format) => {
    const x = extractions.get(format)!;
    for (const s of x.statements) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
    for (const s of x.sections) expect(x.document.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    expect(validate(schema, x)).toEqual([]);
  });

  it("no page furniture, script or style of the web page reaches the text", () => {
    const text = extractions.get("html")!.document.text;
    expect(text).not.toMatch(/cookies|Hoofdmenu|Publicaties|Kruimelpad|Deel dit bericht|Mastodon|Gerelateerde|Postbus|Toegankelijkheid|mag niet in de tekst|Fictief Politieberaad|Gepubliceerd op/);
  });

  it("kg extract reads each of the five files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-extract-formats-"));
    let out = "";
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      for (const format of DOCUMENT_FORMATS) {
        const file = path.join(dir, `fictional-meeting.${format}`);
        writeFileSync(file, await FILES[format]());
        expect(await kgExtract([file, "--format", "summary"])).toBe(0);
        expect(out).toContain(`(2022-04-14, LOVP, ${format}, nld)`);
      }
    } finally {
      write.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
