/** `kg ingest` as a user runs it: usage errors, and a dry run that never touches Neo4j. */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { writeFictionalCorpus } from "../fixtures/extractions/fictional-corpus.js";
import { meetingDocx, meetingHtml, meetingOdt, meetingPdf, meetingText } from "../support/fictional-meeting.js";
import { buildEncryptedDocx, buildZip } from "../support/office-documents.js";

let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-cli-"));
});
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

function kg(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli/kg.ts"), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("kg ingest", () => {
  it("exits 2 with the usage when no path is given or an option is unknown", () => {
    expect(kg(["ingest"])).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: kg ingest") });
    expect(kg(["ingest", "--fast", "x"])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option --fast") });
  });

  it("dry-runs without Neo4j, reports each document and exits 1 when one is bad", async () => {
    const folder = path.join(temp, "dry");
    await writeFictionalCorpus(folder, { documents: 2, seed: 5 });
    await writeFile(path.join(folder, "corrupt-fictional.txt"), Buffer.from([0x00, 0xff, 0x00, 0xfe, 0x01, 0x02]));
    // An unreachable NEO4J_URI proves the dry run never connects.
    const result = kg(["ingest", "--dry-run", folder], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("Dry run (nothing written): 3 document(s)");
    expect(result.stdout).toContain("extracted 2, failed 1");
    expect(result.stdout).toMatch(/corrupt-fictional\.txt: /);
    // Not a terminal: one plain progress line per document.
    expect(result.stderr.match(/^\[\d\/3\] /gm)).toHaveLength(3);
  }, 90_000);

  it("picks up every supported format in a folder; a protected DOCX and a ZIP of another kind fail and the others still load", async () => {
    const folder = path.join(temp, "formats");
    await mkdir(folder, { recursive: true });
    const files: Record<string, Uint8Array | string> = {
      "fictional-meeting.txt": meetingText(),
      "fictional-meeting.pdf": await meetingPdf(),
      "fictional-meeting.html": meetingHtml(),
      "fictional-meeting.docx": meetingDocx(),
      "fictional-meeting.odt": meetingOdt(),
      "fictional-protected.docx": buildEncryptedDocx(),
      "fictional-archive.docx": buildZip({ "fictief.txt": "Fictieve inhoud." }),
      "fictional-notes.md": "not a supported format, not picked up",
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(folder, name), content);
    const result = kg(["ingest", "--dry-run", folder], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("Dry run (nothing written): 7 document(s)");
    expect(result.stdout).toContain("extracted 5, failed 2");
    expect(result.stdout).toMatch(/fictional-protected\.docx: DOCX is encrypted \(password protected\)/);
    expect(result.stdout).toMatch(/fictional-archive\.docx: file is a ZIP archive of 1 file\(s\), neither a DOCX nor an ODT document/);
  }, 90_000);
});
