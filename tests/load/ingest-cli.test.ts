/** `kg ingest` as a user runs it: usage errors, and a dry run that never touches Neo4j. */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { writeFictionalCorpus } from "../fixtures/extractions/fictional-corpus.js";

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
});
