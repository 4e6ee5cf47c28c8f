import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: where `cypher/`, `seeds/`, `schema/` and `neo4j/` live. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
