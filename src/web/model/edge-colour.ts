/**
 * The colour of a link, always from the Okabe–Ito palette: the stance of a per-stance link, the
 * polarity of a combined link, the sign of a signed weight, and otherwise the stance most of the
 * statements behind the link take.
 */
import { STANCES, STANCE_COLOUR, type Stance } from "./stance.js";
import type { NetworkEdgeData } from "./types.js";

export const POLARITIES = ["positive", "negative", "mixed", "neutral"] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Positive and negative reuse support and oppose; mixed is Okabe–Ito black, neutral its grey. */
export const POLARITY_COLOUR: Record<Polarity, string> = {
  positive: STANCE_COLOUR.support,
  negative: STANCE_COLOUR.oppose,
  mixed: "#000000",
  neutral: STANCE_COLOUR.inform,
};

const isPolarity = (value: string | null): value is Polarity => value !== null && (POLARITIES as readonly string[]).includes(value);

export function dominantStance(stances: Partial<Record<Stance, number>>): Stance {
  let best: Stance = "inform";
  let most = 0;
  for (const stance of STANCES) {
    const count = stances[stance] ?? 0;
    if (count > most) {
      best = stance;
      most = count;
    }
  }
  return best;
}

/** `signed`: the weight itself says for or against (subtract network or subtract qualifier). */
export function edgeColour(edge: NetworkEdgeData, signed: boolean, conflict: boolean): string {
  if (edge.stance) return STANCE_COLOUR[edge.stance];
  if (isPolarity(edge.polarity)) return POLARITY_COLOUR[edge.polarity];
  if (conflict) return STANCE_COLOUR.oppose;
  if (signed) return edge.weight < 0 ? POLARITY_COLOUR.negative : POLARITY_COLOUR.positive;
  return STANCE_COLOUR[dominantStance(edge.stances)];
}
