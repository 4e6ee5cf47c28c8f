/** The Apollo server for the schema: limits, error formatting, CSRF prevention, no remote landing page. */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Config } from "../config/config.js";
import type { GraphQLContext } from "./context.js";
import { createFormatError } from "./format-error.js";
import { limitsPlugin } from "./limits.js";
import { buildApiSchema } from "./schema.js";

export function createApiServer(api: Config["api"], log: (line: string) => void): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: buildApiSchema(),
    introspection: api.introspection,
    // Requires a JSON content type or a preflight header, so a browser form cannot fire a request.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !api.production,
    formatError: createFormatError(api.production, log),
    // Apollo's default landing page loads scripts from a CDN; GraphiQL is served offline instead.
    // No cache hints are used: without this Apollo wraps every field resolver to collect them
    // (measured: ~2% of the API's CPU on a year's network).
    plugins: [limitsPlugin<GraphQLContext>(api), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    logger: { debug: () => undefined, info: () => undefined, warn: (m: unknown) => log(`apollo: ${String(m)}`), error: (m: unknown) => log(`apollo: ${String(m)}`) },
  });
}
