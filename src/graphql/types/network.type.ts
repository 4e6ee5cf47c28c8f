import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { Stance } from "../../ingest/extraction.js";
import { StanceCount } from "./analysis.type.js";
import { StanceEnum } from "./enums.type.js";
import { LocalDate } from "./scalars.type.js";

@ObjectType("NetworkNode", { simpleResolvers: true, description: "A node of a computed network: an actor or a topic." })
export class NetworkNode {
  @Field(() => ID, { description: "Id of the actor or topic (usable with `node(id)`)." })
  id!: string;

  @Field(() => String, { description: "Name of the actor or label of the topic." })
  label!: string;

  @Field(() => String, { description: "`actor` or `topic`." })
  type!: string;

  @Field(() => String, { nullable: true, description: "For actors: person, office, group or organisation." })
  kind!: string | null;

  @Field(() => Int, { description: "Number of statements behind this node in the network's window." })
  statementCount!: number;

  @Field(() => Int, { description: "Number of edges at this node (per-stance parallel edges count each)." })
  degree!: number;

  @Field(() => Float, { description: "Sum of the weights of the edges at this node." })
  weightedDegree!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Topics: polarisation 1 - |S - O| / (S + O), S and O the numbers of actors whose net position (positive minus OPPOSE statements) is positive / negative; 0 = one camp, 1 = two equal camps. Null for actors and when no actor takes a side.",
  })
  polarisation!: number | null;

  @Field(() => LocalDate, { nullable: true, description: "Date of the earliest statement behind this node." })
  firstDate!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date of the latest statement behind this node." })
  lastDate!: string | null;
}

@ObjectType("NetworkEdge", { simpleResolvers: true, description: "A weighted edge between two network nodes." })
export class NetworkEdge {
  @Field(() => ID, { description: "Id of the source node (the actor in actor–topic networks)." })
  source!: string;

  @Field(() => ID, { description: "Id of the target node." })
  target!: string;

  @Field(() => Float, { description: "Weight; its meaning is documented on the query that returns the network." })
  weight!: number;

  @Field(() => [StanceCount], {
    description: "Statements per stance behind the edge (actor–topic networks: with the duplicate handling of `NetworkOptions.duplicates`).",
  })
  stances!: StanceCount[];

  @Field(() => Float, { description: "The weight before normalisation (equal to `weight` without normalisation)." })
  rawWeight!: number;

  @Field(() => StanceEnum, { nullable: true, description: "Per-stance actor–topic networks: the stance of this edge." })
  stance!: Stance | null;

  @Field(() => String, { nullable: true, description: "Combined actor–topic networks: positive, negative, mixed or neutral." })
  polarity!: string | null;

  @Field(() => [ID], { description: "Actors behind a topic–topic edge linked by shared actors; empty elsewhere." })
  actorIds!: string[];

  @Field(() => LocalDate, { nullable: true, description: "Date of the earliest statement behind the edge." })
  firstDate!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date of the latest statement behind the edge." })
  lastDate!: string | null;

  @Field(() => [ID], { description: "Topics behind an actor–actor edge; empty elsewhere." })
  topicIds!: string[];

  @Field(() => [ID], { description: "Statements behind the edge, in no particular order." })
  statementIds!: string[];
}

@ObjectType("Network", { simpleResolvers: true, description: "A network computed in the database: nodes and weighted edges." })
export class Network {
  @Field(() => [NetworkNode], { description: "Nodes that have at least one edge." })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: "Weighted edges, heaviest first." })
  edges!: NetworkEdge[];
}
