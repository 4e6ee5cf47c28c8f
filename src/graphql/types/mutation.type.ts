import { Field, Int, ObjectType } from "type-graphql";
import { Document } from "./document.type.js";

@ObjectType("IngestResult", { simpleResolvers: true, description: "What ingesting one document did." })
export class IngestResult {
  @Field(() => Document, { description: "The stored document." })
  document!: Document;

  @Field(() => Boolean, { description: "False when the same text was already loaded (nothing changed)." })
  loaded!: boolean;

  @Field(() => Int, { description: "Number of statements the document has in the graph." })
  statementCount!: number;
}
