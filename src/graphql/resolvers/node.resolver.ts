import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Node } from "../types/node.type.js";
import type { GraphQLContext } from "../context.js";
import { presentNode } from "../present.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; a merged actor's or topic's id returns the one it was merged into." })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(id);
    return node ? presentNode(node) : null;
  }
}
