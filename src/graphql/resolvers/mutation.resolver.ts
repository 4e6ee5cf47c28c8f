import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { ActorKind, Stance } from "../../ingest/extraction.js";
import { ServiceUnavailableError, UnauthenticatedError, BadUserInputError, NotFoundError } from "../../errors/app-error.js";
import { Actor } from "../types/actor.type.js";
import { Topic } from "../types/topic.type.js";
import { Statement } from "../types/statement.type.js";
import { IngestResult } from "../types/mutation.type.js";
import { ActorKindEnum, StanceEnum } from "../types/enums.type.js";
import type { DocumentIngester, GraphQLContext } from "../context.js";
import { presentActor, presentDocument, presentStatement, presentTopic } from "../present.js";

/** "Fictieve Analist (key:…)" when the analyst gave a name, else the key's fingerprint. */
function signature(principal: string, by: string | null | undefined): string {
  return by?.trim() ? `${by.trim()} (${principal})` : principal;
}

/** An id for an actor or topic an analyst adds: its kind's prefix and a slug of its name. */
function newId(prefix: string, name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!slug) throw new BadUserInputError(`The name ${JSON.stringify(name)} has no letters or digits to make an id of`);
  return `${prefix}:${slug}`;
}

const ACTOR_ID_PREFIX: Record<ActorKind, string> = { person: "person", office: "office", group: "group", organisation: "org" };

/** Mutations need a configured API key; the caller's key fingerprint names who changed what. */
function authorise(ctx: GraphQLContext, operation: string): string {
  if (!ctx.mutationsEnabled) throw new UnauthenticatedError("Mutations are disabled: the server has no API keys configured (API_KEYS)");
  if (ctx.caller.keyRejected === true) {
    throw new UnauthenticatedError("The API key was not accepted: it is not one of this server's keys. Nothing was changed; check the key and try again");
  }
  if (!ctx.caller.authenticated || ctx.caller.principal === null) {
    throw new UnauthenticatedError("Mutations need an API key: send `Authorization: Bearer <key>` or `x-api-key: <key>`");
  }
  ctx.takeMutationToken(ctx.caller.principal);
  ctx.log(`mutation ${operation} by ${ctx.caller.principal}`);
  return ctx.caller.principal;
}

