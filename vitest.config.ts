import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 has no exports map: Vite would load index.mjs for test code while type-graphql
// (CommonJS) loads index.js, giving two realms. Pin every import to the one CommonJS entry.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: { graphql: graphqlEntry } },
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    globalSetup: ["tests/setup/global-neo4j.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Files that touch data share one Neo4j; they isolate by wiping, so run files one at a time.
    fileParallelism: false,
    env: { TZ: "UTC" },
  },
});
