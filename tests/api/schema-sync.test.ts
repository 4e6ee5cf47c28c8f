/** The committed SDL (schema/schema.graphql) is what the code builds; the explorer relies on it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { printApiSchema } from "../../src/graphql/print-schema.js";
import { buildApiSchema } from "../../src/graphql/schema.js";

describe("schema/schema.graphql", () => {
  it("matches the schema built from src/graphql", () => {
    const committed = readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8");
    const built = printApiSchema();
    if (committed !== built) {
      expect.fail("schema/schema.graphql is out of date with src/graphql: run `npm run schema:emit` and commit the result");
    }
  });

  it("describes every type and field", () => {
    const undocumented: string[] = [];
    for (const type of Object.values(buildApiSchema().getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      // type-graphql gives the root types no description; their fields are described below.
      if (!type.description && !["Query", "Mutation"].includes(type.name)) undocumented.push(type.name);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
