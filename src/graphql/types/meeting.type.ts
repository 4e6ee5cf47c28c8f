import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "./node.type.js";
import { LocalDate } from "./scalars.type.js";

@ObjectType("Meeting", { simpleResolvers: true, implements: [Node], description: "A meeting of a body on a date (e.g. the LOVP of 16 September 2019), recorded by documents." })
export class Meeting extends Node {
  @Field(() => String, { nullable: true, description: "The meeting body, e.g. `LOVP`." })
  body!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The meeting date." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "Title, from the recording document." })
  title!: string | null;
}

@ObjectType("AgendaItem", { simpleResolvers: true, implements: [Node], description: "A section of a document: one agenda item of the meeting." })
export class AgendaItem extends Node {
  @Field(() => String, { description: "The section heading, e.g. `Cybercrime`." })
  heading!: string;

  @Field(() => Int, { description: "Position of the item in the document, from 0." })
  index!: number;

  @Field(() => Int, { description: "Start offset of the section body in the document text." })
  start!: number;

  @Field(() => Int, { description: "End offset of the section body in the document text." })
  end!: number;

  /** Not a field: used to fetch the document. */
  documentId!: string;
}
