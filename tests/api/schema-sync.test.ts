/** The committed SDL (schema/schema.graphql) is what the code builds; the explorer relies on it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
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

  // type-graphql wraps every field in a middleware runner unless its type says simpleResolvers:
  // about a tenth of the API's CPU per request on answers of many small objects (issue 19).
  it("resolves every plain field with graphql-js's default resolver", () => {
    const schema = buildApiSchema();
    const storage = getMetadataStorage();
    const typeName = new Map<Function | undefined, string>([...storage.objectTypes, ...storage.interfaceTypes].map((type) => [type.target, type.name]));
    const withResolver = new Set(storage.fieldResolvers.map((resolver) => `${typeName.get(resolver.getObjectType?.()) ?? "?"}.${resolver.schemaName}`));
    const wrapped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || ["Query", "Mutation"].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const owners = [type.name, ...type.getInterfaces().map((parent) => parent.name)];
        if (field.resolve && !owners.some((owner) => withResolver.has(`${owner}.${field.name}`))) wrapped.push(`${type.name}.${field.name}`);
      }
    }
    expect(wrapped).toEqual([]);
  });
});
