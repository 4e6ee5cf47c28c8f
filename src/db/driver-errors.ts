import { Neo4jError } from "neo4j-driver";
import { AppError, DatabaseError, ServiceUnavailableError } from "../errors/app-error.js";

/** Codes that mean "the database is not there right now", whatever the message says. */
const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Cluster.NotALeader"]);

/**
 * Turns anything the driver throws into an AppError: unavailability (connection refused, server
 * shutting down, transient errors left after the driver's retries) becomes SERVICE_UNAVAILABLE;
 * other database errors become DATABASE with the server's code kept for logs. AppErrors thrown by
 * the caller's own work inside a transaction pass through unchanged.
 */
export function translateDriverError(error: unknown, uri: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (UNAVAILABLE_CODES.has(code) || code.startsWith("Neo.TransientError.") || code.startsWith("Neo.DatabaseError.Transaction")) {
      return new ServiceUnavailableError(`Neo4j at ${uri} is unavailable (${code})`, { cause: error });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
      return new DatabaseError("The query took longer than the transaction timeout", code, { cause: error });
    }
    return new DatabaseError(`Neo4j refused a query (${code})`, code, { cause: error });
  }
  return new DatabaseError("Unexpected failure talking to Neo4j", undefined, { cause: error });
}
