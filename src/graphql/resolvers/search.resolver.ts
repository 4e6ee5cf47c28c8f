import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { SearchResults } from "../types/search.type.js";
import type { GraphQLContext } from "../context.js";
import { checkPageSize } from "../arguments.js";
import { presentActor, presentStatement, presentTopic } from "../present.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, {
    description:
      "Full-text search over actor names, topic labels (with aliases) and statement text: accent- and case-insensitive, every word must match in any inflected form (singular/plural, diminutive, inflected adjective) or as part of a compound (`agent` finds `politieagenten`). Statements about the topics the search names (and their narrower topics) follow the text matches. Rejected statements are left out.",
  })
  async search(
    @Arg("text", () => String, { description: "What to look for; taken literally (no query syntax)." }) text: string,
    @Arg("first", () => Int, { defaultValue: 10, description: "At most this many hits of each kind." }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    checkPageSize(first, ctx.maxPageSize);
    const hits = await ctx.repositories.search.search(text, first);
    return {
      actors: hits.actors.map((hit) => ({ actor: presentActor(hit.actor), score: hit.score })),
      topics: hits.topics.map((hit) => ({ topic: presentTopic(hit.topic), score: hit.score })),
      statements: hits.statements.map((hit) => ({
        statement: presentStatement(hit.statement),
        score: hit.score,
        match: hit.match,
        viaTopic: hit.topic && presentTopic(hit.topic),
        // Read only when the query selects them (see SearchRepository).
        get highlights() {
          return hit.highlights;
        },
        get snippet() {
          return hit.snippet;
        },
      })),
    };
  }
}
