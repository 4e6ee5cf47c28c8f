/**
 * The stance of the speech act itself: the first reporting verb of the clause that carries a
 * class ("steunen" support, "verzoeken" request, "kondigde ... aan" commitment). A separable verb
 * counts only when its particle follows and is not the preposition of a phrase ("stelde voor de
 * zomer" is not "voorstellen"). "niet" right around the verb turns support into oppose and oppose
 * into support.
 */
import type { Stance } from "../extraction.js";
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import { words } from "../sentences/words.js";
import { particleFollows } from "./speech-act.js";

// Before a verb form these make it a noun: "geen vragen", "enkele verzoeken".
const NOUN_MARKER = /^(?:de|het|een|deze|die|geen|enkele|veel|meer|alle|twee|drie|vier|aanvullende|nieuwe|eerdere|zijn|haar|hun)$/i;
const CLASSED = REPORTING_VERBS.filter((v) => v.stance);
const RELATIVE = /^(?:die|dat|welke|wat|waarin|waarop|waarmee|waarbij)$/i;
/** The first part of a compound with "stellen" other than "voorstellen": "beschikbaar stellen", "centraal stellen", "ter beschikking stellen". */
const COMPOUND_FIRST_PART = /^(?:beschikbaar|vast|centraal|voorop|verantwoordelijk|aansprakelijk|gerust|teleur|tevreden|beschikking|orde|kaart|discussie|vraag|zeker|gelijk|tentoon|uit|in|op|aan|bij|ter)$/i;

export interface FrameStance {
  stance: Stance;
  cue: string;
  negated: boolean;
  /** Offset of the verb in the clause. */
  index: number;
}

export function frameStance(clause: string): FrameStance | null {
  const found = words(clause);
  const tokens = found.map((t) => t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const verb of CLASSED) {
      const isParticiple = verb.participle === token;
      if (!isParticiple && !verb.finite.includes(token)) continue;
      if (i > 0 && NOUN_MARKER.test(tokens[i - 1]!) && !(i === 1 && /^d(?:i|a)t$/u.test(tokens[0]!))) continue;
      // A verb of a relative clause is not the holder's predicate ("de notitie, die steunt op een studie").
      // A participle after "dat" ends a clause whose object "dat" is ("Wij hebben dat verwelkomd").
      if (i > 1 && RELATIVE.test(tokens[i - 1]!) && !isParticiple) continue;
      if (verb.lemma === "steunen" && tokens[i + 1] === "op") continue;
      // "beschikbaar stelt voor ...", "vaststellen": the verb belongs to another compound, whose first part stands before it.
      if (verb.lemma === "voorstellen" && COMPOUND_FIRST_PART.test(tokens[i - 1] ?? "")) continue;
      // "stellen gemeentelijke locaties beschikbaar voor ...": "voor" opens the phrase after "beschikbaar stellen".
      const voorAt = verb.lemma === "voorstellen" ? tokens.indexOf("voor", i + 1) : -1;
      if (voorAt > i && tokens.slice(i + 1, voorAt).includes("beschikbaar")) continue;
      if (verb.particle && !isParticiple && !particleFollows(clause, tokens, i, verb.particle)) continue;
      const around = tokens.slice(Math.max(0, i - 2), i + 4);
      const at = around.indexOf("niet");
      // "steunt niet" opposes; "ontraadt de motie niet", "wijst het niet af" let it pass. Not "niet alleen / zozeer".
      const negated = at >= 0 && !/^(?:alleen|zozeer|enkel|slechts)$/.test(around[at + 1] ?? "") && (verb.stance === "support" || verb.stance === "oppose");
      const stance = negated ? (verb.stance === "support" ? "oppose" : "support") : verb.stance!;
      return { stance, cue: negated ? `${token} niet` : token, negated, index: found[i]!.start };
    }
  }
  return null;
}
