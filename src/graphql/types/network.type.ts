import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { StanceCount } from "./analysis.type.js";

@ObjectType("NetworkNode", { description: "A node of a computed network: an actor or a topic." })
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
}

@ObjectType("NetworkEdge", { description: "A weighted edge between two network nodes." })
export class NetworkEdge {
  @Field(() => ID, { description: "Id of the source node (the actor in actor–topic networks)." })
  source!: string;

  @Field(() => ID, { description: "Id of the target node." })
  target!: string;

  @Field(() => Float, { description: "Weight; its meaning is documented on the query that returns the network." })
  weight!: number;

  @Field(() => [StanceCount], { description: "Actor–topic networks: statements per stance behind the edge. Empty elsewhere." })
  stances!: StanceCount[];

  @Field(() => [ID], { description: "Topics behind an actor–actor edge; empty elsewhere." })
  topicIds!: string[];

  @Field(() => [ID], { description: "Statements behind the edge." })
  statementIds!: string[];
}

@ObjectType("Network", { description: "A network computed in the database: nodes and weighted edges." })
export class Network {
  @Field(() => [NetworkNode], { description: "Nodes that have at least one edge." })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: "Weighted edges, heaviest first." })
  edges!: NetworkEdge[];
}
