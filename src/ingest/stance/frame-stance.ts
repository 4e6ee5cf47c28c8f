/**
 * The stance of the speech act itself: the first reporting verb of the clause that carries a
 * class ("steunen" support, "verzoeken" request, "kondigde ... aan" commitment). A separable verb
 * counts only when its particle follows and is not the preposition of a phrase ("stelde voor de
 * zomer" is not "voorstellen"). "niet"/"geen" right around the verb turns support into oppose.
 */
import type { Stance } from "../extraction.js";
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import { words } from "../sentences/words.js";

const DETERMINER = /^(?:de|het|een|deze|dit|die|zijn|haar|hun|ons|onze)$/i;
// Before a verb form these make it a noun: "geen vragen", "enkele verzoeken".
const NOUN_MARKER = /^(?:de|het|een|deze|die|geen|enkele|veel|meer|alle|twee|drie|vier|aanvullende|nieuwe|eerdere|zijn|haar|hun)$/i;
const CLASSED = REPORTING_VERBS.filter((v) => v.stance);

export interface FrameStance {
  stance: Stance;
  cue: string;
  negated: boolean;
}

export function frameStance(clause: string): FrameStance | null {
  const tokens = words(clause).map((t) => t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const verb of CLASSED) {
      const isParticiple = verb.participle === token;
      if (!isParticiple && !verb.finite.includes(token)) continue;
      if (i > 0 && NOUN_MARKER.test(tokens[i - 1]!)) continue;
      if (verb.particle && !isParticiple) {
        const at = tokens.indexOf(verb.particle, i + 1);
        if (at < 0 || DETERMINER.test(tokens[at + 1] ?? "")) continue;
      }
      const around = tokens.slice(Math.max(0, i - 2), i + 4);
      const negated = around.includes("niet") && verb.stance === "support";
      return { stance: negated ? "oppose" : verb.stance!, cue: negated ? `${token} niet` : token, negated };
    }
  }
  return null;
}
