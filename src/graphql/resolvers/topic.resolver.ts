import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Topic } from "../types/topic.type.js";
import { ActorPosition } from "../types/analysis.type.js";
import type { GraphQLContext } from "../context.js";
import { checkPageSize } from "../arguments.js";
import { presentActor, presentTopic } from "../present.js";
import { groupPositions } from "./positions.js";
import { positionKey } from "../loaders/loaders.js";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "One topic by id; a merged topic's id returns the topic it was merged into." })
  async topic(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(id);
    return node?.label === "Topic" ? presentTopic(node.value) : null;
  }

  @Query(() => [Topic], { description: "Topics by label (merged topics left out)." })
  async topics(
    @Arg("first", () => Int, { defaultValue: 100, description: "At most this many (capped by the maximum page size)." }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    checkPageSize(first, ctx.maxPageSize);
    return (await ctx.repositories.nodes.topics(first)).map(presentTopic);
  }

  @FieldResolver(() => [Topic], { description: "Broader topics." })
  async broader(@Root() topic: Topic, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.topicLinks.load(topic.id)).broader.map(presentTopic);
  }

  @FieldResolver(() => [Topic], { description: "Narrower topics (statements about them count for this topic too)." })
  async narrower(@Root() topic: Topic, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.topicLinks.load(topic.id)).narrower.map(presentTopic);
  }

  @FieldResolver(() => [ActorPosition], {
    description: "Who said what about this topic (narrower topics included), grouped by actor as spoken, most statements first.",
  })
  async positions(@Root() topic: Topic, @Ctx() ctx: GraphQLContext) {
    const groups = await groupPositions(
      await ctx.loaders.topicPositions.load(topic.id),
      (actorId) => ctx.loaders.topicPositionStatements.load(positionKey(topic.id, actorId)),
      ctx,
    );
    return groups.map(({ about, ...rest }) => ({ actor: presentActor(about), ...rest }));
  }
}
