/** Full-text search over actors, topics and statements (one round trip). */
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type { ActorRecord, StatementRecord, TopicRecord } from "./records.js";
import { asList, asProps, toActor, toStatement, toTopic } from "./record-mappers.js";
import { toLuceneQuery } from "./search-query.js";

export interface SearchHits {
  actors: { actor: ActorRecord; score: number }[];
  topics: { topic: TopicRecord; score: number }[];
  statements: { statement: StatementRecord; score: number }[];
}

export class SearchRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  async search(text: string, limit: number): Promise<SearchHits> {
    const query = toLuceneQuery(text);
    if (query === null) return { actors: [], topics: [], statements: [] };
    const [row] = await this.db.read("read-search", { query, limit }, { timeoutMs: this.options.timeoutMs });
    const hits = (value: unknown) => asList(value).map((hit) => ({ node: asProps(hit.node), score: Number(hit.score) }));
    return {
      actors: hits(row?.actors).map((hit) => ({ actor: toActor(hit.node), score: hit.score })),
      topics: hits(row?.topics).map((hit) => ({ topic: toTopic(hit.node), score: hit.score })),
      statements: hits(row?.statements).map((hit) => ({ statement: toStatement(hit.node), score: hit.score })),
    };
  }
}
