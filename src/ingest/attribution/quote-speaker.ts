/**
 * The speaker a tag names right after direct speech: '"...", aldus Wolters.', '"...", stelt
 * Voskuilen, de burgemeester van X.', '"...", zo verwoordt hij zijn streven.' A pronoun in the tag
 * is resolved against the discourse so far.
 */
import type { ActorIndex } from "../actors/actor-index.js";
import { mergeRoleAndName } from "../actors/merge-mentions.js";
import { REPORTING_FINITE_FORMS } from "../lexicon/reporting-verbs.js";
import type { Quote } from "../sentences/quotes.js";
import type { DiscourseState, Holder } from "./discourse.js";

const TAG = /^\s*,?\s*(?:(aldus)|(?:zo\s+)?([a-zà-öø-ÿ]+))\s+((?:(?:de|het|voorzitter|burgemeester|minister|korpschef|wethouder)\s+)*)/i;

export function quoteTag(text: string, quote: Quote, index: ActorIndex, state: DiscourseState): { speaker: Holder; named: boolean } | null {
  const after = text.slice(quote.close, quote.close + 140);
  const tag = TAG.exec(after);
  if (!tag) return null;
  if (!tag[1] && !REPORTING_FINITE_FORMS.has(tag[2]!.toLowerCase())) return null;
  const at = quote.close + tag[0].length - (tag[3]?.length ?? 0);
  const mention = mergeRoleAndName(text, index.find(text, at, Math.min(text.length, at + 100)))[0];
  if (mention && mention.start - at <= (tag[3]?.length ?? 0) + 1) {
    return { speaker: { actorIds: [mention.actorId], plural: mention.plural, human: mention.human }, named: true };
  }
  const pronoun = /^(hij|zij|ze)\b/i.exec(text.slice(at, at + 4));
  if (pronoun) {
    const verb = (tag[2] ?? "").toLowerCase();
    const found = state.resolvePronoun(pronoun[1]!.toLowerCase() !== "hij" && /n$/u.test(verb));
    if (found) return { speaker: found.holder, named: false };
  }
  return null;
}
