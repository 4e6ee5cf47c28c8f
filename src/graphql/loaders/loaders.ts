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
  /** Statement ids behind one position: key = positionKey(subject id, about id). */
  actorPositionStatements: DataLoader<string, string[]>;
  topicPositionStatements: DataLoader<string, string[]>;
}

/** The key of a position for the *PositionStatements loaders. */
export const positionKey = (subject: string, about: string): string => JSON.stringify([subject, about]);

function positionPairs(keys: readonly string[]): { subject: string; about: string }[] {
  return keys.map((key) => {
    const [subject, about] = JSON.parse(key) as [string, string];
    return { subject, about };
  });
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
    actorPositionStatements: new DataLoader((keys) => repositories.analysis.positionStatementIds("actor", positionPairs(keys))),
    topicPositionStatements: new DataLoader((keys) => repositories.analysis.positionStatementIds("topic", positionPairs(keys))),
  };
}
