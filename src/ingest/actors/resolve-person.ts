/**
 * Who answers for an office on a date, from the gazetteer's tenures (inclusive ranges). The same
 * rule is applied to the tenures in the graph by cypher/resolve-statements.cypher and by
 * `Office.holderOn`; tests/ingest/tenures.test.ts, tests/api/handover.test.ts and
 * tests/api/tenure-table.test.ts check all three on the sourced tenures.
 *
 * - A tenure answers on the days it covers, unless it is `unconfirmed`: a statement is pinned on a
 *   real person only when a source says that person held the office that day.
 * - When an acting tenure (waarnemer, locoburgemeester) answers, only acting tenures do: the
 *   acting holder answers for the days it overlaps a formal holder who laid down the duties.
 * - The office resolves to a person only when exactly one person answers: no one on a day no
 *   sourced tenure covers (never the nearest holder), and no one when several co-holders could be
 *   meant (two staatssecretarissen).
 */
import type { Gazetteer, Holding } from "../gazetteer/gazetteer.js";

/** True when the holding covers the ISO date and its status lets it resolve statements. */
export function answersOn(holding: Holding, isoDate: string): boolean {
  return holding.status !== "unconfirmed" && holding.from <= isoDate && (holding.to === undefined || isoDate <= holding.to);
}

/** The tenures (of one office) that answer for it on the date: the acting ones when any answer. */
export function answeringTenures<T extends Holding>(tenures: readonly T[], isoDate: string): T[] {
  const covering = tenures.filter((tenure) => answersOn(tenure, isoDate));
  return covering.some((tenure) => tenure.acting) ? covering.filter((tenure) => tenure.acting) : covering;
}

/** The one person answering for the office on the date, or undefined (unknown, or several). */
export function soleHolder<T extends Holding>(tenures: readonly T[], isoDate: string, personOf: (tenure: T) => string): T | undefined {
  const answering = answeringTenures(tenures, isoDate);
  return new Set(answering.map(personOf)).size === 1 ? answering[0] : undefined;
}

export function personHolding(gazetteer: Gazetteer, officeId: string, isoDate: string | null): string | undefined {
  if (!isoDate) return undefined;
  const tenures = gazetteer.tenures.filter((tenure) => tenure.officeId === officeId);
  return soleHolder(tenures, isoDate, (tenure) => tenure.personId)?.personId;
}
