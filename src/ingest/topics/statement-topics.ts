/**
 * The topics of one statement, in order: curated topics the clause names; compounds of a curated
 * topic as topics of their own under it ("vuurwerkverbod" under vuurwerk); up to three discovered
 * noun-phrase heads (marked phrases first, "verharding van geweld" under geweld); the running
 * topics of the paragraph when the clause names none; the agenda item's heading topics.
 */
import type { ActorMention } from "../actors/actor-index.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import { discoverTopics } from "./discover-topics.js";
import type { TopicIndex } from "./topic-index.js";

export const MAX_DISCOVERED_PER_STATEMENT = 3;

/**
 * A clause that points back instead of naming its topic: a pronominal adverb ("staat daar positief
 * tegenover", "is het hier niet mee eens", "daarover"), or a demonstrative before a noun of what was
 * said or proposed ("deelt die zorg", "wil die stap niet zetten", "dat voorstel").
 */
const ANAPHORIC_REFERENCE = /\b(?:daar|hier)(?:over|mee|voor|tegen|op|in|aan|bij|van|toe|om|door|achter|tegenover)?\b|\b(?:die|dat|deze|dit)\s+(?:zorg|zorgen|stap|stappen|voorstel|voorstellen|plan|plannen|punt|idee|signaal|standpunt|lijn|analyse|keuze|maatregel|maatregelen|oproep|verzoek|wens|kritiek|conclusie|aanpak|beeld|verontwaardiging)\b/i;

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
  /** All topics of the statement just before in the same agenda item: what "daar", "die zorg" point back to. */
  previousStatementTopics?: string[];
  /** The clause is about what came before without saying so (a vote list: "Voor stemden A en B."). */
  pointsBack?: boolean;
  /** Registers a discovered topic (label as written, broader ids) and returns its id. */
  topicFor: (label: string, broader: string[]) => string;
}

export interface StatementTopics {
  topicIds: string[];
  /** The curated topics the clause itself names (the paragraph's running topics after it). */
  curated: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function statementTopics(input: StatementTopicsInput): StatementTopics {
  const { text, start, end, topicIndex, mentions } = input;
  const spans = topicIndex.find(text, start, end);
  const whole = spans.filter((s) => !s.compound);
  const curated = [...new Set(whole.map((s) => s.topicId))];
  const inActor = (d: { start: number; end: number }): boolean => mentions.some((m) => m.start <= d.start && d.end <= m.end);
  const compounds = spans
    .filter((s) => s.compound && !whole.some((w) => overlaps(w, s)) && !inActor(s))
    .filter((s) => s.end - s.start <= 40 && !STOPWORDS.has(text.slice(s.start, s.end).toLowerCase()))
    .map((s) => input.topicFor(text.slice(s.start, s.end).toLowerCase(), [s.topicId]));
  const discovered = discoverTopics(text, start, end)
    .filter((d) => !inActor(d) && !spans.some((s) => overlaps(s, d)))
    .map((d, index) => ({ d, index }))
    .sort((a, b) => Number(b.d.marked) - Number(a.d.marked) || b.d.label.length - a.d.label.length || a.index - b.index)
    .map(({ d }) => {
      const under = d.complement ? whole.find((s) => overlaps(s, d.complement!)) : undefined;
      if (under && d.complement) return input.topicFor(`${d.label} van ${text.slice(d.complement.start, d.complement.end)}`, [under.topicId]);
      return input.topicFor(d.label, []);
    });
  const found = [...new Set(discovered)].slice(0, MAX_DISCOVERED_PER_STATEMENT);
  const pointsBack = input.pointsBack || ANAPHORIC_REFERENCE.test(text.slice(start, end)) ? (input.previousStatementTopics ?? []) : [];
  const content = curated.length > 0 || compounds.length > 0 ? curated : [...pointsBack, ...input.runningTopics, ...(input.leadTopics ?? [])];
  return { topicIds: [...new Set([...content, ...compounds, ...found, ...input.headingTopics])], curated };
}
