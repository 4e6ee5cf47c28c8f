/** Dutch month names and abbreviations, to month numbers. */
export const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
/** "16 september 2019", "5 sept.", "28 oktober". Groups: day, month, year (optional). */
export const DUTCH_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${NAMES})\\.?(?:\\s+(\\d{4}))?\\b`, "gi");

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
