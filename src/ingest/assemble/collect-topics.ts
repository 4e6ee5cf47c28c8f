/** The topics an Extraction lists: every topic used, curated or new, with its broader ancestors. */
import type { ExtractedTopic } from "../extraction.js";

export function collectTopics(
  used: Set<string>,
  curated: Map<string, { id: string; label: string; aliases: string[]; broader: string[] }>,
  discovered: Map<string, ExtractedTopic>,
): ExtractedTopic[] {
  const ids = new Set<string>();
  const visit = (id: string): void => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const b of curated.get(id)?.broader ?? discovered.get(id)?.broader ?? []) visit(b);
  };
  for (const id of used) visit(id);
  return [...ids].sort().flatMap((id) => {
    const c = curated.get(id);
    if (c) return [{ id, label: c.label, aliases: c.aliases, broader: c.broader, isNew: false }];
    const d = discovered.get(id);
    return d ? [d] : [];
  });
}
