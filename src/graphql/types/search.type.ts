import { Field, Float, ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { Statement } from "./statement.type.js";
import { Topic } from "./topic.type.js";

@ObjectType("ActorHit", { description: "An actor found by search, with its relevance." })
export class ActorHit {
  @Field(() => Actor, { description: "The actor." })
  actor!: Actor;

  @Field(() => Float, { description: "Full-text relevance (higher is better)." })
  score!: number;
}

@ObjectType("TopicHit", { description: "A topic found by search, with its relevance." })
export class TopicHit {
  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;

  @Field(() => Float, { description: "Full-text relevance (higher is better)." })
  score!: number;
}

@ObjectType("StatementHit", { description: "A statement found by search, with its relevance." })
export class StatementHit {
  @Field(() => Statement, { description: "The statement." })
  statement!: Statement;

  @Field(() => Float, { description: "Full-text relevance (higher is better)." })
  score!: number;
}

@ObjectType("SearchResults", { description: "Search results over actors, topics and statements, best first." })
export class SearchResults {
  @Field(() => [ActorHit], { description: "Actors whose names or aliases match." })
  actors!: ActorHit[];

  @Field(() => [TopicHit], { description: "Topics whose labels or aliases match." })
  topics!: TopicHit[];

  @Field(() => [StatementHit], { description: "Statements whose text matches." })
  statements!: StatementHit[];
}
