/**
 * CPU seconds (user + system) used so far by a process and every process below it, read from
 * Linux's /proc: the API servers run under tsx (a wrapper process with node below it) and Neo4j
 * as a JVM, so "where the time goes" per request needs each process tree's CPU, not wall time.
 * Returns null where /proc is missing (macOS, Windows): the benchmark then prints no CPU figures.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

interface ProcessStat {
  parent: number;
  cpuTicks: number;
}

function readStat(pid: number): ProcessStat | null {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: split after its last ")".
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/**
 * CPU seconds of each root's process tree, from one read of /proc (null for a root that is not
 * running or where /proc is missing).
 */
export function processTreesCpuSeconds(roots: readonly (number | undefined)[]): (number | null)[] {
  const stats = new Map<number, ProcessStat>();
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat) stats.set(Number(entry), stat);
    }
  } catch {
    return roots.map(() => null);
  }
  return roots.map((root) => (root !== undefined && stats.has(root) ? treeTicks(root, stats) / TICKS_PER_SECOND : null));
}

function treeTicks(root: number, stats: Map<number, ProcessStat>): number {
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (!inTree.has(pid) && inTree.has(stat.parent)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += stats.get(pid)?.cpuTicks ?? 0;
  return ticks;
}

/** CPU seconds of this process (user + system). */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
