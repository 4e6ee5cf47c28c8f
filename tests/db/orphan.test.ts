import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";

const fixture = path.join(projectRoot, "tests", "db", "fixtures", "start-embedded.ts");

describe("an embedded Neo4j whose parent is killed", () => {
  it("exits instead of holding the port and the store", { timeout: 300_000 }, async () => {
    // `node --import tsx` keeps the script in this one process (`npx tsx` adds wrapper processes
    // that would survive a SIGKILL of the wrapper and keep the pipe open).
    const parent = spawn(process.execPath, ["--import", "tsx", fixture], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    const stderr: string[] = [];
    createInterface({ input: parent.stderr }).on("line", (line) => {
      stderr.push(line);
      if (stderr.length > 30) stderr.shift();
    });
    const started = await new Promise<{ pid: number; dataDir: string }>((resolve, reject) => {
      createInterface({ input: parent.stdout }).on("line", (line) => {
        const match = /^STARTED (\d+) (.+)$/.exec(line);
        if (match) resolve({ pid: Number(match[1]), dataDir: match[2] as string });
      });
      parent.once("exit", (code) => reject(new Error(`fixture exited with ${code}:\n${stderr.join("\n")}`)));
    });
    try {
      expect(isRunning(started.pid)).toBe(true);
      parent.kill("SIGKILL");
      expect(await waitUntilGone(started.pid, 8_000)).toBe(true);
    } finally {
      if (isRunning(started.pid)) process.kill(started.pid, "SIGKILL");
      await rm(started.dataDir, { recursive: true, force: true });
    }
  });
});

async function waitUntilGone(pid: number, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await sleep(200);
  }
  return !isRunning(pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An exited orphan stays a zombie until its new parent reaps it, which a container's PID 1 may
  // never do; a zombie holds no port and no store.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}
