/**
 * The five networks the API computes (`NetworkKind`), with what they mean for the reader.
 * The explorer draws exactly the API's answer; these labels only explain it.
 */
export const NETWORK_KINDS = ["actor-topic", "congruence", "conflict", "subtract", "topics"] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const DEFAULT_KIND: NetworkKind = "actor-topic";

export const KIND_LABEL: Record<NetworkKind, string> = {
  "actor-topic": "Actors & topics",
  congruence: "Actor congruence",
  conflict: "Actor conflict",
  subtract: "Congruence − conflict",
  topics: "Topic network",
};

export const KIND_HELP: Record<NetworkKind, string> = {
  "actor-topic": "Actors (circles) linked to the topics (boxes) they made statements on; the link's width is its weight, its colour the stance (or polarity).",
  congruence: "Actors linked by the (topic, stance) pairs they share; weight = number of shared pairs (normalised if chosen).",
  conflict: "Actors linked when, on the same topic, one opposes while the other supports, requests or commits; weight = number of such combinations.",
  subtract: "Congruence minus conflict (each normalised first): blue links agree on balance, vermillion links disagree.",
  topics: "Topics linked by statements about both (or by actors who spoke on both); weight = number of them (normalised if chosen).",
};

/** Shared links written before the API networks used these names. */
const LEGACY_KIND: Record<string, NetworkKind> = { "two-mode": "actor-topic", cooccurrence: "topics" };

export function parseKind(value: string | null): NetworkKind {
  if (value && (NETWORK_KINDS as readonly string[]).includes(value)) return value as NetworkKind;
  return (value && LEGACY_KIND[value]) || DEFAULT_KIND;
}

/** Which node kinds a network draws (search switches to a network that has the hit). */
export function drawsActors(kind: NetworkKind): boolean {
  return kind !== "topics";
}
export function drawsTopics(kind: NetworkKind): boolean {
  return kind === "actor-topic" || kind === "topics";
}
