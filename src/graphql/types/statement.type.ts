import { Field, Float, Int, ObjectType } from "type-graphql";
import type { Attribution, Stance } from "../../ingest/extraction.js";
import type { ReviewState } from "../../repositories/records.js";
import { AttributionEnum, ReviewStateEnum, StanceEnum } from "./enums.type.js";
import { Node } from "./node.type.js";
import { LocalDate } from "./scalars.type.js";

@ObjectType("Statement", { simpleResolvers: true, implements: [Node], description: "One stated position: who said what about which topics, with its source span." })
export class Statement extends Node {
  @Field(() => String, { description: "The statement as written: exactly `document.text[start:end]`." })
  text!: string;

  @Field(() => StanceEnum, { description: "The position taken (after analysts' corrections)." })
  stance!: Stance;

  @Field(() => LocalDate, { nullable: true, description: "Date the statement was made (the meeting date)." })
  date!: string | null;

  @Field(() => Float, { description: "0..1: how sure the extraction rules are of speaker and stance together." })
  confidence!: number;

  @Field(() => AttributionEnum, { description: "How the speaker was found in the text." })
  attribution!: Attribution;

  @Field(() => String, { description: "Id of the extraction rule that produced the attribution and stance." })
  rule!: string;

  @Field(() => String, { description: "The cue word(s) that decided the stance, as they appear in the text." })
  cue!: string;

  @Field(() => Int, { description: "Start offset (inclusive) in the document's normalised text." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive) in the document's normalised text." })
  end!: number;

  @Field(() => ReviewStateEnum, { description: "Whether an analyst confirmed, corrected or rejected it (the latest decision); `corrections` has the whole trail." })
  review!: ReviewState;

  @Field(() => String, { nullable: true, description: "Who made the latest review decision (the analyst named in the mutation, with the API key's fingerprint)." })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true, description: "When the latest review decision was made (ISO date-time)." })
  reviewedAt!: string | null;

  /** Not a field: the resolvers use it to fetch the source document. */
  documentId!: string;
}
