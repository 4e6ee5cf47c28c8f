/**
 * Dependency direction of src/ (npm run lint; tests/lint/dependencies.test.ts runs it in npm test).
 * Ingestion is pure (documents in, Extraction out); only src/db talks to neo4j-driver; the GraphQL
 * layer reaches the database through src/repositories only.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "ingest-is-pure",
      comment: "src/ingest turns documents into Extractions; it must not know about storage or serving.",
      severity: "error",
      from: { path: "^src/ingest/" },
      to: { path: ["^src/(graphql|server|db|load|repositories)/", "(^|/)node_modules/neo4j-driver/"] },
    },
    {
      name: "only-db-imports-neo4j-driver",
      comment: "src/db is the one gateway to Neo4j; everything else uses its Database and AppErrors.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/db/" },
      to: { path: "(^|/)node_modules/neo4j-driver/" },
    },
    {
      name: "graphql-goes-through-repositories",
      comment: "Resolvers read and write through src/repositories, never src/db directly.",
      severity: "error",
      from: { path: "^src/graphql/" },
      to: { path: ["^src/db/", "(^|/)node_modules/neo4j-driver/"] },
    },
    {
      name: "src-does-not-import-tests",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^tests/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "(^|/)node_modules/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
  },
};
