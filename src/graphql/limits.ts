/**
 * Query limits, checked after the operation is parsed and validated and before anything runs:
 * depth (fields nested in fields, fragments expanded; introspection fields not counted, since
 * `introspection` governs those) and complexity (graphql-query-complexity: 1 per field, a field
 * with `first` costs its children `first` times). Each has its own error code.
 *
 * A plugin hook rather than a validation rule: Apollo re-codes every validation error as
 * GRAPHQL_VALIDATION_FAILED, and clients need QUERY_TOO_DEEP / QUERY_TOO_COMPLEX to tell them apart.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { createRequire } from "node:module";
import type { ComplexityEstimator } from "graphql-query-complexity";

// Loaded as CommonJS on purpose: its ESM build imports graphql's .mjs files, a second copy of
// graphql next to the CommonJS one the schema is built with ("another module or realm").
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)("graphql-query-complexity") as typeof import("graphql-query-complexity");

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** A paginated or limited field costs 1 plus its children times the page size. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === "number" ? 1 + childComplexity * Math.max(1, args.first) : undefined;

export function operationDepth(document: DocumentNode, operationName: string | null | undefined): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((op) => op.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment cycle is a validation error already; stop rather than recurse forever.
        if (fragment && !seen.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** Measures kept per parsed document (Apollo's document store hands back the same object for the same query text). */
const MAX_MEASURES_PER_DOCUMENT = 64;
const measured = new WeakMap<DocumentNode, Map<string, { depth: number; complexity: number | null }>>();

/**
 * Depth and complexity of an operation. They depend only on the document, the operation and the
 * variables, and computing the complexity walks the whole query with its types (a few percent of
 * the API's CPU per request), so repeated requests reuse the figures.
 */
function measure(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>) {
  const key = `${operationName ?? ""}\u0000${JSON.stringify(variables)}`;
  let byRequest = measured.get(document);
  const known = byRequest?.get(key);
  if (known) return known;
  const depth = operationDepth(document, operationName);
  let complexity: number | null;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      ...(operationName ? { operationName } : {}),
      variables,
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Only invalid variables make this throw; execution rejects them next, before any
    // resolver runs, with the proper BAD_USER_INPUT error. Nothing expensive can happen.
    complexity = null;
  }
  if (!byRequest) measured.set(document, (byRequest = new Map()));
  if (byRequest.size >= MAX_MEASURES_PER_DOCUMENT) byRequest.clear();
  const figures = { depth, complexity };
  byRequest.set(key, figures);
  return figures;
}

export function limitsPlugin<T extends object>(limits: QueryLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const { depth, complexity } = measure(schema, document, operationName, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`The query is ${depth} levels deep; the maximum is ${limits.maxDepth}`, {
              extensions: { code: "QUERY_TOO_DEEP", http: { status: 400 } },
            });
          }
          if (complexity !== null && complexity > limits.maxComplexity) {
            throw new GraphQLError(`The query's complexity is ${complexity}; the maximum is ${limits.maxComplexity}`, {
              extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
