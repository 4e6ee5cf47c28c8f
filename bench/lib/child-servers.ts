/**
 * Starts a benchmark's servers in a child process under tsx (so the load generator does not share
 * their event loop) and waits for the one JSON line of URLs the child prints when it is ready.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { projectRoot } from "../../src/config/project-root.js";

/** `script` is relative to the project root; `nodeFlags` go before it (e.g. --cpu-prof). */
export async function startChildServers<Urls>(script: string, options: { args?: string[]; env: NodeJS.ProcessEnv; nodeFlags?: string[] }): Promise<{ child: ChildProcess; urls: Urls }> {
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [...(options.nodeFlags ?? []), path.join(projectRoot, script), ...(options.args ?? [])], { env: options.env, stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, urls: JSON.parse(first) as Urls };
}
