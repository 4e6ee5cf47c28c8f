import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Actor, Person } from "../types/actor.type.js";
import { Topic } from "../types/topic.type.js";
import { Statement } from "../types/statement.type.js";
import { StatementConnection } from "../types/connection.type.js";
import { AgendaItem, Meeting } from "../types/meeting.type.js";
import { Correction, Document, Event } from "../types/document.type.js";
import { SortOrderEnum, StatementOrderEnum, type SortOrder, type StatementOrder } from "../types/enums.type.js";
import { StatementFilter } from "../inputs/statement-filter.input.js";
import type { GraphQLContext } from "../context.js";
import { checkConfidence, checkDateRange, checkPageSize, decodeCursor, encodeCursor, listOrNull, reviewStatesOf } from "../arguments.js";
import {
  presentActor,
  presentAgendaItem,
  presentCorrection,
  presentDocument,
  presentEvent,
  presentMeeting,
  presentStatement,
  presentTopic,
} from "../present.js";
import type { StatementRecord } from "../../repositories/records.js";

const DEFAULT_CONTEXT_CHARS = 200;

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: "One statement by id." })
  async statement(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<StatementRecord | null> {
    const statement = await ctx.loaders.statement.load(id);
    return statement && presentStatement(statement);
  }

  @Query(() => StatementConnection, {
    description:
      "Statements matching a filter, ordered by date (then position in the document) or by confidence, as a Relay connection. Rejected statements (not a position) only when the filter asks for them. `first` is capped by the server's maximum page size (PAGE_TOO_LARGE above it).",
  })
  async statements(
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Which statements; all statements when omitted." }) filter: StatementFilter | null,
    @Arg("order", () => SortOrderEnum, { defaultValue: "asc", description: "Oldest (or least confident) first (ASC) or newest (most confident) first (DESC)." }) order: SortOrder,
    @Arg("orderBy", () => StatementOrderEnum, { defaultValue: "date", description: "Sort by date, or by extraction confidence (review the least sure first). A cursor belongs to one order." }) orderBy: StatementOrder,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last statement of the previous page." }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StatementConnection> {
    checkPageSize(first, ctx.maxPageSize);
    checkDateRange(filter?.from, filter?.to);
    const minConfidence = checkConfidence(filter?.minConfidence, "minConfidence");
    const afterKey = after ? decodeCursor(after) : null;
    const page = await ctx.repositories.statements.page({
      actorIds: listOrNull(filter?.actors),
      includeMembers: filter?.includeMembers === true,
      personIds: listOrNull(filter?.persons),
      officeIds: listOrNull(filter?.offices),
      topics: listOrNull(filter?.topics),
      stances: listOrNull(filter?.stances),
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      meetingId: filter?.meeting ?? null,
      documentId: filter?.document ?? null,
      search: filter?.search ?? null,
      reviewStates: reviewStatesOf(filter?.reviewed, filter?.review),
      minConfidence,
      byConfidence: orderBy === "confidence",
      descending: order === "desc",
      after: afterKey,
      limit: first,
    });
    const rows = page.rows.slice(0, first);
    const edges = rows.map((row) => ({ cursor: encodeCursor(row.key), node: presentStatement(row.statement) as Statement }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.rows.length > first,
        hasPreviousPage: afterKey !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @FieldResolver(() => [Actor], { description: "Who made the statement, as spoken: an office, group, organisation or person." })
  async speakers(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).speakers.map(presentActor);
  }

  @FieldResolver(() => [Person], { description: "The persons behind the speakers: who held each spoken office on the statement's date." })
  async persons(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).persons.map(presentActor);
  }

  @FieldResolver(() => [Actor], { description: "Whom the statement is addressed to." })
  async addressees(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).addressees.map(presentActor);
  }

  @FieldResolver(() => [Topic], { description: "What the statement is about." })
  async topics(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).topics.map(presentTopic);
  }

  @FieldResolver(() => [Actor], { description: "Actors (mostly organisations) named in the statement that are neither speaker nor addressee." })
  async mentions(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).mentions.map(presentActor);
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: "The agenda item (document section) the statement is in." })
  async agendaItem(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    const item = (await ctx.loaders.statementLinks.load(statement.id)).agendaItem;
    return item && presentAgendaItem(item);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting the statement was made in." })
  async meeting(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    const meeting = (await ctx.loaders.statementLinks.load(statement.id)).meeting;
    return meeting && presentMeeting(meeting);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The source document; `start` and `end` point into its text." })
  async document(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    const document = (await ctx.loaders.statementLinks.load(statement.id)).document;
    return document && presentDocument(document);
  }

  @FieldResolver(() => [Event], { description: "Dated events the statement refers to." })
  async events(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).events.map(presentEvent);
  }

  @FieldResolver(() => [Correction], { description: "The statement's audit trail, oldest first: every correction, confirmation and rejection, who made it and when." })
  async corrections(@Root() statement: Statement, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.statementLinks.load(statement.id)).corrections.map(presentCorrection);
  }

  @FieldResolver(() => String, { nullable: true, description: "The statement with up to `chars` characters of source text on each side." })
  async context(
    @Root() statement: Statement,
    @Arg("chars", () => Int, { defaultValue: DEFAULT_CONTEXT_CHARS, description: "Characters on each side (at most 2000)." }) chars: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    const text = (await ctx.loaders.statementLinks.load(statement.id)).document?.text;
    if (text === undefined) return null;
    const width = Math.max(0, Math.min(chars, 2000));
    return text.slice(Math.max(0, statement.start - width), Math.min(text.length, statement.end + width));
  }

  @FieldResolver(() => String, { nullable: true, description: "The paragraph of the source text that contains the statement (blank lines delimit paragraphs)." })
  async paragraph(@Root() statement: Statement, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const text = (await ctx.loaders.statementLinks.load(statement.id)).document?.text;
    if (text === undefined) return null;
    return paragraphAround(text, statement.start, statement.end);
  }
}

/** The text between the blank lines (or text edges) around [start, end). */
export function paragraphAround(text: string, start: number, end: number): string {
  const blank = /\n[ \t\u00a0]*\n/g;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(blank)) {
    const index = match.index ?? 0;
    if (index + match[0].length <= start) from = index + match[0].length;
    else if (index >= end) {
      to = index;
      break;
    }
  }
  return text.slice(from, to).trim();
}
