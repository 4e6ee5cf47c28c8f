/**
 * What a news item is about, from its title ("Marrevelde verliest zijn politiebureau" ->
 * politiebureau): the title's curated topics and its common-noun heads, without the words that
 * name the kind of document ("nieuwsbericht", "verslag") or a place or name. Before any heading
 * they stand in for the agenda item's topic: a statement of the item that names no topic of its
 * own ("De burgemeester is er niet blij mee") is about them.
 */
import type { ActorMention } from "../actors/actor-index.js";
import { statementTopics } from "./statement-topics.js";
import type { TopicIndex } from "./topic-index.js";

const DOCUMENT_KIND = /^(?:fictie\p{L}*|nieuws\p{L}*|bericht|persbericht|verslag|terugkoppeling|notulen|besluitenlijst|brief|reactie|interview|samenvatting|vergadering|overleg|bijeenkomst|notitie|agenda|paper|oefenmateriaal)$/iu;
const MAX_TITLE_TOPICS = 3;

export function titleSubjectTopics(text: string, start: number, end: number, topicIndex: TopicIndex, mentions: ActorMention[], topicFor: (label: string, broader: string[]) => string): string[] {
  const labels = new Map<string, string>();
  const { topicIds, curated } = statementTopics({
    text, start, end, topicIndex, mentions, headingTopics: [], runningTopics: [],
    topicFor: (label, broader) => {
      const id = topicFor(label, broader);
      labels.set(id, label);
      return id;
    },
  });
  const isSubject = (id: string): boolean => {
    if (curated.includes(id)) return true;
    const label = labels.get(id) ?? "";
    return /^\p{Ll}/u.test(label) && !label.split(/\s+/).some((word) => DOCUMENT_KIND.test(word));
  };
  return topicIds.filter(isSubject).slice(0, MAX_TITLE_TOPICS);
}
