import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "./node.type.js";
import { LocalDate } from "./scalars.type.js";

@ObjectType("Document", { simpleResolvers: true, implements: [Node], description: "A source document (minutes); every statement points into its normalised text." })
export class Document extends Node {
  @Field(() => String, { description: "Where the document came from: a path or a caller-given name." })
  source!: string;

  @Field(() => String, { nullable: true, description: "Title of the document." })
  title!: string | null;

  @Field(() => String, { description: "The normalised text all offsets point into." })
  text!: string;

  @Field(() => String, { nullable: true, description: "Original format: `txt`, `pdf`, `html`, `docx` or `odt`." })
  format!: string | null;

  @Field(() => String, { nullable: true, description: "Language detected on the text (ISO 639-3), e.g. `nld`." })
  language!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Meeting date the document records." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "Meeting body, e.g. `LOVP`." })
  body!: string | null;

  @Field(() => String, { nullable: true, description: "When the document was loaded (ISO date-time)." })
  loadedAt!: string | null;
}

@ObjectType("Event", { simpleResolvers: true, implements: [Node], description: "A dated event a document refers to, e.g. `het Algemeen Overleg van 5 september`." })
export class Event extends Node {
  @Field(() => String, { description: "The reference as written." })
  label!: string;

  @Field(() => LocalDate, { nullable: true, description: "The resolved date." })
  date!: string | null;

  @Field(() => Int, { description: "Start offset of the reference in the document text." })
  start!: number;

  @Field(() => Int, { description: "End offset of the reference in the document text." })
  end!: number;

  /** Not a field: used to fetch the document. */
  documentId!: string;
}

@ObjectType("Correction", { simpleResolvers: true, implements: [Node], description: "One entry of a statement's audit trail: an analyst's correction, confirmation or rejection, kept across re-ingests." })
export class Correction extends Node {
  @Field(() => String, { description: "What changed: `stance`, `actors` or `topics` (a correction), or `review` (a confirmation or rejection: newValue `confirmed` or `rejected`, oldValue the state before)." })
  field!: string;

  @Field(() => String, { nullable: true, description: "The value before (ids joined by commas for lists)." })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: "The value after (ids joined by commas for lists)." })
  newValue!: string | null;

  @Field(() => String, { description: "Who corrected: the analyst named in the mutation, or the API key's fingerprint." })
  by!: string;

  @Field(() => String, { description: "When (ISO date-time)." })
  at!: string;

  @Field(() => String, { nullable: true, description: "Why, when the analyst said so (the reason given for a rejection)." })
  note!: string | null;
}
