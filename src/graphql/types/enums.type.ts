/**
 * GraphQL enums. Values are the conventional upper case; the internal values are the lower-case
 * strings stored in the graph and used by the Extraction contract, so nothing is translated twice.
 */
import { registerEnumType } from "type-graphql";

export const StanceEnum = {
  SUPPORT: "support",
  OPPOSE: "oppose",
  CONCERN: "concern",
  REQUEST: "request",
  COMMITMENT: "commitment",
  INFORM: "inform",
} as const;
registerEnumType(StanceEnum, {
  name: "Stance",
  description: "The position a statement takes on its topics.",
  valuesConfig: {
    SUPPORT: { description: "Agrees with or endorses something." },
    OPPOSE: { description: "Rejects or argues against something." },
    CONCERN: { description: "Voices worry about something." },
    REQUEST: { description: "Asks someone to do something." },
    COMMITMENT: { description: "Promises or announces own action." },
    INFORM: { description: "Explains or reports without taking sides." },
  },
});

export const ActorKindEnum = {
  PERSON: "person",
  OFFICE: "office",
  GROUP: "group",
  ORGANISATION: "organisation",
} as const;
registerEnumType(ActorKindEnum, {
  name: "ActorKind",
  description: "What kind of actor: a person, an office (held by persons over time), a group or an organisation.",
});

export const AttributionEnum = {
  EXPLICIT: "explicit",
  PRONOUN: "pronoun",
  COORDINATED: "coordinated",
  UNATTRIBUTED: "unattributed",
  COLLECTIVE: "collective",
  CONTINUED: "continued",
} as const;
registerEnumType(AttributionEnum, {
  name: "Attribution",
  description: "How the speaker of a statement was found in the text.",
  valuesConfig: {
    EXPLICIT: { description: "Named in the clause." },
    PRONOUN: { description: "Through a pronoun referring back to a named actor." },
    COORDINATED: { description: "One of several co-holders named together." },
    UNATTRIBUTED: { description: "No speaker could be found." },
    COLLECTIVE: { description: "A collective decision of the body." },
    CONTINUED: { description: "Carried over from the previous statement of the same paragraph." },
  },
});

export const TenureStatusEnum = { CONFIRMED: "confirmed", MONTH_ONLY: "month-only", UNCONFIRMED: "unconfirmed" } as const;
registerEnumType(TenureStatusEnum, {
  name: "TenureStatus",
  description: "How well the sources settle a tenure.",
  valuesConfig: {
    CONFIRMED: { description: "The cited pages state both dates (or directly imply them)." },
    MONTH_ONLY: { description: "A source gives only the month of a date; the chosen day is explained in the note." },
    UNCONFIRMED: { description: "No source settles it: shown, but never used to resolve a statement to the person." },
  },
});

export const PeriodEnum = { MONTH: "month", QUARTER: "quarter", YEAR: "year" } as const;
export type Period = (typeof PeriodEnum)[keyof typeof PeriodEnum];
registerEnumType(PeriodEnum, { name: "Period", description: "The width of a timeline bucket." });

export const SortOrderEnum = { ASC: "asc", DESC: "desc" } as const;
export type SortOrder = (typeof SortOrderEnum)[keyof typeof SortOrderEnum];
registerEnumType(SortOrderEnum, { name: "SortOrder", description: "Ordering by statement date: oldest first (ASC) or newest first (DESC)." });

export const ReviewStateEnum = {
  UNREVIEWED: "unreviewed",
  CONFIRMED: "confirmed",
  CORRECTED: "corrected",
  REJECTED: "rejected",
} as const;
registerEnumType(ReviewStateEnum, {
  name: "ReviewState",
  description: "Where an analyst left a statement; the latest decision counts.",
  valuesConfig: {
    UNREVIEWED: { description: "As extracted; nobody confirmed, corrected or rejected it yet." },
    CONFIRMED: { description: "An analyst confirmed it (speaker, stance and topics as shown)." },
    CORRECTED: { description: "An analyst corrected its stance, speakers or topics." },
    REJECTED: { description: "An analyst marked it not a position: kept with its history, but left out of lists, search, counts and networks unless asked for." },
  },
});

export const StatementOrderEnum = { DATE: "date", CONFIDENCE: "confidence" } as const;
export type StatementOrder = (typeof StatementOrderEnum)[keyof typeof StatementOrderEnum];
registerEnumType(StatementOrderEnum, {
  name: "StatementOrder",
  description: "What statements are sorted by.",
  valuesConfig: {
    DATE: { description: "Date, then position in the document." },
    CONFIDENCE: { description: "Extraction confidence (with `order: ASC` the least sure first, for review), then date and position." },
  },
});

export const SearchMatchEnum = { TEXT: "text", TOPIC: "topic" } as const;
registerEnumType(SearchMatchEnum, {
  name: "SearchMatch",
  description: "Why a statement was found.",
  valuesConfig: {
    TEXT: { description: "Its text has every word searched for (in any inflected form or compound)." },
    TOPIC: { description: "The search names a topic (label or alias) the statement is about, or a broader one; ranked after the text matches." },
  },
});
