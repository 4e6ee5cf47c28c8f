/**
 * The actor–topic counts (MonthCount, YearCount, COUNTED_IN) must always equal a recount from the
 * statements: cypher/load-check-stance-counts.cypher recomputes them from scratch and returns them
 * next to the stored ones; this compares the two (and the keys the refresh builds).
 */
import { expect } from "vitest";
import type { Database, Row } from "../../src/db/database.js";

const SEPARATOR = "\u001f";

type Counts = { months: Row[]; years: Row[] };

/** The stored counts, in a stable order (for comparing two states of the graph). */
export async function storedCounts(db: Database): Promise<Counts> {
  const [row] = await db.read("load-check-stance-counts");
  return { months: byKey(row?.storedMonths as Row[], monthKey), years: byKey(row?.storedYears as Row[], yearKey) };
}

export async function expectCountsMatchStatements(db: Database, step: string): Promise<Counts> {
  const [row] = await db.read("load-check-stance-counts");
  expect(row?.strayLinks, `${step}: COUNTED_IN only from statements to month counts`).toBe(0);
  expect(row?.wrongTopicIds, `${step}: every statement's topicIds are its ABOUT topics`).toEqual([]);
  const storedMonths = byKey(row?.storedMonths as Row[], monthKey);
  const storedYears = byKey(row?.storedYears as Row[], yearKey);
  for (const month of storedMonths) expect(month.key, `${step}: month key`).toBe(monthKey(month));
  for (const year of storedYears) expect(year.key, `${step}: year key`).toBe(yearKey(year));
  const withoutKey = ({ key: _key, ...rest }: Row) => rest;
  expect(storedMonths.map(withoutKey), `${step}: month counts`).toEqual(byKey(row?.expectedMonths as Row[], monthKey));
  expect(storedYears.map(withoutKey), `${step}: year counts`).toEqual(byKey(row?.expectedYears as Row[], yearKey));
  expect(storedMonths.length, `${step}: some counts`).toBeGreaterThan(0);
  return { months: storedMonths, years: storedYears };
}

function monthKey(row: Row): string {
  return [row.actorId, row.topicId, row.stance, row.month].join(SEPARATOR);
}

function yearKey(row: Row): string {
  return [row.actorId, row.topicId, row.stance, row.year].join(SEPARATOR);
}

function byKey(rows: Row[], key: (row: Row) => string): Row[] {
  return rows
    .map((row) => (Array.isArray(row.statementIds) ? { ...row, statementIds: [...(row.statementIds as string[])].sort() } : row))
    .sort((a, b) => key(a).localeCompare(key(b)));
}
