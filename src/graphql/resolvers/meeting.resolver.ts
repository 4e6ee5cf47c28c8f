import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { AgendaItem, Meeting } from "../types/meeting.type.js";
import { Document, Event } from "../types/document.type.js";
import { Statement } from "../types/statement.type.js";
import { LocalDate } from "../types/scalars.type.js";
import type { GraphQLContext } from "../context.js";
import { checkDateRange, checkPageSize } from "../arguments.js";
import { presentAgendaItem, presentDocument, presentEvent, presentMeeting, presentStatement } from "../present.js";
import type { StatementRecord } from "../../repositories/records.js";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "One meeting by id (e.g. `meeting:LOVP:2019-09-16`)." })
  async meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(id);
    return node?.label === "Meeting" ? presentMeeting(node.value) : null;
  }

  @Query(() => [Meeting], { description: "Meetings, oldest first, optionally of one body and in a date window." })
  async meetings(
    @Arg("body", () => String, { nullable: true, description: "Meeting body, e.g. `LOVP` (case-insensitive)." }) body: string | null,
    @Arg("from", () => LocalDate, { nullable: true, description: "On or after this date." }) from: string | null,
    @Arg("to", () => LocalDate, { nullable: true, description: "On or before this date." }) to: string | null,
    @Arg("first", () => Int, { defaultValue: 100, description: "At most this many (capped by the maximum page size)." }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    checkPageSize(first, ctx.maxPageSize);
    checkDateRange(from, to);
    return (await ctx.repositories.nodes.meetings({ body: body ?? null, from: from ?? null, to: to ?? null }, first)).map(presentMeeting);
  }

  @FieldResolver(() => [AgendaItem], { description: "The agenda items, in document order." })
  async agendaItems(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.containerLinks.load(meeting.id)).agendaItems.map(presentAgendaItem);
  }

  @FieldResolver(() => [Document], { description: "The documents that record this meeting." })
  async documents(@Root() meeting: Meeting, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.containerLinks.load(meeting.id)).documents.map(presentDocument);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting." })
  async meeting(@Root() item: AgendaItem, @Ctx() ctx: GraphQLContext) {
    const meeting = (await ctx.loaders.containerLinks.load(item.id)).meetings[0];
    return meeting ? presentMeeting(meeting) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: "The document the item is a section of." })
  async document(@Root() item: AgendaItem, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(item.documentId);
    return node?.label === "Document" ? presentDocument(node.value) : null;
  }

  @FieldResolver(() => [Statement], { description: "The statements in this item, in text order." })
  async statements(@Root() item: AgendaItem, @Ctx() ctx: GraphQLContext) {
    const ids = (await ctx.loaders.containerLinks.load(item.id)).statementIds;
    const statements = await ctx.loaders.statement.loadMany(ids);
    return statements.filter((s): s is StatementRecord => s !== null && !(s instanceof Error)).map(presentStatement);
  }
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: "One document by id (sha256 of its normalised text)." })
  async document(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(id);
    return node?.label === "Document" ? presentDocument(node.value) : null;
  }

  @Query(() => [Document], { description: "Documents, oldest meeting first." })
  async documents(
    @Arg("first", () => Int, { defaultValue: 100, description: "At most this many (capped by the maximum page size)." }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    checkPageSize(first, ctx.maxPageSize);
    return (await ctx.repositories.nodes.documents(first)).map(presentDocument);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting this document records." })
  async meeting(@Root() document: Document, @Ctx() ctx: GraphQLContext) {
    const meeting = (await ctx.loaders.containerLinks.load(document.id)).meetings[0];
    return meeting ? presentMeeting(meeting) : null;
  }

  @FieldResolver(() => [AgendaItem], { description: "The document's sections, in order." })
  async agendaItems(@Root() document: Document, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.containerLinks.load(document.id)).agendaItems.map(presentAgendaItem);
  }

  @FieldResolver(() => [Event], { description: "Dated events the document refers to, in text order." })
  async events(@Root() document: Document, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.containerLinks.load(document.id)).events.map(presentEvent);
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Document, { nullable: true, description: "The document that refers to the event." })
  async document(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    const node = await ctx.loaders.node.load(event.documentId);
    return node?.label === "Document" ? presentDocument(node.value) : null;
  }
}
