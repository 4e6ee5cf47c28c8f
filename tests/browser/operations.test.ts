/**
 * The explorer's GraphQL operations (src/web/api/operations.ts and api/network-operations.ts)
 * must stay valid against the committed schema: a schema change that breaks the page fails here,
 * without a browser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import * as networkOperations from "../../src/web/api/network-operations.js";
import * as operations from "../../src/web/api/operations.js";

const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8"));
const documents = Object.entries({ ...operations, ...networkOperations } as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === "string");

describe("explorer GraphQL operations", () => {
  it("has operations to check", () => {
    expect(documents.map(([name]) => name).sort()).toEqual(["CORPUS_STATEMENTS", "DOCUMENT", "EXPORT_NETWORK", "NETWORK", "NETWORK_WINDOWS", "REFERENCE", "SEARCH"]);
  });
  it.each(documents)("%s is valid against schema/schema.graphql", (_name, source) => {
    const errors = validate(schema, parse(source));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