/** Standard base64 (RFC 4648, padding optional, line breaks allowed), strictly: anything else is a user error. */
function decodeBase64(content: string): Uint8Array {
  const compact = content.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw new BadUserInputError("content is not valid base64");
  const bytes = Buffer.from(compact, "base64");
  if (bytes.length === 0) throw new BadUserInputError("content is empty");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, {
    description:
      "Extracts and loads one document (idempotent: the same text is loaded once): its text, or a file's bytes in base64 (PDF, DOCX, ODT, a saved web page or plain text, recognised by content). Give exactly one of `text` and `content`. A file that cannot be read fails with BAD_DOCUMENT naming `source` and the reason. Needs an API key.",
  })
  async ingestDocument(
    @Arg("text", () => String, { nullable: true, description: "The document text (Dutch minutes)." }) text: string | null,
    @Arg("content", () => String, {
      nullable: true,
      description: "The document file, base64-encoded (the request body limit, BODY_LIMIT_BYTES, bounds its size; base64 adds a third).",
    })
    content: string | null,
    @Arg("source", () => String, { description: "Where it comes from: a file name or URL, kept as provenance (a .html/.htm name marks a web page)." }) source: string,
    @Arg("title", () => String, { nullable: true, description: "Title; taken from the document when omitted." }) title: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IngestResult> {
    authorise(ctx, "ingestDocument");
    if (!source.trim()) throw new BadUserInputError("source is empty");
    const given = { source, title: title ?? null };
    // Omitted arguments arrive as undefined; null and undefined both mean "not given".
    if (text != null && content != null) throw new BadUserInputError("Give either text or content, not both");
    let input: Parameters<DocumentIngester["ingest"]>[0];
    if (content != null) input = { ...given, bytes: decodeBase64(content) };
    else if (text == null) throw new BadUserInputError("Give the document as text or as content");
    else if (!text.trim()) throw new BadUserInputError("text is empty");
    else input = { ...given, text };
    if (ctx.ingester === null) throw new ServiceUnavailableError("Document ingestion is not available on this server");
    const outcome = await ctx.ingester.ingest(input);
    const node = await ctx.repositories.nodes.byIds([outcome.documentId]);
    const document = node[0];
    if (document?.label !== "Document") throw new NotFoundError(`The ingested document ${outcome.documentId} is not in the graph`);
    const page = await ctx.repositories.statements.page({
      actorIds: null, includeMembers: false, personIds: null, officeIds: null, topics: null, stances: null,
      from: null, to: null, meetingId: null, documentId: outcome.documentId, search: null,
      reviewStates: null, minConfidence: null, byConfidence: false, descending: false, after: null, limit: 0,
    });
    return { document: presentDocument(document.value), loaded: outcome.loaded, statementCount: page.totalCount };
  }

  @Mutation(() => Statement, {
    description:
      "Corrects a statement's stance, speakers (actor ids; persons are re-resolved) and/or topics. Each change is recorded as a Correction (who, when, old and new value) kept across re-ingests. Needs an API key.",
  })
  async correctStatement(
    @Arg("id", () => ID, { description: "The statement." }) id: string,
    @Arg("stance", () => StanceEnum, { nullable: true, description: "The right stance." }) stance: Stance | null,
    @Arg("actorIds", () => [ID], { nullable: true, description: "The right speakers (replaces all)." }) actorIds: string[] | null,
    @Arg("topicIds", () => [ID], { nullable: true, description: "The right topics (replaces all)." }) topicIds: string[] | null,
    @Arg("by", () => String, { nullable: true, description: "Name of the analyst; the API key's fingerprint when omitted." }) by: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "correctStatement");
    // Omitted arguments arrive as undefined; null and undefined both mean "leave as it is".
    stance = stance ?? null;
    actorIds = actorIds ?? null;
    topicIds = topicIds ?? null;
    if (stance === null && actorIds === null && topicIds === null) throw new BadUserInputError("Nothing to correct: give stance, actorIds or topicIds");
    const statement = await ctx.repositories.curation.correctStatement({ id, stance, actorIds, topicIds, by: signature(principal, by) });
    return presentStatement(statement);
  }

  @Mutation(() => Statement, {
    description:
      "Confirms a statement as extracted (speaker, stance and topics right). Recorded in its audit trail (`corrections`, field `review`) and kept across re-ingests; confirming a rejected statement makes it a position again. Needs an API key.",
  })
  async confirmStatement(
    @Arg("id", () => ID, { description: "The statement." }) id: string,
    @Arg("by", () => String, { nullable: true, description: "Name of the analyst; the API key's fingerprint when omitted." }) by: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "confirmStatement");
    return presentStatement(await ctx.repositories.curation.reviewStatement({ id, review: "confirmed", by: signature(principal, by), note: null }));
  }

  @Mutation(() => Statement, {
    description:
      "Marks a statement as not a position: it leaves the counts, networks, positions, timelines and search, but is kept with its history (find it with `statements(filter: { review: [REJECTED] })`; `confirmStatement` or `correctStatement` brings it back). Kept across re-ingests. Needs an API key.",
  })
  async rejectStatement(
    @Arg("id", () => ID, { description: "The statement." }) id: string,
    @Arg("reason", () => String, { nullable: true, description: "Why it is not a position (kept in the audit trail as the entry's note)." }) reason: string | null,
    @Arg("by", () => String, { nullable: true, description: "Name of the analyst; the API key's fingerprint when omitted." }) by: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "rejectStatement");
    const note = reason?.trim() ? reason.trim() : null;
    return presentStatement(await ctx.repositories.curation.reviewStatement({ id, review: "rejected", by: signature(principal, by), note }));
  }

  @Mutation(() => Actor, {
    description:
      "Adds an actor the gazetteer lacks (marked new, not curated), e.g. the right speaker of a statement, to use in `correctStatement`. Its id is the kind's prefix and a slug of the name (`org:…` for organisations). Needs an API key.",
  })
  async createActor(
    @Arg("name", () => String, { description: "The actor's name as analysts write it." }) name: string,
    @Arg("kind", () => ActorKindEnum, { description: "Person, office, group or organisation." }) kind: ActorKind,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "createActor");
    if (!name.trim()) throw new BadUserInputError("name is empty");
    const id = newId(ACTOR_ID_PREFIX[kind], name);
    return presentActor(await ctx.repositories.curation.createActor({ id, name: name.trim(), kind, by: principal }));
  }

  @Mutation(() => Topic, {
    description:
      "Adds a topic the taxonomy lacks (marked new, not curated), optionally narrower than an existing one, to use in `correctStatement`. Its id is `topic:` and a slug of the label. Needs an API key.",
  })
  async createTopic(
    @Arg("label", () => String, { description: "The topic's label." }) label: string,
    @Arg("broader", () => ID, { nullable: true, description: "A broader topic it belongs under." }) broader: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "createTopic");
    if (!label.trim()) throw new BadUserInputError("label is empty");
    const id = newId("topic", label);
    return presentTopic(await ctx.repositories.curation.createTopic({ id, label: label.trim(), broaderId: broader ?? null, by: principal }));
  }

  @Mutation(() => Actor, {
    description: "Merges a duplicate actor into another: relationships move to the kept actor; the merged id keeps resolving to it. Needs an API key.",
  })
  async mergeActors(
    @Arg("keepId", () => ID, { description: "The actor that stays." }) keepId: string,
    @Arg("mergeId", () => ID, { description: "The duplicate; becomes a stub pointing at the kept actor." }) mergeId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "mergeActors");
    return presentActor(await ctx.repositories.curation.mergeActors(keepId, mergeId, principal));
  }

  @Mutation(() => Topic, {
    description: "Merges a duplicate topic into another: statements and taxonomy links move to the kept topic; the merged id keeps resolving to it. Needs an API key.",
  })
  async mergeTopics(
    @Arg("keepId", () => ID, { description: "The topic that stays." }) keepId: string,
    @Arg("mergeId", () => ID, { description: "The duplicate; becomes a stub pointing at the kept topic." }) mergeId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const principal = authorise(ctx, "mergeTopics");
    return presentTopic(await ctx.repositories.curation.mergeTopics(keepId, mergeId, principal));
  }
}
