import neo4j from "neo4j-driver";

/**
 * Converts driver values to plain JSON-friendly values: Integer -> number, temporal values ->
 * ISO strings, nodes -> their properties, lists and maps recursively.
 * Primitives (most values: strings and floats) return before any of the driver's type checks,
 * which cost a property lookup each and were a tenth of the API's CPU time on large answers.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  const map = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in map) if (Object.hasOwn(map, key)) out[key] = toPlain(map[key]);
  return out;
}
