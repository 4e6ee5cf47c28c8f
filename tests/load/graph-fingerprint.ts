/**
 * Counts and a checksum of every node's labels and properties and every relationship, so a test
 * can prove that an operation changed nothing at all (not even a property value).
 */
import { createHash } from "node:crypto";
import type { Database } from "../../src/db/database.js";

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const nodes = await db.read("load-check-nodes");
  const relationships = await db.read("load-check-relationships");
  const lines = [
    ...nodes.map((row) => `N ${JSON.stringify([...(row.labels as string[])].sort())} ${stableJson(row.properties)}`),
    ...relationships.map((row) => `R ${String(row.from)} ${String(row.type)} ${String(row.to)} ${stableJson(row.properties)}`),
  ].sort();
  return { nodes: nodes.length, relationships: relationships.length, checksum: createHash("sha256").update(lines.join("\n")).digest("hex") };
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
