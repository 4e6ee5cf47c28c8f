/**
 * The six stances and their colours. The palette is Okabe–Ito, distinguishable with the common
 * colour-vision deficiencies; every colour is also paired with a text label (legend, badges).
 */
export const STANCES = ["support", "oppose", "concern", "request", "commitment", "inform"] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_COLOUR: Record<Stance, string> = {
  support: "#0072B2",
  oppose: "#D55E00",
  concern: "#E69F00",
  request: "#CC79A7",
  commitment: "#009E73",
  inform: "#999999",
};

export const STANCE_LABEL: Record<Stance, string> = {
  support: "support",
  oppose: "oppose",
  concern: "concern",
  request: "request",
  commitment: "commitment",
  inform: "inform",
};

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}
