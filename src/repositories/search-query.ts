/** Topic keys as users type them: ids, labels or aliases, matched case-insensitively. */
export function topicKeys(values: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (!trimmed) continue;
    keys.add(trimmed);
    keys.add(trimmed.toLowerCase());
  }
  return [...keys];
}
