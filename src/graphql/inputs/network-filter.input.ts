import { Field, ID, InputType } from "type-graphql";
import type { Stance } from "../../ingest/extraction.js";
import { StanceEnum } from "../types/enums.type.js";
import { LocalDate } from "../types/scalars.type.js";

@InputType("NetworkFilter", { description: "Which statements a network is computed from; all given filters must hold. An empty list is the same as leaving the filter out." })
export class NetworkFilter {
  @Field(() => [String], { nullable: true, description: "Topic ids, labels or aliases; each includes its narrower topics." })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Actor ids (as spoken)." })
  actors?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "With `actors`: organisations also stand for their members." })
  includeMembers?: boolean | null;

  @Field(() => [StanceEnum], { nullable: true, description: "Only statements with these stances." })
  stances?: Stance[] | null;

  @Field(() => LocalDate, { nullable: true, description: "On or after this date." })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "On or before this date." })
  to?: string | null;
}
