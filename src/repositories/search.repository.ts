/** Full-text search over actors, topics and statements (one round trip). */
import { highlightSpans, markedSnippet, type TextSpan } from "../search/highlight.js";
import { toSearchQuery } from "../search/search-query.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type { ActorRecord, StatementRecord, TopicRecord } from "./records.js";
import { asList, asProps, toActor, toStatement, toTopic } from "./record-mappers.js";

/** Why a statement was found: its own words, or a topic the query names. */
export type StatementMatch = "text" | "topic";

export interface StatementHitRecord {
  statement: StatementRecord;
  score: number;
  match: StatementMatch;
  /** For a topic match: the topic the query named (the statement is about it or a narrower one). */
  topic: TopicRecord | null;
  /** Words of the statement text that carry a query term (offsets into the text); computed when read. */
  readonly highlights: TextSpan[];
  /** The text (cut around the first match when long), HTML-escaped, matching words in <mark>; computed when read. */
  readonly snippet: string;
}

export interface SearchHits {
  actors: { actor: ActorRecord; score: number }[];
  topics: { topic: TopicRecord; score: number }[];
  statements: StatementHitRecord[];
}

export class SearchRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  async search(text: string, limit: number): Promise<SearchHits> {
    const query = toSearchQuery(text);
    if (query === null || limit <= 0) return { actors: [], topics: [], statements: [] };
    const [row] = await this.db.read("read-search", { query: query.lucene, limit }, this.options);
    const hits = (value: unknown) => asList(value).map((hit) => ({ node: asProps(hit.node), score: Number(hit.score), topic: hit.topic }));
    const statementHit = (hit: ReturnType<typeof hits>[number], match: StatementMatch): StatementHitRecord => {
      const statement = toStatement(hit.node);
      let spans: TextSpan[] | undefined;
      const highlights = (): TextSpan[] => (spans ??= highlightSpans(statement.text, query.terms));
      // Highlights and snippet are computed when read: a client that does not select them (most
      // API clients, the benchmark's question) pays nothing for stemming every word of every hit.
      return {
        statement,
        score: hit.score,
        match,
        topic: match === "topic" && hit.topic ? toTopic(asProps(hit.topic)) : null,
        get highlights() {
          return highlights();
        },
        get snippet() {
          return markedSnippet(statement.text, highlights());
        },
      };
    };
    const literal = hits(row?.statements).map((hit) => statementHit(hit, "text"));
    const viaTopics = hits(row?.topicStatements).map((hit) => statementHit(hit, "topic"));
    return {
      actors: hits(row?.actors).map((hit) => ({ actor: toActor(hit.node), score: hit.score })),
      topics: hits(row?.topics).map((hit) => ({ topic: toTopic(hit.node), score: hit.score })),
      statements: [...literal, ...viaTopics].slice(0, limit),
    };
  }
}
