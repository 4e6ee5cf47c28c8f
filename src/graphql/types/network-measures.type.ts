/**
 * Enums and object types of the network measures, time windows and exports (definitions in
 * docs/analytics.md). Internal values are the lower-case strings of src/analytics and src/export.
 */
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Network } from "./network.type.js";
import { LocalDate } from "./scalars.type.js";

export const NetworkKindEnum = { ACTOR_TOPIC: "actor-topic", CONGRUENCE: "congruence", CONFLICT: "conflict", SUBTRACT: "subtract", TOPICS: "topics" } as const;
registerEnumType(NetworkKindEnum, {
  name: "NetworkKind",
  description: "Which network: the two-mode actor–topic network, an actor–actor network or the topic–topic network.",
  valuesConfig: {
    ACTOR_TOPIC: { description: "Actors (as spoken) linked to the topics they made statements on (as `actorTopicNetwork`)." },
    CONGRUENCE: { description: "Actors linked by the (topic, stance) pairs they share (as `actorCongruenceNetwork`)." },
    CONFLICT: { description: "Actors linked by opposing stances on the same topic (as `actorConflictNetwork`)." },
    SUBTRACT: { description: "Actor–actor: congruence weight minus conflict weight (each normalised first); edges of weight 0 are left out." },
    TOPICS: { description: "Topics linked by co-occurrence or shared actors (as `topicNetwork`; see `NetworkOptions.topicLink`)." },
  },
});

export const QualifierEnum = { IGNORE: "ignore", PER_STANCE: "per-stance", COMBINED: "combined", SUBTRACT: "subtract" } as const;
registerEnumType(QualifierEnum, {
  name: "QualifierMode",
  description: "How the actor–topic network treats stances (the qualifier of discourse network analysis).",
  valuesConfig: {
    IGNORE: { description: "One edge per actor and topic; weight = statements of any stance (the default)." },
    PER_STANCE: { description: "One edge per actor, topic and stance; weight = statements with that stance (`NetworkEdge.stance`)." },
    COMBINED: {
      description: "One edge per actor and topic; weight = statements of any stance; `NetworkEdge.polarity` is positive (only SUPPORT/REQUEST/COMMITMENT), negative (only OPPOSE), mixed (both) or neutral (only CONCERN/INFORM).",
    },
    SUBTRACT: { description: "One edge per actor and topic; weight = positive (SUPPORT/REQUEST/COMMITMENT) minus negative (OPPOSE) statements; edges with neither are left out." },
  },
});

export const NormalisationEnum = { NONE: "none", AVERAGE_ACTIVITY: "average-activity", JACCARD: "jaccard", COSINE: "cosine" } as const;
registerEnumType(NormalisationEnum, {
  name: "Normalisation",
  description:
    "Normalisation of one-mode (actor–actor, topic–topic) edge weights w between nodes of activity a_i, a_j (actors: distinct (topic, stance) pairs; topics: statements, or actors with TOPIC link SHARED_ACTORS). See docs/analytics.md.",
  valuesConfig: {
    NONE: { description: "The raw weight (the default)." },
    AVERAGE_ACTIVITY: { description: "w / ((a_i + a_j) / 2)." },
    JACCARD: { description: "w / (a_i + a_j - w)." },
    COSINE: { description: "w / sqrt(a_i * a_j)." },
  },
});

export const DuplicatesEnum = { STATEMENT: "statement", DOCUMENT: "document", MONTH: "month", YEAR: "year" } as const;
registerEnumType(DuplicatesEnum, {
  name: "DuplicateMode",
  description: "Which identical (actor, topic, stance) statements count once in actor–topic weights, stance counts and polarisation.",
  valuesConfig: {
    STATEMENT: { description: "Every statement counts (the default)." },
    DOCUMENT: { description: "Once per document." },
    MONTH: { description: "Once per calendar month." },
    YEAR: { description: "Once per calendar year." },
  },
});

export const TopicLinkEnum = { STATEMENTS: "statements", SHARED_ACTORS: "shared-actors" } as const;
registerEnumType(TopicLinkEnum, {
  name: "TopicLink",
  description: "What links two topics in the topic–topic network.",
  valuesConfig: {
    STATEMENTS: { description: "Statements about both topics (co-occurrence; the default)." },
    SHARED_ACTORS: { description: "Actors who made statements on both topics (`NetworkEdge.actorIds`)." },
  },
});

export const TimeUnitEnum = { DAY: "day", MONTH: "month", YEAR: "year" } as const;
registerEnumType(TimeUnitEnum, { name: "TimeUnit", description: "Unit of a time window or step." });

export const ExportFormatEnum = { GRAPHML: "graphml", GEXF: "gexf", NODES_CSV: "nodes-csv", EDGES_CSV: "edges-csv", STATEMENTS_CSV: "statements-csv" } as const;
registerEnumType(ExportFormatEnum, {
  name: "ExportFormat",
  description: "File format of `exportNetwork`.",
  valuesConfig: {
    GRAPHML: { description: "GraphML with node and edge attributes (Gephi, visone, networkx)." },
    GEXF: { description: "GEXF 1.2 (Gephi); with `window` and `step` a dynamic graph with a spell per window." },
    NODES_CSV: { description: "Nodes table, RFC 4180 CSV (Gephi spreadsheet import: Id, Label, ...)." },
    EDGES_CSV: { description: "Edges table, RFC 4180 CSV (Source, Target, Type, Weight, ...); with `window` and `step` one row per edge and window." },
    STATEMENTS_CSV: { description: "Statement-level table (one row per statement, actor and topic) for rDNA-style analysis." },
  },
});

@ObjectType("NetworkWindow", { simpleResolvers: true, description: "The network of one moving time window." })
export class NetworkWindowType {
  @Field(() => LocalDate, { description: "First day of the window." })
  start!: string;

  @Field(() => LocalDate, { description: "Last day of the window (inclusive)." })
  end!: string;

  @Field(() => Network, { description: "The network of the statements dated in the window; equal to the single network with filter {from: start, to: end}." })
  network!: Network;
}

@ObjectType("ExportFile", { simpleResolvers: true, description: "An exported file: its suggested name, media type and text." })
export class ExportFileType {
  @Field(() => String, { description: "Suggested file name." })
  filename!: string;

  @Field(() => String, { description: "Media type, e.g. `application/graphml+xml; charset=utf-8`." })
  mediaType!: string;

  @Field(() => String, { description: "The file's text (UTF-8)." })
  content!: string;
}
