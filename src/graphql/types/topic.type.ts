import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.type.js";

@ObjectType("Topic", { simpleResolvers: true, implements: [Node], description: "An issue statements are about, in a broader/narrower taxonomy (e.g. `stroomstootwapen`, alias `taser`)." })
export class Topic extends Node {
  @Field(() => String, { description: "Preferred label." })
  label!: string;

  @Field(() => [String], { description: "Synonyms; filtering on any of them finds this topic." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "Curated description, when the taxonomy has one." })
  description!: string | null;

  @Field(() => Boolean, { description: "True when the topic comes from the curated taxonomy." })
  curated!: boolean;

  @Field(() => Boolean, { description: "True when the topic was discovered in a document rather than curated." })
  isNew!: boolean;
}
