/**
 * Turns every error into a safe response, and never throws itself (modelled on Apollo's
 * errorNormalize): AppErrors keep their message and code; errors graphql-js or Apollo made
 * (parse, validation, variable coercion) keep theirs; anything else is unexpected and, in
 * production, becomes "Internal server error" with no message, stack, Cypher or path from it.
 */
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "../errors/app-error.js";

const INTERNAL = { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } } as const;

export function createFormatError(production: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const original = unwrapResolverError(error);
      const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
      if (original instanceof AppError) {
        if (original.code === "DATABASE" || original.code === "SERVICE_UNAVAILABLE") log(`${original.code}: ${original.message}`);
        // The unavailability message names the database address: operators need it, clients do not.
        const message = production && original.code === "SERVICE_UNAVAILABLE" ? "The database is unavailable; try again later" : original.message;
        return { message, ...where, extensions: { code: original.code } };
      }
      if (original instanceof GraphQLError) {
        if (!production) return formatted;
        const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
      log(`unexpected error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
      if (production) return { ...INTERNAL, ...where };
      return { ...formatted, extensions: { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" } };
    } catch {
      return INTERNAL;
    }
  };
}
