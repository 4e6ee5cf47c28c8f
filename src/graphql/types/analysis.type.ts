import { Field, Int, ObjectType } from "type-graphql";
import type { Stance } from "../../ingest/extraction.js";
import { Actor } from "./actor.type.js";
import { StanceEnum } from "./enums.type.js";
import { Person, Office } from "./actor.type.js";
import { Statement } from "./statement.type.js";
import { Topic } from "./topic.type.js";
import { LocalDate } from "./scalars.type.js";

@ObjectType("StanceCount", { description: "How many statements took one stance." })
export class StanceCount {
  @Field(() => StanceEnum, { description: "The stance." })
  stance!: Stance;

  @Field(() => Int, { description: "Number of statements." })
  count!: number;
}

@ObjectType("TopicPosition", { description: "An actor's position on one topic: stance counts and the statements behind them." })
export class TopicPosition {
  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;

  @Field(() => [StanceCount], { description: "Statements per stance (stances with none are left out)." })
  stances!: StanceCount[];

  @Field(() => Int, { description: "Number of statements on the topic." })
  total!: number;

  @Field(() => [Statement], { description: "The statements, oldest first." })
  statements!: Statement[];
}

@ObjectType("ActorPosition", { description: "What one actor said about a topic: stance counts and the statements behind them." })
export class ActorPosition {
  @Field(() => Actor, { description: "The actor as spoken (office, group, organisation or person)." })
  actor!: Actor;

  @Field(() => [StanceCount], { description: "Statements per stance (stances with none are left out)." })
  stances!: StanceCount[];

  @Field(() => Int, { description: "Number of statements." })
  total!: number;

  @Field(() => [Statement], { description: "The statements, oldest first." })
  statements!: Statement[];
}

@ObjectType("Tenure", { description: "A person holding an office for a period." })
export class Tenure {
  @Field(() => Person, { description: "The holder." })
  person!: Person;

  @Field(() => Office, { description: "The office." })
  office!: Office;

  @Field(() => LocalDate, { nullable: true, description: "First day (inclusive)." })
  from!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day (inclusive); null while the office is still held." })
  to!: string | null;

  @Field(() => String, { nullable: true, description: "Where the tenure is documented." })
  source!: string | null;
}

@ObjectType("TimelineBucket", { description: "Statement counts per stance in one period." })
export class TimelineBucket {
  @Field(() => String, { description: "The period: `2019-09` (month), `2019-Q3` (quarter) or `2019` (year)." })
  period!: string;

  @Field(() => LocalDate, { description: "First day of the period." })
  start!: string;

  @Field(() => [StanceCount], { description: "Statements per stance in the period (stances with none are left out)." })
  stances!: StanceCount[];

  @Field(() => Int, { description: "Number of statements in the period." })
  total!: number;
}

@ObjectType("PositionChange", { description: "Two consecutive statements of one actor on one topic whose stances differ." })
export class PositionChange {
  @Field(() => Actor, { description: "The actor (as spoken, or the resolved person)." })
  actor!: Actor;

  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;

  @Field(() => StanceEnum, { description: "Stance of the earlier statement." })
  fromStance!: Stance;

  @Field(() => StanceEnum, { description: "Stance of the later statement." })
  toStance!: Stance;

  @Field(() => Statement, { description: "The earlier statement (with its source)." })
  before!: Statement;

  @Field(() => Statement, { description: "The later statement (with its source)." })
  after!: Statement;
}
