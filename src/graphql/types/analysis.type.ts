import { Field, Int, ObjectType } from "type-graphql";
import type { Stance } from "../../ingest/extraction.js";
import { Actor } from "./actor.type.js";
import type { TenureStatus } from "../../ingest/gazetteer/gazetteer.js";
import { StanceEnum, TenureStatusEnum } from "./enums.type.js";
import { Person, Office } from "./actor.type.js";
import { Statement } from "./statement.type.js";
import { Topic } from "./topic.type.js";
import { LocalDate } from "./scalars.type.js";

@ObjectType("StanceCount", { simpleResolvers: true, description: "How many statements took one stance." })
export class StanceCount {
  @Field(() => StanceEnum, { description: "The stance." })
  stance!: Stance;

  @Field(() => Int, { description: "Number of statements." })
  count!: number;
}

@ObjectType("TopicPosition", { simpleResolvers: true, description: "An actor's position on one topic: stance counts and the statements behind them." })
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

@ObjectType("ActorPosition", { simpleResolvers: true, description: "What one actor said about a topic: stance counts and the statements behind them." })
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

@ObjectType("Tenure", { simpleResolvers: true, description: "A person holding an office for a period, with the sources that say so." })
export class Tenure {
  @Field(() => Person, { description: "The holder." })
  person!: Person;

  @Field(() => Office, { description: "The office." })
  office!: Office;

  @Field(() => LocalDate, { nullable: true, description: "First day (inclusive)." })
  from!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Last day (inclusive); null while the office is still held." })
  to!: string | null;

  @Field(() => Boolean, { description: "An acting holder (waarnemend, locoburgemeester, ad interim): answers for the office on the days it overlaps a formal holder." })
  acting!: boolean;

  @Field(() => TenureStatusEnum, { description: "How well the sources settle this tenure; an unconfirmed one never resolves a statement." })
  status!: TenureStatus;

  @Field(() => String, { nullable: true, description: "The portfolio, for offices held by several people at once." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "Where the tenure (its start) is documented: a URL or a citation." })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "What that source says, paraphrased." })
  evidence!: string | null;

  @Field(() => String, { nullable: true, description: "Where the last day is documented, when another page than `source`." })
  sourceTo!: string | null;

  @Field(() => String, { nullable: true, description: "What that page says, paraphrased." })
  evidenceTo!: string | null;

  @Field(() => String, { nullable: true, description: "Reviewer's note: how a date was chosen, what is uncertain." })
  note!: string | null;
}

@ObjectType("TimelineBucket", { simpleResolvers: true, description: "Statement counts per stance in one period." })
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

@ObjectType("PositionChange", { simpleResolvers: true, description: "Two consecutive statements of one actor on one topic whose stances differ." })
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
