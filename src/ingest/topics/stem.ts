/**
 * A light Dutch stemmer for topic matching: enough to unify singular/plural and adjective
 * inflection ("klachten"/"klacht", "boa's"/"boa", "landelijke"/"landelijk"), not a full Snowball.
 * Applied identically to aliases and text, so over-stemming is harmless for matching.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length > 5 && w.endsWith("heden")) return w.slice(0, -5) + "heid";
  if (w.length > 5 && w.endsWith("ingen")) return w.slice(0, -2);
  if (w.length > 5 && w.endsWith("en")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  // Undo consonant doubling left by -en ("klachten" -> "klacht" is fine; "wetten" -> "wett" -> "wet").
  if (/([bdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
