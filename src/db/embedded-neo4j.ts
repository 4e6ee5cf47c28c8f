/**
 * Runs Neo4j Community in a child JVM (the launcher in neo4j/) and hands back its Bolt URI. The
 * child dies with this process: on our exit or signal we SIGTERM it, and if we are killed outright
 * its stdin pipe closes, which the launcher treats as the order to exit.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { ServiceUnavailableError } from "../errors/app-error.js";
import { findJava } from "./java.js";
import { ensureLauncherBuilt, launcherClasspath, launcherMainClass, launcherModule } from "./launcher-build.js";

export interface EmbeddedNeo4jOptions {
  /** Home of the DBMS (store under data/, logs under logs/); one process at a time. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** When set, auth is on and user neo4j gets this password. */
  password?: string | undefined;
  startTimeoutMs: number;
  /** Receives Maven and Neo4j log lines; by default they are dropped (the tail is kept for errors). */
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** The embedded Neo4j did not start; `logTail` holds the launcher's last log lines. */
export class EmbeddedNeo4jStartError extends ServiceUnavailableError {
  readonly logTail: string[];
  constructor(message: string, logTail: string[]) {
    super(message);
    this.logTail = logTail;
  }
}

/** JVM flags Neo4j 5.26 needs on JDK 17/21; without the java.nio open it fails or stalls. */
export const JVM_FLAGS = [
  "-Xms512m",
  "-Xmx1g",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

/** Exit code of the launcher when the store lock is held by another process. */
const EXIT_STORE_LOCKED = 3;
const STOP_GRACE_MS = 30_000;
const LOG_TAIL_LINES = 20;

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => undefined);
  const tail: string[] = [];
  const record = (line: string): void => {
    tail.push(line);
    if (tail.length > LOG_TAIL_LINES) tail.shift();
    log(line);
  };
  const java = await findJava();
  await ensureLauncherBuilt(record);

  const home = path.resolve(options.dataDir);
  mkdirSync(home, { recursive: true });
  const env = { ...process.env };
  // The password travels by environment, never argv (visible in `ps`).
  delete env.NEO4J_EMBEDDED_PASSWORD;
  if (options.password) env.NEO4J_EMBEDDED_PASSWORD = options.password;

  const child = spawn(java.command, [...JVM_FLAGS, "-cp", launcherClasspath, launcherMainClass, "--home", home, "--bolt-port", String(options.port)], {
    cwd: launcherModule,
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  trackChild(child);
  createInterface({ input: child.stderr }).on("line", record);

  const uri = await waitForReady(child, home, options.startTimeoutMs, tail);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    uri,
    pid: child.pid ?? -1,
    stop: () => stopChild(child, exited),
  };
}

function waitForReady(child: ChildProcessWithoutNullStreams, home: string, timeoutMs: number, tail: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdout = createInterface({ input: child.stdout });
    const finish = (error: Error | undefined, uri?: string): void => {
      clearTimeout(timer);
      child.off("exit", onExit);
      child.off("error", onError);
      stdout.off("line", onLine);
      if (error) reject(error);
      else resolve(uri as string);
    };
    const onLine = (line: string): void => {
      const match = /^READY (bolt:\/\/\S+)$/.exec(line.trim());
      if (match) finish(undefined, match[1]);
      else tail.push(`(stdout) ${line}`);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (code === EXIT_STORE_LOCKED) {
        finish(new EmbeddedNeo4jStartError(`the embedded Neo4j store ${home} is in use by another process (is \`npm start\` running?)`, [...tail]));
        return;
      }
      finish(startError(`Embedded Neo4j (${home}) exited before it was ready (${signal ?? `exit code ${code}`})`, tail));
    };
    const onError = (error: Error): void => {
      finish(startError(`Cannot start the embedded Neo4j JVM: ${error.message}`, tail));
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish(startError(`Embedded Neo4j (${home}) was not ready within ${timeoutMs} ms (NEO4J_START_TIMEOUT_MS)`, tail));
    }, timeoutMs);
    stdout.on("line", onLine);
    child.on("exit", onExit);
    child.on("error", onError);
  });
}

function startError(headline: string, tail: string[]): EmbeddedNeo4jStartError {
  const lines = [...tail];
  const body = lines.length ? `\nLast launcher log lines:\n  ${lines.join("\n  ")}` : "";
  return new EmbeddedNeo4jStartError(headline + body, lines);
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), STOP_GRACE_MS);
    });
    const outcome = await Promise.race([exited, grace]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      child.kill("SIGKILL");
      await exited;
    }
  }
  liveChildren.delete(child);
}

const liveChildren = new Set<ChildProcessWithoutNullStreams>();
let cleanupInstalled = false;

/** One set of process hooks for every child, so many starts do not pile up listeners. */
function trackChild(child: ChildProcessWithoutNullStreams): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const killAll = (): void => {
    for (const live of liveChildren) live.kill("SIGTERM");
  };
  process.once("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = (): void => {
      killAll();
      // Keep Node's default (terminate) unless the application handles the signal itself.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.once(signal, onSignal);
  }
}
