/** Which person held an office on a date, from the gazetteer's tenures (inclusive ranges). */
import type { Gazetteer } from "../gazetteer/gazetteer.js";

export function personHolding(gazetteer: Gazetteer, officeId: string, isoDate: string | null): string | undefined {
  if (!isoDate) return undefined;
  const tenure = gazetteer.tenures.find((t) => t.officeId === officeId && t.from <= isoDate && (t.to === undefined || isoDate <= t.to));
  return tenure?.personId;
}
