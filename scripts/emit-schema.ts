/** Writes the SDL of the GraphQL schema to schema/schema.graphql (`npm run schema:emit`). */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/config/project-root.js";
import { printApiSchema } from "../src/graphql/print-schema.js";

const target = path.join(projectRoot, "schema", "schema.graphql");
writeFileSync(target, printApiSchema());
process.stdout.write(`wrote ${path.relative(projectRoot, target)}\n`);
