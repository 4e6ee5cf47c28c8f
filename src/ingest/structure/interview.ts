/**
 * An interview: a lead that introduces whom it talks to, then the interviewer's questions (plain
 * paragraphs, mostly ending in a question mark) each followed by an answer in quotation marks.
 * The answers are the interviewee's even where no tag names the speaker ("..., zegt ze" is written
 * once, if at all), and the questions are the interviewer's, who holds no position. Nothing is
 * guessed: it takes two questions each answered by a quoted paragraph, and a person or office named
 * in the lead, before the first question.
 */
import type { ActorIndex, ActorMention } from "../actors/actor-index.js";
import type { Block } from "../normalise/layout.js";
import { QUESTION_END } from "../attribution/answers.js";

export interface Interview {
  intervieweeId: string;
  /** The interviewer's paragraphs: each question or prompt an answer follows. */
  prompts: Set<Block>;
}

const OPENS_WITH_QUOTE = /^["'‘“]/u;
/** The sentence that says the document is invented names no interviewee. */
const DISCLAIMER = /fictie|fictief|verzonnen/iu;
/** A prompt is short: one or two sentences the interviewer puts before an answer. */
const MAX_PROMPT_CHARACTERS = 300;

/** `blocks`: the document's headings and paragraphs in order (a question on a line of its own reads as a heading). */
export function findInterview(text: string, blocks: Block[], index: ActorIndex, mergeNames: (mentions: ActorMention[]) => ActorMention[]): Interview | null {
  const paragraphs = blocks.filter((b) => b.kind !== "title");
  const prompts = new Set<Block>();
  const questions: Block[] = [];
  paragraphs.forEach((paragraph, i) => {
    const next = paragraphs[i + 1];
    const own = text.slice(paragraph.start, paragraph.end).trim();
    if (!next || OPENS_WITH_QUOTE.test(own) || own.length > MAX_PROMPT_CHARACTERS) return;
    if (!OPENS_WITH_QUOTE.test(text.slice(next.start, next.end))) return;
    prompts.add(paragraph);
    if (QUESTION_END.test(own)) questions.push(paragraph);
  });
  if (questions.length < 2) return null;
  const firstQuestion = questions[0]!;
  // The lead, before the first question: its first person or office, outside the disclaimer.
  for (const paragraph of paragraphs) {
    if (paragraph.start >= firstQuestion.start) break;
    if (prompts.has(paragraph)) continue;
    for (const sentence of text.slice(paragraph.start, paragraph.end).matchAll(/[^.!?]+[.!?]*/gu)) {
      if (DISCLAIMER.test(sentence[0])) continue;
      const start = paragraph.start + sentence.index!;
      const human = mergeNames(index.find(text, start, start + sentence[0].length)).find((m) => m.kind === "person" || m.kind === "office");
      if (human) return { intervieweeId: human.actorId, prompts };
    }
  }
  return null;
}
