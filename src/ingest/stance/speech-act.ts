/**
 * Does a clause report a speech act? A reporting verb with its separable particle ("gaf ... aan",
 * "lichtte ... toe") or its participle, a light verb with a speech-act noun ("gaf een toelichting"),
 * or a predicate idiom that states a position ("gaat akkoord met", "staat achter"). A form after
 * a determiner is a noun ("de vragen"), and a verb right after a relative pronoun belongs to a
 * relative clause, not to the holder.
 */
import { NOMINAL_SPEECH_ACT, NOMINAL_SPEECH_ACT_VERB_LAST, REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import { PREDICATE_IDIOMS } from "../lexicon/stance-cues.js";
import { words } from "../sentences/words.js";
import { asThirdPerson } from "../lexicon/first-person.js";

const NOUN_MARKER = /^(?:de|het|een|deze|die|geen|enkele|veel|meer|alle|twee|drie|vier|aanvullende|nieuwe|eerdere|zijn|haar|hun)$/i;
const PARTICLE_IN_BEFORE: ReadonlySet<string> = new Set(["op", "over", "voor", "om", "met", "waarin", "waarmee", "tot", "namens", "samen"]);
const RELATIVE = /^(?:die|dat|welke|wat|waarin|waarop|waarmee|waarbij)$/i;

/**
 * The separable particle of a verb occurs later in the clause, as a particle: not as the
 * preposition of a phrase ("stelde voor de zomer") and, for "in", followed by "op" ("gaat in op").
 */
export function particleFollows(clause: string, tokens: string[], verbIndex: number, particle: string): boolean {
  for (let at = tokens.indexOf(particle, verbIndex + 1); at >= 0; at = tokens.indexOf(particle, at + 1)) {
    // "gaat in op" (ingaan op), or the particle closing the clause before at most a prepositional
    // complement ("dient een motie in", "dient een motie in over ...", "gaat er niet op in").
    if (particle === "in" && at !== tokens.length - 1 && !PARTICLE_IN_BEFORE.has(tokens[at + 1]!)) continue;
    const rest = clause.toLowerCase().split(new RegExp(`(?<![\\p{L}])${particle}(?![\\p{L}])`, "u"));
    // Count this occurrence of the particle among all of them, then look at the words right after it.
    const nth = tokens.slice(0, at + 1).filter((t) => t === particle).length;
    const after = rest[nth] ?? "";
    // A determiner after the particle makes it a preposition ("stelde voor de zomer"), unless an
    // infinitive with "te" follows: "stelde voor het aantal wedstrijden te beperken".
    // "spreekt van een stille ramp": the particle of "spreken van" always governs a noun phrase.
    if (particle !== "in" && particle !== "van" && /^\s+(?:de|het|een|deze|dit|die|zijn|haar|hun|ons|onze)\b/u.test(after) && !/\bte\s+\p{L}+en\b/u.test(after)) continue;
    return true;
  }
  return false;
}

/** The reporting verbs a word form can belong to (finite form, participle or separable infinitive). */
const VERBS_BY_FORM = new Map<string, typeof REPORTING_VERBS[number][]>();
for (const verb of REPORTING_VERBS) {
  const forms = [...verb.finite, ...(verb.participle ? [verb.participle.split(" ").pop()!] : [])];
  if (verb.particle && !verb.particle.includes(" ")) forms.push(`${verb.particle}${verb.finite[1] ?? ""}`);
  for (const form of forms) VERBS_BY_FORM.set(form, [...(VERBS_BY_FORM.get(form) ?? []), verb]);
}

// The rules ask the same question of one clause several times; answers are kept for recent clauses.
const answers = new Map<string, boolean>();

export function hasSpeechAct(clause: string): boolean {
  const known = answers.get(clause);
  if (known !== undefined) return known;
  const answer = speechActIn(asThirdPerson(clause));
  if (answers.size > 2000) answers.clear();
  answers.set(clause, answer);
  return answer;
}

function speechActIn(clause: string): boolean {
  if (NOMINAL_SPEECH_ACT.test(clause) || NOMINAL_SPEECH_ACT_VERB_LAST.test(clause)) return true;
  if (PREDICATE_IDIOMS.some((idiom) => idiom.pattern.test(clause))) return true;
  const tokens = words(clause).map((t) => t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const verb of VERBS_BY_FORM.get(token) ?? []) {
      // The participle, or the infinitive of a separable verb after a modal ("kon nog niet vooruitlopen op").
      const participle =
        verb.participle === token ||
        (verb.participle?.includes(" ") && clause.toLowerCase().includes(verb.participle)) ||
        (verb.particle !== undefined && !verb.particle.includes(" ") && token === `${verb.particle}${verb.finite[1] ?? ""}`);
      if (!participle && !verb.finite.includes(token)) continue;
      // A clause-initial "Dat", "Die" or "Deze" is a subject pronoun, not a determiner ("Die vindt dat ...").
      if (i > 0 && NOUN_MARKER.test(tokens[i - 1]!) && !(i === 1 && (/^d(?:i|a)t$/u.test(tokens[0]!) || /^\s*(?:Die|Deze)\s/u.test(clause)))) continue;
      // A relative pronoun inside the clause ("de notitie, die steunt op"), not a fronted "Dat" or "Dit".
      if (i > 1 && RELATIVE.test(tokens[i - 1]!)) continue;
      if (verb.particle && !participle && !particleFollows(clause, tokens, i, verb.particle)) continue;
      return true;
    }
  }
  return false;
}
