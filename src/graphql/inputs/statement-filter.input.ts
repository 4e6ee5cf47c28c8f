import { Field, Float, ID, InputType } from "type-graphql";
import type { Stance } from "../../ingest/extraction.js";
import type { ReviewState } from "../../repositories/records.js";
import { ReviewStateEnum, StanceEnum } from "../types/enums.type.js";
import { LocalDate } from "../types/scalars.type.js";

@InputType("StatementFilter", { description: "Filters on statements; all given filters must hold (AND), values within one filter are alternatives (OR). An empty list or string is the same as leaving the filter out." })
export class StatementFilter {
  @Field(() => [ID], { nullable: true, description: "Actors as spoken or resolved (office, group, organisation or person ids)." })
  actors?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "With `actors`: an organisation also stands for its members and sub-organisations (PART_OF, any depth)." })
  includeMembers?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "Persons: statements resolved to (or spoken by) these persons." })
  persons?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Offices: statements spoken by these offices, whoever held them." })
  offices?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Topic ids, labels or aliases (case-insensitive); each includes its narrower topics. `taser` finds `stroomstootwapen`." })
  topics?: string[] | null;

  @Field(() => [StanceEnum], { nullable: true, description: "Only these stances." })
  stances?: Stance[] | null;

  @Field(() => LocalDate, { nullable: true, description: "On or after this date." })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "On or before this date." })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: "Only statements of this meeting." })
  meeting?: string | null;

  @Field(() => ID, { nullable: true, description: "Only statements of this document." })
  document?: string | null;

  @Field(() => String, { nullable: true, description: "Full-text search on the statement text (accent- and case-insensitive, Dutch stemming; all words must match)." })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only statements an analyst confirmed or corrected; false: only those nobody reviewed yet. Rejected ones only with `review: [REJECTED]`." })
  reviewed?: boolean | null;

  @Field(() => [ReviewStateEnum], { nullable: true, description: "Only statements in these review states. Without it every state but REJECTED (a rejected statement is not a position)." })
  review?: ReviewState[] | null;

  @Field(() => Float, { nullable: true, description: "Only statements whose extraction confidence is at least this (0 to 1)." })
  minConfidence?: number | null;
}
