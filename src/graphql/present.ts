/**
 * Records to GraphQL objects: adds `__typename`, which interface fields (`Node`, `Actor`) use to
 * pick the concrete type. Scalar fields are read from the records as they are.
 */
import type { ActorKind } from "../ingest/extraction.js";
import type {
  ActorRecord,
  AgendaItemRecord,
  CorrectionRecord,
  DocumentRecord,
  EventRecord,
  MeetingRecord,
  NodeRecord,
  StatementRecord,
  TopicRecord,
} from "../repositories/records.js";

const ACTOR_TYPES: Record<ActorKind, string> = {
  person: "Person",
  office: "Office",
  group: "Group",
  organisation: "Organisation",
};

type Typed<T> = T & { __typename: string };

export const presentActor = (actor: ActorRecord): Typed<ActorRecord> => ({ ...actor, __typename: ACTOR_TYPES[actor.kind] ?? "Organisation" });
export const presentTopic = (topic: TopicRecord): Typed<TopicRecord> => ({ ...topic, __typename: "Topic" });
export const presentStatement = (statement: StatementRecord): Typed<StatementRecord> => ({ ...statement, __typename: "Statement" });
export const presentDocument = (document: DocumentRecord): Typed<DocumentRecord> => ({ ...document, __typename: "Document" });
export const presentMeeting = (meeting: MeetingRecord): Typed<MeetingRecord> => ({ ...meeting, __typename: "Meeting" });
export const presentAgendaItem = (item: AgendaItemRecord): Typed<AgendaItemRecord> => ({ ...item, __typename: "AgendaItem" });
export const presentEvent = (event: EventRecord): Typed<EventRecord> => ({ ...event, __typename: "Event" });
export const presentCorrection = (correction: CorrectionRecord): Typed<CorrectionRecord> => ({ ...correction, __typename: "Correction" });

export function presentNode(node: NodeRecord): Typed<object> {
  switch (node.label) {
    case "Actor":
      return presentActor(node.value);
    case "Topic":
      return presentTopic(node.value);
    case "Statement":
      return presentStatement(node.value);
    case "Document":
      return presentDocument(node.value);
    case "Meeting":
      return presentMeeting(node.value);
    case "AgendaItem":
      return presentAgendaItem(node.value);
    case "Event":
      return presentEvent(node.value);
    case "Correction":
      return presentCorrection(node.value);
    default: {
      const unreachable: never = node;
      throw new Error(`Unknown node label ${JSON.stringify(unreachable)}`);
    }
  }
}
