/**
 * The first person singular read as the third: the lexicon spells its verbs in the forms minutes
 * use ("roept op", "vindt", "maakt zich zorgen"), while an interview, a column or a letter speaks
 * as "ik" ("Ik roep het kabinet op", "Daar maak ik me zorgen over", "Ik vind dat"). Only the verb
 * right before or after "ik" changes, to its third person (the stem plus -t, or an irregular form),
 * and only when that is a finite verb the lexicon knows: "vraag" stays a noun elsewhere.
 */
import { isFiniteVerb } from "./finite-verbs.js";

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["ben", "is"], ["heb", "heeft"], ["ga", "gaat"], ["sta", "staat"], ["sla", "slaat"], ["kom", "komt"], ["zeg", "zegt"],
]);

const NEXT_TO_IK = /(?<![\p{L}])(?:(ik)\s+(\p{L}+)|(\p{L}+)\s+(ik))(?![\p{L}])/giu;

function thirdPerson(word: string): string | null {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (isFiniteVerb(lower)) return null;
  return isFiniteVerb(`${lower}t`) ? `${word}t` : null;
}

export function asThirdPerson(clause: string): string {
  if (!/(?<![\p{L}])ik(?![\p{L}])/iu.test(clause)) return clause;
  return clause.replace(NEXT_TO_IK, (whole, ik1: string | undefined, after: string | undefined, before: string | undefined, ik2: string | undefined) => {
    if (ik1 !== undefined) {
      const verb = thirdPerson(after!);
      return verb ? `${ik1} ${verb}` : whole;
    }
    const verb = thirdPerson(before!);
    return verb ? `${verb} ${ik2}` : whole;
  });
}
