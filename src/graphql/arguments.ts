/** Checks on arguments shared by resolvers: page sizes, date windows, cursors. */
import { BadUserInputError, PageTooLargeError } from "../errors/app-error.js";

export function checkPageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError(`first must be a whole number of 0 or more (got ${first})`);
  if (first > max) throw new PageTooLargeError(first, max);
  return first;
}

export function checkDateRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw new BadUserInputError(`The date range is empty: from ${from} is after to ${to}`);
}

const CURSOR_PREFIX = "statement:";

/** Cursors are opaque to clients: the sort key of a statement, base64url-encoded. */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(CURSOR_PREFIX) || decoded.length === CURSOR_PREFIX.length) {
    throw new BadUserInputError("after is not a cursor returned by this API");
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/** null for "not given", so an empty list stays a filter that matches nothing. */
export const listOrNull = <T>(value: readonly T[] | null | undefined): T[] | null => (value === null || value === undefined ? null : [...value]);
