/**
 * A written question and its answer: in the minutes of a committee's "rondvragen" a question to
 * the college ("Graag een antwoord van het college wat ...?", "Kan de burgemeester toezeggen ...?")
 * is followed by a paragraph with the answer, which names nobody: its clauses without a holder of
 * their own, and its "we", are the addressee's (R19-answer), not the asker's.
 */
import type { ActorMention } from "../actors/actor-index.js";
import { isAddressee } from "./addressees.js";

export const QUESTION_END = /\?["'’”)]*\s*$/u;
const ANSWER_FROM = /\bantwoord(?:en)?\s+(?:\S+\s+){0,2}van\s+(?:de\s+|het\s+)?$/iu;
/** A question opening with its verb or a question word, the actor asked about right after it: "Kan de burgemeester ...?". */
const ASKED_SUBJECT = /^(?:(?:\d{1,2}[.)]\s+)?(?:Kan|Kunnen|Wil|Willen|Is|Zijn|Zal|Zullen|Gaat|Gaan|Heeft|Hebben|Hoe|Wat|Wanneer|Waarom|Welke|Waar)\s+(?:\S+\s+){0,2}?(?:de|het)\s+)$/u;

/** The actor a question clause is put to, if it ends in a question mark and names one. */
export function addresseeOfQuestion(clause: string, clauseStart: number, mentions: ActorMention[]): ActorMention | null {
  if (!QUESTION_END.test(clause)) return null;
  for (const m of mentions) {
    const before = clause.slice(0, m.start - clauseStart);
    if (ANSWER_FROM.test(before) || isAddressee(before)) return m;
  }
  const first = mentions[0];
  return first && ASKED_SUBJECT.test(clause.slice(0, first.start - clauseStart)) ? first : null;
}

/** The rules whose clauses an answer paragraph gives to the addressee: no holder of their own, a continued one, or the first person. */
export const ANSWERABLE_RULES = /^(?:R10-unattributed|R8-continued|R15-writer)/u;
