/**
 * Compares extractions with the answer key of the synthetic corpus: per expected statement, is
 * there an extracted statement of that sentence with the same actor, stance and topic?
 */
import type { Extraction } from "../../src/ingest/index.js";
import type { SyntheticMeeting } from "./generate.js";

export interface AnswerKeyScore {
  expected: number;
  extracted: number;
  /** Expected statements found with the same sentence, actor (as spoken), stance and topic. */
  matched: number;
  actorRight: number;
  stanceRight: number;
  topicRight: number;
  personRight: number;
}

export function scoreAgainstKey(meetings: readonly SyntheticMeeting[], extractions: readonly Extraction[]): AnswerKeyScore {
  const score: AnswerKeyScore = { expected: 0, extracted: 0, matched: 0, actorRight: 0, stanceRight: 0, topicRight: 0, personRight: 0 };
  meetings.forEach((meeting, index) => {
    const extraction = extractions[index];
    if (!extraction) return;
    score.extracted += extraction.statements.length;
    for (const expected of meeting.expected) {
      score.expected++;
      const found = extraction.statements.find((statement) => statement.text.replace(/\s+/g, " ").includes(expected.sentence.replace(/\.$/, "")));
      if (!found) continue;
      const actor = found.actorIds.includes(expected.actorId);
      const stance = found.stance === expected.stance;
      const topic = found.topicIds.includes(expected.topicId);
      if (actor) score.actorRight++;
      if (stance) score.stanceRight++;
      if (topic) score.topicRight++;
      if (expected.personId === null ? found.personIds.length === 0 : found.personIds.includes(expected.personId)) score.personRight++;
      if (actor && stance && topic) score.matched++;
    }
  });
  return score;
}
