/**
 * Re-indexes at start-up the statements, actors and topics whose `searchText` was written by
 * another version of the search terms (src/search/index-text.ts: SEARCH_TEXT_VERSION), in batches,
 * one write transaction each. On an up-to-date graph it is one read that finds nothing.
 */
import { SEARCH_TEXT_VERSION, searchTextOf, searchTextOfNames } from "../search/index-text.js";
import type { Database } from "./database.js";

/** Nodes of each label per transaction. */
export const SEARCH_BACKFILL_BATCH = 2_000;

export async function backfillSearchText(db: Pick<Database, "read" | "writeTransaction">, options: { timeoutMs?: number } = {}): Promise<{ nodes: number }> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  let nodes = 0;
  for (;;) {
    const rows = await db.read("search-text-outdated", { version: SEARCH_TEXT_VERSION, limit: SEARCH_BACKFILL_BATCH }, { timeoutMs });
    if (rows.length === 0) return { nodes };
    const updates = rows.map((row) => {
      const kind = String(row.kind);
      const text = String(row.text ?? "");
      const aliases = Array.isArray(row.aliases) ? row.aliases.map(String) : [];
      return { kind, id: String(row.id), searchText: kind === "statement" ? searchTextOf(text) : searchTextOfNames(text, aliases), searchVersion: SEARCH_TEXT_VERSION };
    });
    await db.writeTransaction((tx) => tx.run("search-text-update", { rows: updates }), { timeoutMs, operation: "search-text-backfill" });
    nodes += updates.length;
  }
}
