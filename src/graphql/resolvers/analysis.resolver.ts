import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { PositionChange, TimelineBucket } from "../types/analysis.type.js";
import { Network } from "../types/network.type.js";
import { PeriodEnum, type Period } from "../types/enums.type.js";
import { LocalDate } from "../types/scalars.type.js";
import { NetworkFilter } from "../inputs/network-filter.input.js";
import type { GraphQLContext } from "../context.js";
import { checkDateRange, listOrNull } from "../arguments.js";
import { presentActor, presentStatement, presentTopic } from "../present.js";
import type { AnalysisFilter, NetworkDetail } from "../../repositories/analysis.repository.js";
import { selects } from "../selection.js";
import { buildBuckets } from "./timeline.js";
import { NetworkOptionsInput, toNetworkOptions } from "../inputs/network-options.input.js";

/** Statement ids are read only when the query asks for them or for what is counted from them. */
export function networkDetail(info: GraphQLResolveInfo): NetworkDetail {
  return { statementIds: selects(info, ["edges", "statementIds"]) || selects(info, ["nodes", "statementCount"]) };
}

export function toFilter(filter: NetworkFilter | null | undefined): AnalysisFilter {
  checkDateRange(filter?.from, filter?.to);
  return {
    actorIds: listOrNull(filter?.actors),
    includeMembers: filter?.includeMembers === true,
    topics: listOrNull(filter?.topics),
    stances: listOrNull(filter?.stances),
    from: filter?.from ?? null,
    to: filter?.to ?? null,
  };
}

@Resolver()
export class AnalysisResolver {
  @Query(() => [TimelineBucket], {
    description: "Statements per stance per period for a topic and/or an actor (spoken or resolved), oldest first; empty periods in between are included.",
  })
  async timeline(
    @Arg("period", () => PeriodEnum, { defaultValue: "month", description: "Bucket width." }) period: Period,
    @Arg("topics", () => [String], { nullable: true, description: "Topic ids, labels or aliases (narrower topics included)." }) topics: string[] | null,
    @Arg("actors", () => [ID], { nullable: true, description: "Actor ids (spoken or resolved)." }) actors: string[] | null,
    @Arg("includeMembers", () => Boolean, { defaultValue: false, description: "Organisations also stand for their members." }) includeMembers: boolean,
    @Arg("from", () => LocalDate, { nullable: true, description: "On or after this date." }) from: string | null,
    @Arg("to", () => LocalDate, { nullable: true, description: "On or before this date." }) to: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TimelineBucket[]> {
    const filter = toFilter({ topics, actors, includeMembers, from, to });
    return buildBuckets(await ctx.repositories.analysis.timeline(filter, period), period);
  }

  @Query(() => [PositionChange], {
    description:
      "Position changes: for each actor (spoken, or the resolved person) and topic, consecutive statements (by date, then text position) whose stances differ, both with their sources.",
  })
  async positionChanges(
    @Arg("actors", () => [ID], { nullable: true, description: "Actor ids; all actors when omitted." }) actors: string[] | null,
    @Arg("topics", () => [String], { nullable: true, description: "Topic ids, labels or aliases (narrower topics included); all when omitted." }) topics: string[] | null,
    @Arg("from", () => LocalDate, { nullable: true, description: "On or after this date." }) from: string | null,
    @Arg("to", () => LocalDate, { nullable: true, description: "On or before this date." }) to: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const changes = await ctx.repositories.analysis.positionChanges(toFilter({ actors, topics, from, to }));
    return changes.map((change) => ({
      actor: presentActor(change.actor),
      topic: presentTopic(change.topic),
      fromStance: change.before.stance,
      toStance: change.after.stance,
      before: presentStatement(change.before),
      after: presentStatement(change.after),
    }));
  }

  @Query(() => Network, {
    description:
      "Two-mode actor–topic network (actors as spoken). Edge weight = number of statements of the actor on the topic; `stances` splits it per stance. `options` chooses the qualifier handling and duplicate handling (docs/analytics.md).",
  })
  async actorTopicNetwork(
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How the network is measured; the default network when left out." }) options: NetworkOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.repositories.analysis.network("actor-topic", toFilter(filter), toNetworkOptions(options), networkDetail(info));
  }

  @Query(() => Network, {
    description:
      "Actor–actor congruence: two actors are linked when both made statements with the same stance on the same topic (a statement they hold together counts). Weight = number of distinct (topic, stance) pairs both expressed; `topicIds` lists the topics. `options.normalisation` normalises the weight.",
  })
  async actorCongruenceNetwork(
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How the network is measured; the default network when left out." }) options: NetworkOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.repositories.analysis.network("congruence", toFilter(filter), toNetworkOptions(options));
  }

  @Query(() => Network, {
    description:
      "Actor–actor conflict: two actors are linked when, on the same topic, one OPPOSEs while the other SUPPORTs, REQUESTs or makes a COMMITMENT (concern and inform conflict with nothing). Weight = number of distinct (topic, stance, opposite stance) combinations. `options.normalisation` normalises the weight.",
  })
  async actorConflictNetwork(
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How the network is measured; the default network when left out." }) options: NetworkOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.repositories.analysis.network("conflict", toFilter(filter), toNetworkOptions(options));
  }

  @Query(() => Network, {
    description:
      "Topic–topic co-occurrence: two topics are linked when statements are about both. Weight = number of such statements. With `options.topicLink: SHARED_ACTORS`, weight = number of actors who made statements on both.",
  })
  async topicNetwork(
    @Arg("filter", () => NetworkFilter, { nullable: true, description: "Which statements count." }) filter: NetworkFilter | null,
    @Arg("options", () => NetworkOptionsInput, { nullable: true, description: "How the network is measured; the default network when left out." }) options: NetworkOptionsInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.repositories.analysis.network("topics", toFilter(filter), toNetworkOptions(options));
  }
}
