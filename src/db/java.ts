import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ServiceUnavailableError } from "../errors/app-error.js";

/** Neo4j 5.26 runs on these Java versions only (not 25, not 11). */
const SUPPORTED_MAJORS = [17, 21];

export interface JavaRuntime {
  command: string;
  major: number;
}

/**
 * Finds the `java` that will run the embedded Neo4j: `$JAVA_HOME/bin/java` when JAVA_HOME is set,
 * else `java` on PATH. JAVA_HOME and PATH are read here rather than in parseConfig() because they
 * locate a tool, as a shell does, and are not settings of this application.
 */
export async function findJava(env: Record<string, string | undefined> = process.env): Promise<JavaRuntime> {
  const javaHome = env.JAVA_HOME?.trim();
  const command = javaHome ? path.join(javaHome, "bin", "java") : "java";
  const where = javaHome ? `JAVA_HOME=${javaHome}` : "PATH";
  let output: string;
  try {
    // `java -version` writes to stderr.
    const { stderr } = await promisify(execFile)(command, ["-version"], { timeout: 30_000 });
    output = stderr;
  } catch (error) {
    throw new ServiceUnavailableError(
      `No usable java found via ${where} (${(error as Error).message.split("\n")[0]}); the embedded Neo4j needs Java 17 or 21, or set NEO4J_URI to use an external Neo4j`,
      { cause: error },
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const first = match ? Number(match[1]) : NaN;
  // Java 8 and older report "1.8.0_x".
  const major = first === 1 && match?.[2] ? Number(match[2]) : first;
  if (!SUPPORTED_MAJORS.includes(major)) {
    const found = Number.isNaN(major) ? "an unrecognised version" : `Java ${major}`;
    throw new ServiceUnavailableError(
      `${command} (via ${where}) is ${found}; the embedded Neo4j 5.26 needs Java ${SUPPORTED_MAJORS.join(" or ")} (set JAVA_HOME to one)`,
    );
  }
  return { command, major };
}
