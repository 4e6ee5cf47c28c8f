import { Field, InputType, Int } from "type-graphql";
import { DEFAULT_OPTIONS, type Duplicates, type NetworkOptions, type Normalisation, type Qualifier, type TimeUnit, type TopicLink } from "../../analytics/networks.js";
import { DuplicatesEnum, NormalisationEnum, QualifierEnum, TimeUnitEnum, TopicLinkEnum } from "../types/network-measures.type.js";

@InputType("NetworkOptions", { description: "How a network is measured (docs/analytics.md). Leaving it out gives the documented default network." })
export class NetworkOptionsInput {
  @Field(() => QualifierEnum, { nullable: true, defaultValue: "ignore", description: "Actor–topic networks: how stances are treated." })
  qualifier?: Qualifier | null;

  @Field(() => NormalisationEnum, { nullable: true, defaultValue: "none", description: "Actor–actor and topic–topic networks: edge weight normalisation." })
  normalisation?: Normalisation | null;

  @Field(() => DuplicatesEnum, { nullable: true, defaultValue: "statement", description: "Which identical (actor, topic, stance) statements count once." })
  duplicates?: Duplicates | null;

  @Field(() => TopicLinkEnum, { nullable: true, defaultValue: "statements", description: "Topic–topic networks: what links two topics." })
  topicLink?: TopicLink | null;
}

@InputType("PeriodInput", { description: "A length of time: a whole number of days, months or years." })
export class PeriodInput {
  @Field(() => Int, { description: "How many units (1 or more)." })
  size!: number;

  @Field(() => TimeUnitEnum, { description: "The unit." })
  unit!: TimeUnit;
}

/** The options with their defaults filled in. */
export function toNetworkOptions(options: NetworkOptionsInput | null | undefined): NetworkOptions {
  return {
    qualifier: options?.qualifier ?? DEFAULT_OPTIONS.qualifier,
    normalisation: options?.normalisation ?? DEFAULT_OPTIONS.normalisation,
    duplicates: options?.duplicates ?? DEFAULT_OPTIONS.duplicates,
    topicLink: options?.topicLink ?? DEFAULT_OPTIONS.topicLink,
  };
}
