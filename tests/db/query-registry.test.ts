import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { QUERY_NAMES } from "../../src/db/query-names.js";
import { loadQueryRegistry } from "../../src/db/query-registry.js";
import { ConfigurationError } from "../../src/errors/app-error.js";

describe("loadQueryRegistry", () => {
  let dir: string | undefined;
  /** A cypher folder with exactly the registered queries, independent of the real one. */
  const completeCypherDir = (): string => {
    dir = mkdtempSync(path.join(os.tmpdir(), "stance-graph-cypher-"));
    writeFileSync(path.join(dir, "schema.cypher"), "// schema\n");
    for (const name of QUERY_NAMES) writeFileSync(path.join(dir, `${name}.cypher`), `// ${name}\nRETURN 1\n`);
    return dir;
  };
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("loads every registered query of a complete folder", () => {
    const registry = loadQueryRegistry(completeCypherDir());
    expect([...registry.keys()]).toEqual([...QUERY_NAMES]);
  });

  it("loads the project's own cypher folder", () => {
    const registry = loadQueryRegistry(path.join(projectRoot, "cypher"));
    expect(registry.get("dbms-components")).toContain("dbms.components()");
  });

  it("rejects a registered query whose file is missing", () => {
    const cypher = completeCypherDir();
    unlinkSync(path.join(cypher, "count-graph.cypher"));
    const error = catchError(() => loadQueryRegistry(cypher));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([expect.stringContaining("cypher/count-graph.cypher is missing")]);
  });

  it("rejects a query file that is not registered", () => {
    const cypher = completeCypherDir();
    writeFileSync(path.join(cypher, "not-a-query.cypher"), "// not-a-query\nRETURN 1\n");
    const error = catchError(() => loadQueryRegistry(cypher));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([expect.stringContaining("cypher/not-a-query.cypher is not a registered query")]);
  });
});

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
