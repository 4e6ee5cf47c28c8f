import { printSchema } from "graphql";
import { buildApiSchema } from "./schema.js";

const HEADER = "# Generated from src/graphql by `npm run schema:emit`; do not edit by hand.\n\n";

/** The SDL as committed in schema/schema.graphql. */
export function printApiSchema(): string {
  return `${HEADER}${printSchema(buildApiSchema())}\n`;
}
