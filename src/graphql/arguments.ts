/** Checks on arguments shared by resolvers: page sizes, date windows, cursors. */
import { BadUserInputError, PageTooLargeError } from "../errors/app-error.js";
import type { ReviewState } from "../repositories/records.js";

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

export function checkConfidence(value: number | null | undefined, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new BadUserInputError(`${name} must be between 0 and 1 (got ${value})`);
  return value;
}

/**
 * The review states a filter asks for: `review` (or all) narrowed by `reviewed`; null when neither
 * is given (the repository then leaves out rejected statements only).
 */
export function reviewStatesOf(reviewed: boolean | null | undefined, review: readonly ReviewState[] | null | undefined): ReviewState[] | null {
  if ((reviewed === null || reviewed === undefined) && (review === null || review === undefined)) return null;
  let states: ReviewState[] = review ? [...new Set(review)] : ["unreviewed", "confirmed", "corrected"];
  if (reviewed === true) states = states.filter((state) => state !== "unreviewed" && (review ? true : state !== "rejected"));
  if (reviewed === false) states = states.filter((state) => state === "unreviewed");
  // An empty list would mean "no filter" to the repository; nothing can match, so say so.
  return states.length > 0 ? states : ["none" as ReviewState];
}
