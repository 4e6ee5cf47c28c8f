/**
 * The topics of one statement, in order: curated topics the clause names; compounds of a curated
 * topic as topics of their own under it ("vuurwerkverbod" under vuurwerk); up to three discovered
 * noun-phrase heads (marked phrases first, "verharding van geweld" under geweld); the running
 * topics of the paragraph when the clause names none; the topics of the statement it answers when
 * it refers back ("steunt dat verzoek", "is het daar niet mee eens"); the agenda item's heading topics.
 */
import type { ActorMention } from "../actors/actor-index.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import { discoverTopics } from "./discover-topics.js";
import type { TopicIndex } from "./topic-index.js";

export const MAX_DISCOVERED_PER_STATEMENT = 3;
/**
 * Topics a back-reference takes from the statements it answers, theirs first: enough for what
 * was answered (sets A–J: 5 found all but one of the right topics that no cap finds) without
 * passing on every noun of a long chain of answers.
 */
export const MAX_ANSWERED_TOPICS = 5;

export interface StatementTopicsInput {
  text: string;
  start: number;
  end: number;
  topicIndex: TopicIndex;
  mentions: ActorMention[];
  headingTopics: string[];
  /** Curated topics of the previous clauses of the agenda item. */
  runningTopics: string[];
  /** The first curated topics of the agenda item (or, before any heading, of the title and lead). */
  leadTopics?: string[];
  /** When the clause refers back (topics/refers-back.ts): the topics of the statements it answers. */
  answeredTopics?: string[];
  /** Registers a discovered topic (label as written, broader ids) and returns its id. */
  topicFor: (label: string, broader: string[]) => string;
}

export interface StatementTopics {
  topicIds: string[];
  /** The curated topics the clause itself names (the paragraph's running topics after it). */
  curated: string[];
  /** The topics without the heading's: what the next clause's back-reference points at. */
  content: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function statementTopics(input: StatementTopicsInput): StatementTopics {
  const { text, start, end, topicIndex, mentions } = input;
  const spans = topicIndex.find(text, start, end);
  const whole = spans.filter((s) => !s.compound);
  const curated = [...new Set(whole.map((s) => s.topicId))];
  const inActor = (d: { start: number; end: number }): boolean => mentions.some((m) => m.start <= d.start && d.end <= m.end);
  // "burgemeester Lodewijks van Saterdijk", "de korpschef van Noordland": the place says which
  // office holder, it is not what the clause is about.
  const placeOfActor = (d: { start: number; end: number; label: string }): boolean =>
    /^\p{Lu}/u.test(d.label) && mentions.some((m) => m.end <= d.start && /^\s+van\s+$/iu.test(text.slice(m.end, d.start)));
  const compounds = spans
    .filter((s) => s.compound && !whole.some((w) => overlaps(w, s)) && !inActor(s))
    .filter((s) => s.end - s.start <= 40 && !STOPWORDS.has(text.slice(s.start, s.end).toLowerCase()))
    .map((s) => input.topicFor(text.slice(s.start, s.end).toLowerCase(), [s.topicId]));
  const discovered = discoverTopics(text, start, end)
    .filter((d) => !inActor(d) && !spans.some((s) => overlaps(s, d)) && !placeOfActor(d))
    .map((d, index) => ({ d, index }))
    .sort((a, b) => Number(b.d.marked) - Number(a.d.marked) || b.d.label.length - a.d.label.length || a.index - b.index)
    .map(({ d }) => {
      const under = d.complement ? whole.find((s) => overlaps(s, d.complement!)) : undefined;
      if (under && d.complement) return input.topicFor(`${d.label} van ${text.slice(d.complement.start, d.complement.end)}`, [under.topicId]);
      return input.topicFor(d.label, []);
    });
  const found = [...new Set(discovered)].slice(0, MAX_DISCOVERED_PER_STATEMENT);
  const own = curated.length > 0 || compounds.length > 0 ? curated : [...input.runningTopics, ...(input.leadTopics ?? [])];
  const answered = (input.answeredTopics ?? []).slice(0, MAX_ANSWERED_TOPICS);
  const content = [...new Set([...own, ...compounds, ...found, ...answered])];
  return { topicIds: [...new Set([...content, ...input.headingTopics])], curated, content };
}
