/** Any node by id (following merges), lists of actors, topics, meetings, documents, and what they link to. */
import type { ActorKind } from "../ingest/extraction.js";
import type { QueryRunner, RepositoryOptions } from "./query-runner.js";
import type {
  ActorRecord,
  AgendaItemRecord,
  DocumentRecord,
  EventRecord,
  MeetingRecord,
  NodeRecord,
  Tenure,
  TopicRecord,
} from "./records.js";
import { asList, asProps, toActor, toAgendaItem, toDocument, toEvent, toMeeting, toNode, toTenure, toTopic } from "./record-mappers.js";

export interface ActorLinks {
  partOf: ActorRecord[];
  parts: ActorRecord[];
  members: ActorRecord[];
  tenures: Tenure[];
}

export interface TopicLinks {
  broader: TopicRecord[];
  narrower: TopicRecord[];
}

export interface ContainerLinks {
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
  agendaItems: AgendaItemRecord[];
  events: EventRecord[];
  statementIds: string[];
}

export class NodeRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly options: RepositoryOptions,
  ) {}

  /** Nodes by id in the order asked (null when absent); a merged id yields the node kept by the merge. */
  async byIds(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const rows = await this.db.read("read-nodes", { ids: [...ids] }, this.options);
    const found = new Map<string, NodeRecord>();
    for (const row of rows) {
      const node = toNode(String(row.label), asProps(row.properties));
      if (node) found.set(String(row.id), node);
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async actorLinks(ids: readonly string[]): Promise<ActorLinks[]> {
    const rows = await this.db.read("read-actor-links", { ids: [...ids] }, this.options);
    const found = new Map<string, ActorLinks>();
    for (const row of rows) {
      found.set(String(row.id), {
        partOf: asList(row.partOf).map(toActor),
        parts: asList(row.parts).map(toActor),
        members: asList(row.members).map(toActor),
        tenures: asList(row.tenures)
          .map((t) => toTenure(asProps(t.person), asProps(t.office), asProps(t.held)))
          .sort((a, b) => (a.from ?? "").localeCompare(b.from ?? "") || a.office.id.localeCompare(b.office.id)),
      });
    }
    return ids.map((id) => found.get(id) ?? { partOf: [], parts: [], members: [], tenures: [] });
  }

  async topicLinks(ids: readonly string[]): Promise<TopicLinks[]> {
    const rows = await this.db.read("read-topic-links", { ids: [...ids] }, this.options);
    const found = new Map<string, TopicLinks>();
    for (const row of rows) {
      found.set(String(row.id), { broader: asList(row.broader).map(toTopic), narrower: asList(row.narrower).map(toTopic) });
    }
    return ids.map((id) => found.get(id) ?? { broader: [], narrower: [] });
  }

  /** Documents, meetings, agenda items, events and statement ids contained in meetings, documents or agenda items. */
  async containerLinks(ids: readonly string[]): Promise<ContainerLinks[]> {
    const rows = await this.db.read("read-container-links", { ids: [...ids] }, this.options);
    const found = new Map<string, ContainerLinks>();
    for (const row of rows) {
      found.set(String(row.id), {
        documents: asList(row.documents).map(toDocument),
        meetings: asList(row.meetings).map(toMeeting),
        agendaItems: asList(row.agendaItems).map(toAgendaItem),
        events: asList(row.events).map(toEvent),
        statementIds: Array.isArray(row.statementIds) ? row.statementIds.map(String) : [],
      });
    }
    return ids.map((id) => found.get(id) ?? { documents: [], meetings: [], agendaItems: [], events: [], statementIds: [] });
  }

  async actors(kinds: ActorKind[] | null, limit: number): Promise<ActorRecord[]> {
    const rows = await this.db.read("read-actors", { kinds: kinds ?? [], limit }, this.options);
    return rows.map((row) => toActor(asProps(row.actor)));
  }

  async topics(limit: number): Promise<TopicRecord[]> {
    const rows = await this.db.read("read-topics", { limit }, this.options);
    return rows.map((row) => toTopic(asProps(row.topic)));
  }

  async meetings(filter: { body: string | null; from: string | null; to: string | null }, limit: number): Promise<MeetingRecord[]> {
    const rows = await this.db.read("read-meetings", { body: filter.body ?? "", from: filter.from ?? "", to: filter.to ?? "", limit }, this.options);
    return rows.map((row) => toMeeting(asProps(row.meeting)));
  }

  async documents(limit: number): Promise<DocumentRecord[]> {
    const rows = await this.db.read("read-documents", { limit }, this.options);
    return rows.map((row) => toDocument(asProps(row.document)));
  }
}
