/** Builds the executable schema from the resolver classes (the SDL in schema/ is emitted from it). */
import { GraphQLSchema, lexicographicSortSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { ActorResolver, OfficeResolver, OrganisationResolver, PersonResolver } from "./resolvers/actor.resolver.js";
import { AnalysisResolver } from "./resolvers/analysis.resolver.js";
import { AgendaItemResolver, DocumentResolver, EventResolver, MeetingResolver } from "./resolvers/meeting.resolver.js";
import { MutationResolver } from "./resolvers/mutation.resolver.js";
import { NetworkAnalyticsResolver } from "./resolvers/network-analytics.resolver.js";
import { NodeResolver } from "./resolvers/node.resolver.js";
import { PopoloResolver } from "./resolvers/popolo.resolver.js";
import { SearchResolver } from "./resolvers/search.resolver.js";
import { StatementResolver } from "./resolvers/statement.resolver.js";
import { TopicResolver } from "./resolvers/topic.resolver.js";
import { Correction, Document, Event } from "./types/document.type.js";
import { Group, Office, Organisation, Person } from "./types/actor.type.js";
import { AgendaItem, Meeting } from "./types/meeting.type.js";

let cached: GraphQLSchema | undefined;

/** The schema is built once per process: type-graphql's metadata is global anyway. */
export function buildApiSchema(): GraphQLSchema {
  cached ??= lexicographicSortSchema(
    buildSchemaSync({
      resolvers: [
        NodeResolver,
        PopoloResolver,
        ActorResolver,
        PersonResolver,
        OfficeResolver,
        OrganisationResolver,
        TopicResolver,
        StatementResolver,
        MeetingResolver,
        AgendaItemResolver,
        DocumentResolver,
        EventResolver,
        AnalysisResolver,
        NetworkAnalyticsResolver,
        SearchResolver,
        MutationResolver,
      ],
      // Types reachable only through interfaces must be listed, or the schema would omit them.
      orphanedTypes: [Person, Office, Group, Organisation, Meeting, AgendaItem, Document, Event, Correction],
      // class-validator is not used on our inputs; arguments are checked in resolvers.
      validate: false,
    }),
  );
  return cached;
}
