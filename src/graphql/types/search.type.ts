import { Field, Float, Int, ObjectType } from "type-graphql";
import type { StatementMatch } from "../../repositories/search.repository.js";
import { SearchMatchEnum } from "./enums.type.js";
import { Actor } from "./actor.type.js";
import { Statement } from "./statement.type.js";
import { Topic } from "./topic.type.js";

@ObjectType("ActorHit", { simpleResolvers: true, description: "An actor found by search, with its relevance." })
export class ActorHit {
  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;

  @Field(() => Float, { description: "Full-text relevance (higher is better)." })
  score!: number;
}

@ObjectType("TopicHit", { simpleResolvers: true, description: "A topic found by search, with its relevance." })
export class TopicHit {
  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;

  @Field(() => Float, { description: "Full-text relevance (higher is better)." })
  score!: number;
}

@ObjectType("TextSpan", { simpleResolvers: true, description: "A span of a text: offsets in JavaScript string indices (UTF-16 code units), end exclusive." })
export class TextSpan {
  @Field(() => Int, { description: "Start offset (inclusive)." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive)." })
  end!: number;
}

@ObjectType("StatementHit", { simpleResolvers: true, description: "A statement found by search, with its relevance and why it matched." })
export class StatementHit {
  @Field(() => Statement, { description: "The statement." })
  statement!: Statement;

  @Field(() => Float, { description: "Relevance (higher is better): full-text relevance of the text for TEXT matches, of the topic's names for TOPIC matches. Comparable within one kind of match only; TOPIC matches always come after TEXT matches." })
  score!: number;

  @Field(() => SearchMatchEnum, { description: "Why it was found: its own text, or a topic the search names." })
  match!: StatementMatch;

  @Field(() => Topic, { nullable: true, description: "For a TOPIC match: the topic the search named (the statement is about it or a narrower one)." })
  viaTopic!: Topic | null;

  @Field(() => [TextSpan], { description: "The words of `statement.text` that match the search (offsets into the statement text; any inflected form or compound part counts)." })
  highlights!: TextSpan[];

  @Field(() => String, { description: "The statement text, HTML-escaped, with the matching words in <mark>…</mark>; cut to about 240 characters around the first match (… marks a cut)." })
  snippet!: string;
}

@ObjectType("SearchResults", { simpleResolvers: true, description: "Search results over actors, topics and statements, best first." })
export class SearchResults {
  @Field(() => [ActorHit], { description: "Actors whose names or aliases match." })
  actors!: ActorHit[];

  @Field(() => [TopicHit], { description: "Topics whose labels or aliases match." })
  topics!: TopicHit[];

  @Field(() => [StatementHit], { description: "Statements whose text matches (TEXT), then statements about the topics the search names and their narrower topics (TOPIC)." })
  statements!: StatementHit[];
}
