/**
 * DataLoaders, one set per request: every field that needs linked data asks a loader, which
 * batches all keys of one tick into one `UNWIND $ids` query. The number of database round trips
 * of a request therefore depends on the shape of the query, not on the number of results.
 */
import DataLoader from "dataloader";
import type { ActorLinks, ContainerLinks, TopicLinks } from "../../repositories/node.repository.js";
import type { PositionRow } from "../../repositories/analysis.repository.js";
import type { ActorRecord, NodeRecord, StatementLinks, StatementRecord, TopicRecord } from "../../repositories/records.js";
import type { Repositories } from "../../repositories/repositories.js";

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  statement: DataLoader<string, StatementRecord | null>;
  statementLinks: DataLoader<string, StatementLinks>;
  actorLinks: DataLoader<string, ActorLinks>;
  topicLinks: DataLoader<string, TopicLinks>;
  containerLinks: DataLoader<string, ContainerLinks>;
  actorPositions: DataLoader<string, PositionRow<TopicRecord>[]>;
  topicPositions: DataLoader<string, PositionRow<ActorRecord>[]>;
}

export function createLoaders(repositories: Repositories): Loaders {
  return {
    node: new DataLoader((ids) => repositories.nodes.byIds(ids)),
    statement: new DataLoader((ids) => repositories.statements.byIds(ids)),
    statementLinks: new DataLoader((ids) => repositories.statements.links(ids)),
    actorLinks: new DataLoader((ids) => repositories.nodes.actorLinks(ids)),
    topicLinks: new DataLoader((ids) => repositories.nodes.topicLinks(ids)),
    containerLinks: new DataLoader((ids) => repositories.nodes.containerLinks(ids)),
    actorPositions: new DataLoader((ids) => repositories.analysis.actorPositions(ids)),
    topicPositions: new DataLoader((ids) => repositories.analysis.topicPositions(ids)),
  };
}
