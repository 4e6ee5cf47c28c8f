/**
 * The explorer's GraphQL operations (src/web/api/operations.ts, api/statement-operations.ts,
 * api/network-operations.ts and api/review-operations.ts) must stay valid against the committed schema: a schema change that
 * breaks the page fails here, without a browser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import * as networkOperations from "../../src/web/api/network-operations.js";
import * as operations from "../../src/web/api/operations.js";
import * as reviewOperations from "../../src/web/api/review-operations.js";
import * as statementOperations from "../../src/web/api/statement-operations.js";

const schema = buildSchema(readFileSync(path.join(projectRoot, "schema", "schema.graphql"), "utf8"));
const constants = Object.entries({ ...operations, ...statementOperations, ...networkOperations, ...reviewOperations } as Record<string, unknown>)
  .filter((entry): entry is [string, string] => typeof entry[1] === "string")
  // Fields, not an operation.
  .filter(([name]) => name !== "STATEMENT_FIELDS");
const documents: [string, string][] = [...constants, ["statementsByIdsQuery(3)", statementOperations.statementsByIdsQuery(3)]];

describe("explorer GraphQL operations", () => {
  it("has operations to check", () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      "CONFIRM", "CORRECT", "CREATE_ACTOR", "CREATE_TOPIC", "DOCUMENT", "EXPORT_NETWORK", "MEETINGS", "NETWORK", "NETWORK_WINDOWS", "REFERENCE", "REJECT",
      "REVIEW_DOCUMENTS", "REVIEW_STATEMENTS", "SEARCH", "STATEMENTS", "STATEMENT_COUNTS", "statementsByIdsQuery(3)",
    ]);
  });
  it.each(documents)("%s is valid against schema/schema.graphql", (_name, source) => {
    const errors = validate(schema, parse(source));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
