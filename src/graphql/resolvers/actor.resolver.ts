import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { ActorKind } from "../../ingest/extraction.js";
import { Actor, Office, Organisation, Person } from "../types/actor.type.js";
import { Tenure, TopicPosition } from "../types/analysis.type.js";
import { ActorKindEnum } from "../types/enums.type.js";
import { LocalDate } from "../types/scalars.type.js";
import type { GraphQLContext } from "../context.js";
import { checkPageSize, listOrNull } from "../arguments.js";
import { presentActor, presentTopic } from "../present.js";
import { groupPositions } from "./positions.js";
import { positionKey } from "../loaders/loaders.js";
import { soleHolder } from "../../ingest/index.js";

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "One actor by id; a merged actor's id returns the actor it was merged into." })
  async actor(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(id);
    return node?.label === "Actor" ? presentActor(node.value) : null;
  }

  @Query(() => [Actor], { description: "Actors by name, optionally of some kinds (merged actors left out)." })
  async actors(
    @Arg("kinds", () => [ActorKindEnum], { nullable: true, description: "Only these kinds." }) kinds: ActorKind[] | null,
    @Arg("first", () => Int, { defaultValue: 100, description: "At most this many (capped by the maximum page size)." }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    checkPageSize(first, ctx.maxPageSize);
    return (await ctx.repositories.nodes.actors(listOrNull(kinds), first)).map(presentActor);
  }

  @FieldResolver(() => [Organisation], { description: "Organisations this actor is part of." })
  async partOf(@Root() actor: Actor, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.actorLinks.load(actor.id)).partOf.map(presentActor);
  }

  @FieldResolver(() => [TopicPosition], {
    description: "The actor's positions per topic (statements spoken by the actor or resolved to the person): stance counts and statements, most statements first.",
  })
  async positions(@Root() actor: Actor, @Ctx() ctx: GraphQLContext) {
    const groups = await groupPositions(
      await ctx.loaders.actorPositions.load(actor.id),
      (topicId) => ctx.loaders.actorPositionStatements.load(positionKey(actor.id, topicId)),
      ctx,
    );
    return groups.map(({ about, ...rest }) => ({ topic: presentTopic(about), ...rest }));
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Tenure], { description: "Offices this person held, and when, oldest first." })
  async offices(@Root() person: Person, @Ctx() ctx: GraphQLContext) {
    const links = await ctx.loaders.actorLinks.load(person.id);
    return links.tenures.filter((t) => t.person.id === person.id).map(presentTenure);
  }
}

@Resolver(() => Office)
export class OfficeResolver {
  @FieldResolver(() => [Tenure], { description: "Who held this office over time, oldest first." })
  async holders(@Root() office: Office, @Ctx() ctx: GraphQLContext) {
    const links = await ctx.loaders.actorLinks.load(office.id);
    return links.tenures.filter((t) => t.office.id === office.id).map(presentTenure);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "Who answered for this office on a date, as statements are resolved: the acting holder where one overlaps a formal holder; null when no sourced tenure covers the day (never the nearest holder), when the only one is unconfirmed, or when several co-holders could be meant.",
  })
  async holderOn(@Root() office: Office, @Arg("date", () => LocalDate, { description: "The day." }) date: string, @Ctx() ctx: GraphQLContext) {
    const tenure = await this.tenureOn(office, date, ctx);
    return tenure ? tenure.person : null;
  }

  @FieldResolver(() => Tenure, { nullable: true, description: "The tenure behind `holderOn`: its dates, status and sources." })
  async tenureOn(@Root() office: Office, @Arg("date", () => LocalDate, { description: "The day." }) date: string, @Ctx() ctx: GraphQLContext) {
    const day = typeof date === "string" ? date : new Date(date).toISOString().slice(0, 10);
    const links = await ctx.loaders.actorLinks.load(office.id);
    const holdings = links.tenures
      .filter((t) => t.office.id === office.id && t.from !== null)
      .map((t) => ({ tenure: t, from: t.from!, ...(t.to === null ? {} : { to: t.to }), acting: t.acting, status: t.status }));
    const answering = soleHolder(holdings, day, (holding) => holding.tenure.person.id);
    return answering ? presentTenure(answering.tenure) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => [Actor], { description: "Direct parts: sub-organisations, offices and groups that are PART_OF this organisation." })
  async parts(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.actorLinks.load(organisation.id)).parts.map(presentActor);
  }

  @FieldResolver(() => [Actor], { description: "All members at any depth: parts, their parts, and so on." })
  async members(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.actorLinks.load(organisation.id)).members.map(presentActor);
  }
}

function presentTenure(tenure: import("../../repositories/records.js").Tenure) {
  return { ...tenure, person: presentActor(tenure.person), office: presentActor(tenure.office) };
}
