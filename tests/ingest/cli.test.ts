/** `kg extract`: JSON and summary output, one clear line for bad input. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { run } from "../../src/cli/commands/extract.js";
import type { Extraction } from "../../src/ingest/index.js";
import { capture } from "../support/capture-output.js";

const FIXTURE = path.join(projectRoot, "tests", "fixtures", "documents", "fictional-lovp-terugkoppeling-2021.txt");

/** Temporary folders made by the current test, removed after it. */
const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("kg extract", () => {
  it("--format json prints the Extraction of a (fictional) document", async () => {
    const io = capture();
    expect(await run([FIXTURE, "--format", "json"])).toBe(0);
    const x = JSON.parse(io.out()) as Extraction;
    expect(x.document.date).toBe("2021-11-08");
    expect(x.sections.map((s) => s.heading)).toEqual(["Meldkamers", "Wapenvergunningen", "Rondvraag"]);
    const find = (fragment: string) => x.statements.find((s) => s.text.includes(fragment))!;
    expect(find("kwartaalrapportage")).toMatchObject({ actorIds: ["group:regioburgemeesters"], stance: "request" });
    expect(find("Ze uitten zorgen")).toMatchObject({ actorIds: ["group:regioburgemeesters"], stance: "concern", attribution: "pronoun" });
    // "... en wezen op het ziekteverzuim" takes no position of its own: it adds to the concern before it.
    expect(find("wezen op het ziekteverzuim")).toBe(find("Ze uitten zorgen"));
    expect(find("groot risico")).toMatchObject({ actorIds: ["office:korpschef"], stance: "concern", attribution: "continued" });
    expect(find("Hij zegde toe")).toMatchObject({ actorIds: ["office:minister-jenv"], personIds: ["person:ferd-grapperhaus"], stance: "commitment" });
    expect(find("Tilburg")).toMatchObject({ actorIds: ["office:burgemeester-tilburg"], stance: "request" });
    expect(find("wordt gesteund")).toMatchObject({ actorIds: ["group:lovp-leden"], attribution: "collective" });
    expect(find("terugkomen op de evaluatie").eventIds).toHaveLength(1);
    expect(x.actors.find((a) => a.id === "office:burgemeester-tilburg")?.isNew).toBe(true);
    expect(io.err()).toBe("");
  });

  it("--format summary prints one line per statement", async () => {
    const io = capture();
    expect(await run([FIXTURE, "--format", "summary"])).toBe(0);
    expect(io.out()).toMatch(/## Meldkamers/);
    expect(io.out()).toMatch(/\[request\] regioburgemeesters \(explicit/);
  });

  it("bad input: exit 1 and one line naming the file and the reason, no stack trace", async () => {
    const dir = tempDir("kg-extract-");
    const zip = path.join(dir, "fictional-notes.txt");
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const io = capture();
    expect(await run([zip])).toBe(1);
    expect(io.err()).toBe(`kg extract: ${zip}: damaged ZIP archive (invalid zip data)\n`);
    expect(io.out()).toBe("");
  });

  it("several files with --out-dir: one NAME.json per input, a bad file named and the others still written", async () => {
    const dir = tempDir("kg-extract-set-");
    const second = path.join(dir, "fictional-copy.txt");
    writeFileSync(second, readFileSync(FIXTURE));
    const bad = path.join(dir, "fictional-empty.txt");
    writeFileSync(bad, "   \n");
    const out = path.join(dir, "out");
    const io = capture();
    expect(await run([FIXTURE, bad, second, "--out-dir", out])).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["fictional-copy.json", "fictional-lovp-terugkoppeling-2021.json"]);
    const copy = JSON.parse(readFileSync(path.join(out, "fictional-copy.json"), "utf8")) as Extraction;
    expect(copy.document.date).toBe("2021-11-08");
    expect(io.err()).toBe(`kg extract: ${bad}: empty document (whitespace only)\n`);
    expect(io.out()).toBe("");
  });

  it("two inputs with the same name cannot share one --out-dir file", async () => {
    const dir = tempDir("kg-extract-same-");
    const io = capture();
    expect(await run([FIXTURE, path.join(dir, path.basename(FIXTURE)), "--out-dir", dir])).toBe(2);
    expect(io.err()).toMatch(/both be written to fictional-lovp-terugkoppeling-2021\.json/);
  });

  it("a missing file and a bad format are one-line errors too", async () => {
    const io = capture();
    expect(await run(["/nonexistent/fictional.txt"])).toBe(1);
    expect(await run([FIXTURE, "--format", "xml"])).toBe(2);
    expect(io.err().trim().split("\n")).toEqual([
      "kg extract: /nonexistent/fictional.txt: file not found",
      'kg extract: unknown format "xml" (json or summary)',
    ]);
  });
});
