/** Network edges from the repository to {nodes, edges}; nodes are the edges' ends. */
import type { ActorTopicEdge, PairEdge } from "../../repositories/analysis.repository.js";
import type { ActorRecord, TopicRecord } from "../../repositories/records.js";
import type { Network, NetworkNode } from "../types/network.type.js";

class NodeSet {
  private readonly nodes = new Map<string, { node: NetworkNode; statements: Set<string> }>();

  add(id: string, label: string, type: string, kind: string | null, statementIds: string[]): void {
    const entry = this.nodes.get(id) ?? { node: { id, label, type, kind, statementCount: 0 }, statements: new Set<string>() };
    for (const statementId of statementIds) entry.statements.add(statementId);
    this.nodes.set(id, entry);
  }

  list(): NetworkNode[] {
    return [...this.nodes.values()]
      .map(({ node, statements }) => ({ ...node, statementCount: statements.size }))
      .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  }
}

const addActor = (nodes: NodeSet, actor: ActorRecord, ids: string[]) => nodes.add(actor.id, actor.name, "actor", actor.kind, ids);
const addTopic = (nodes: NodeSet, topic: TopicRecord, ids: string[]) => nodes.add(topic.id, topic.label, "topic", null, ids);

export function actorTopicNetwork(edges: ActorTopicEdge[]): Network {
  const nodes = new NodeSet();
  for (const edge of edges) {
    addActor(nodes, edge.actor, edge.statementIds);
    addTopic(nodes, edge.topic, edge.statementIds);
  }
  return {
    nodes: nodes.list(),
    edges: edges.map((edge) => ({
      source: edge.actor.id,
      target: edge.topic.id,
      weight: edge.weight,
      stances: edge.stances,
      topicIds: [],
      statementIds: edge.statementIds,
    })),
  };
}

export function actorNetwork(edges: PairEdge<ActorRecord>[]): Network {
  const nodes = new NodeSet();
  for (const edge of edges) {
    addActor(nodes, edge.source, edge.statementIds);
    addActor(nodes, edge.target, edge.statementIds);
  }
  return {
    nodes: nodes.list(),
    edges: edges.map((edge) => ({ source: edge.source.id, target: edge.target.id, weight: edge.weight, stances: [], topicIds: edge.topicIds, statementIds: edge.statementIds })),
  };
}

export function topicNetwork(edges: PairEdge<TopicRecord>[]): Network {
  const nodes = new NodeSet();
  for (const edge of edges) {
    addTopic(nodes, edge.source, edge.statementIds);
    addTopic(nodes, edge.target, edge.statementIds);
  }
  return {
    nodes: nodes.list(),
    edges: edges.map((edge) => ({ source: edge.source.id, target: edge.target.id, weight: edge.weight, stances: [], topicIds: [], statementIds: edge.statementIds })),
  };
}
