import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { projectRoot } from "../config/project-root.js";
import { ServiceUnavailableError } from "../errors/app-error.js";

/** The Maven module of the launcher; see neo4j/pom.xml. */
export const launcherModule = path.join(projectRoot, "neo4j");
export const launcherMainClass = "org.stancegraph.neo4j.EmbeddedNeo4j";

const pomFile = path.join(launcherModule, "pom.xml");
const sourceDir = path.join(launcherModule, "src", "main", "java");
const targetDir = path.join(launcherModule, "target");
const classesDir = path.join(targetDir, "classes");
const libDir = path.join(targetDir, "lib");
const mainClassFile = path.join(classesDir, ...launcherMainClass.split(".")) + ".class";
/** Rewritten by every `mvn package` (forceCreation in the pom), so its mtime is the build time. */
const builtJar = path.join(targetDir, "stance-graph-neo4j-0.1.0.jar");
const lockFile = path.join(targetDir, ".build.lock");

/** The classpath `java -cp` needs; valid after ensureLauncherBuilt(). */
export const launcherClasspath = [classesDir, path.join(libDir, "*")].join(path.delimiter);

/**
 * Builds the launcher module with Maven when its output is missing or older than the pom or a Java
 * source. Builds of one clone are serialised by a lock file, so two processes starting at once do
 * not run Maven over the same target folder.
 */
export async function ensureLauncherBuilt(log: (line: string) => void): Promise<void> {
  if (isFresh()) return;
  mkdirSync(targetDir, { recursive: true });
  await withBuildLock(async () => {
    // Another process may have built it while we waited for the lock.
    if (isFresh()) return;
    // After a pom change, jars of an older neo4j.version would stay on the classpath next to the new ones.
    if (!existsSync(builtJar) || statSync(pomFile).mtimeMs > statSync(builtJar).mtimeMs) rmSync(libDir, { recursive: true, force: true });
    log(`Building the embedded Neo4j launcher (mvn -q -B -f ${path.relative(projectRoot, pomFile)} package); the first build downloads ~125 MB from Maven Central`);
    await runMaven(log);
    if (!isFresh()) throw new ServiceUnavailableError(`Maven finished but ${path.relative(projectRoot, mainClassFile)} or target/lib is missing`);
  });
}

function isFresh(): boolean {
  if (!existsSync(builtJar) || !existsSync(mainClassFile) || !existsSync(libDir) || readdirSync(libDir).length === 0) return false;
  return statSync(builtJar).mtimeMs >= newestInput();
}

function newestInput(): number {
  let newest = statSync(pomFile).mtimeMs;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(sourceDir);
  return newest;
}

function runMaven(log: (line: string) => void): Promise<void> {
  const args = ["-q", "-B", "-Dstyle.color=never", "-f", pomFile, "package", "-DskipTests"];
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    // stdout is piped too: Maven must never write to our stdout.
    const child = spawn("mvn", args, { cwd: launcherModule, stdio: ["ignore", "pipe", "pipe"] });
    const collect = (chunk: Buffer): void => {
      // Maven 3.8 emits colour resets even with -q; keep only lines with text.
      for (const line of chunk.toString("utf8").replace(/\u001b\[[0-9;]*m/g, "").split(/\r?\n/)) {
        if (!line.trim()) continue;
        log(line);
        tail.push(line);
        if (tail.length > 20) tail.shift();
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error) => {
      reject(new ServiceUnavailableError(`Cannot run Maven (mvn) to build the embedded Neo4j launcher: ${error.message}; install Maven 3.8+ or set NEO4J_URI`, { cause: error }));
    });
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new ServiceUnavailableError(`Maven failed to build the embedded Neo4j launcher (${signal ?? `exit code ${code}`}):\n${tail.join("\n")}`));
    });
  });
}

async function withBuildLock(work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (lockHolderIsGone()) rmSync(lockFile, { force: true });
      else await sleep(500);
    }
  }
  try {
    await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function lockHolderIsGone(): boolean {
  try {
    const text = readFileSync(lockFile, "utf8").trim();
    // An empty lock was just created and its pid not yet written, unless it is old.
    if (!text) return Date.now() - statSync(lockFile).mtimeMs > 10_000;
    const pid = Number(text);
    if (!Number.isInteger(pid) || pid <= 0) return true;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== "EPERM";
  }
}
