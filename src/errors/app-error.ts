import type { ErrorCode } from "./codes.js";

/**
 * An expected failure with a code. The GraphQL layer exposes `code` as `extensions.code`; the CLI
 * prints `message` as one line. Anything that is not an AppError is unexpected and gets masked.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class ConfigurationError extends AppError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super("CONFIGURATION", `Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.problems = problems;
  }
}

/** Neo4j cannot be reached, or is shutting down; the caller may try again later. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("SERVICE_UNAVAILABLE", message, options);
  }
}

/** The database refused a query for a reason that retrying will not fix. */
export class DatabaseError extends AppError {
  readonly neo4jCode: string | undefined;
  constructor(message: string, neo4jCode: string | undefined, options?: { cause?: unknown }) {
    super("DATABASE", message, options);
    this.neo4jCode = neo4jCode;
  }
}

/** A document that cannot be read or extracted; names the file and the reason. */
export class BadDocumentError extends AppError {
  readonly source: string;
  readonly reason: string;
  constructor(source: string, reason: string, options?: { cause?: unknown }) {
    super("BAD_DOCUMENT", `${source}: ${reason}`, options);
    this.source = source;
    this.reason = reason;
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string) {
    super("BAD_USER_INPUT", message);
  }
}

/** No valid API key where one is required (mutations, or reads when reads are protected). */
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super("UNAUTHENTICATED", message);
  }
}

/** A page larger than config.api.maxPageSize was asked for. */
export class PageTooLargeError extends AppError {
  constructor(asked: number, max: number) {
    super("PAGE_TOO_LARGE", `A page of ${asked} is larger than the maximum of ${max}; ask for fewer and page with \`after\``);
  }
}

/** Too many mutations from one API key in the current minute. */
export class RateLimitedError extends AppError {
  constructor(message: string) {
    super("RATE_LIMITED", message);
  }
}

/**
 * The client closed its connection while its query still waited for a transaction slot: the query
 * is not run (nobody would read the answer, and the work would delay the clients still waiting).
 */
export class ClientClosedRequestError extends AppError {
  constructor() {
    super("CLIENT_CLOSED_REQUEST", "The client closed the request before its query ran");
  }
}
