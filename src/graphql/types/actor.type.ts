import { Field, InterfaceType, ObjectType } from "type-graphql";
import type { ActorKind } from "../../ingest/extraction.js";
import { ActorKindEnum } from "./enums.type.js";
import { Node } from "./node.type.js";
import { typeNameOf } from "./type-name.js";

/** Someone or something that takes positions: a person, an office, a group or an organisation. */
@InterfaceType("Actor", {
  implements: Node,
  description: "Someone or something that states positions: a person, an office, a group or an organisation.",
  resolveType: typeNameOf,
})
export abstract class Actor extends Node {
  @Field(() => String, { description: "Display name, e.g. `de korpschef`." })
  name!: string;

  @Field(() => ActorKindEnum, { description: "Which kind of actor this is." })
  kind!: ActorKind;

  @Field(() => [String], { description: "Other names the documents use for this actor." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "Curated description, when the gazetteer has one." })
  description!: string | null;

  @Field(() => Boolean, { description: "True when the actor comes from the curated gazetteer." })
  curated!: boolean;

  @Field(() => Boolean, { description: "True when the actor was discovered in a document rather than curated." })
  isNew!: boolean;
}

@ObjectType("Person", { simpleResolvers: true, implements: [Node, Actor], description: "A natural person, e.g. the person holding an office on a date." })
export class Person extends Actor {}

@ObjectType("Office", { simpleResolvers: true, implements: [Node, Actor], description: "An office held by persons over time, e.g. de korpschef or de minister van Justitie en Veiligheid." })
export class Office extends Actor {}

@ObjectType("Group", { simpleResolvers: true, implements: [Node, Actor], description: "A group speaking together, e.g. de regioburgemeesters." })
export class Group extends Actor {}

@ObjectType("Organisation", { simpleResolvers: true, implements: [Node, Actor], description: "An organisation, possibly with parts (sub-organisations, offices, groups)." })
export class Organisation extends Actor {}
