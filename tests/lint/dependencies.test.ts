import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";

const cli = path.join(projectRoot, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const config = path.join(projectRoot, ".dependency-cruiser.cjs");
const tsConfig = path.join(projectRoot, "tsconfig.json");

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs the same cruise as `npm run lint` and returns its violations. */
function cruise(cwd: string): Violation[] {
  const result = spawnSync(process.execPath, [cli, "src", "--config", config, "--ts-config", tsConfig, "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!result.stdout.trim()) throw new Error(`dependency-cruiser printed nothing (exit ${result.status}):\n${result.stderr}`);
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe("dependency direction (.dependency-cruiser.cjs)", () => {
  it("holds for src/", () => {
    const violations = cruise(projectRoot).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(violations).toEqual([]);
  });

  it("catches each kind of violation (fixture with deliberate ones)", () => {
    // A cycle is reported once, from whichever of its modules the cruise meets first.
    const rules = cruise(path.join(projectRoot, "tests", "lint", "fixtures", "violations")).map((v) =>
      v.rule.name === "no-circular" ? "no-circular: src/repositories/cycle-*" : `${v.rule.name}: ${v.from}`,
    );
    expect(new Set(rules)).toEqual(
      new Set([
        "ingest-is-pure: src/ingest/parse.ts",
        "only-db-imports-neo4j-driver: src/graphql/resolver.ts",
        "graphql-goes-through-repositories: src/graphql/resolver.ts",
        "no-circular: src/repositories/cycle-*",
      ]),
    );
  });
});
