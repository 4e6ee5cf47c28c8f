/** Every error code a client or an operator can see. One list, so codes never drift. */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SERVICE_UNAVAILABLE",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COMPLEX",
  "PAGE_TOO_LARGE",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
  "CLIENT_CLOSED_REQUEST",
  "BAD_DOCUMENT",
  "CONFIGURATION",
  "DATABASE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
