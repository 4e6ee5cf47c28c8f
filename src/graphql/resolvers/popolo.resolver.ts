/** The people, offices, organisations and tenures of the graph as one Popolo JSON file. */
import { Ctx, Query, Resolver } from "type-graphql";
import { popoloFile } from "../../export/popolo.js";
import type { GraphQLContext } from "../context.js";
import { ExportFileType } from "../types/network-measures.type.js";

@Resolver()
export class PopoloResolver {
  @Query(() => ExportFileType, {
    description:
      "Persons, organizations (with parent_id), posts (offices) and memberships (tenures with start_date, end_date and sources) as Popolo JSON, the format parliamentary-monitoring tools exchange; what `kg export --popolo` writes. One query.",
  })
  async exportPopolo(@Ctx() ctx: GraphQLContext) {
    return popoloFile(await ctx.repositories.popolo.read());
  }
}
