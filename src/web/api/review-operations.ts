/**
 * The review view's requests: statements of a document (or of a topic / actor filter) least
 * confident first, with what an analyst needs to judge them, and the mutations that record the
 * judgement (sent with the analyst's API key). Keep in step with schema/schema.graphql.
 */
import { graphql } from "./client.js";
import { isStance, type Stance } from "../model/stance.js";
import type { ReviewEntry, ReviewItem, ReviewPage, ReviewState } from "../model/review.js";

const CONTEXT_CHARS = 160;

const REVIEW_FIELDS = /* GraphQL */ `
  id text stance confidence rule cue attribution review reviewedBy reviewedAt start end
  context(chars: ${CONTEXT_CHARS})
  document { id title }
  speakers { id name kind }
  topics { id label }
  corrections { field oldValue newValue by at note }
`;

export const REVIEW_STATEMENTS = /* GraphQL */ `
  query ExplorerReviewStatements($filter: StatementFilter, $first: Int!, $after: String) {
    statements(filter: $filter, orderBy: CONFIDENCE, order: ASC, first: $first, after: $after) {
      totalCount
      edges { cursor node { ${REVIEW_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const REVIEW_DOCUMENTS = /* GraphQL */ `
  query ExplorerReviewDocuments($first: Int!) { documents(first: $first) { id title date } }
`;

export const CONFIRM = /* GraphQL */ `mutation ExplorerConfirm($id: ID!, $by: String) { confirmStatement(id: $id, by: $by) { ${REVIEW_FIELDS} } }`;
export const REJECT = /* GraphQL */ `mutation ExplorerReject($id: ID!, $reason: String, $by: String) { rejectStatement(id: $id, reason: $reason, by: $by) { ${REVIEW_FIELDS} } }`;
export const CORRECT = /* GraphQL */ `mutation ExplorerCorrect($id: ID!, $stance: Stance, $actorIds: [ID!], $topicIds: [ID!], $by: String) {
  correctStatement(id: $id, stance: $stance, actorIds: $actorIds, topicIds: $topicIds, by: $by) { ${REVIEW_FIELDS} } }`;
export const CREATE_ACTOR = /* GraphQL */ `mutation ExplorerCreateActor($name: String!, $kind: ActorKind!) { createActor(name: $name, kind: $kind) { id name kind } }`;
export const CREATE_TOPIC = /* GraphQL */ `mutation ExplorerCreateTopic($label: String!) { createTopic(label: $label) { id label } }`;

interface RawReview {
  id: string;
  text: string;
  stance: string;
  confidence: number;
  rule: string;
  cue: string;
  attribution: string;
  review: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  start: number;
  end: number;
  context: string | null;
  document: { id: string; title: string | null } | null;
  speakers: { id: string; name: string; kind: string }[];
  topics: { id: string; label: string }[];
  corrections: ReviewEntry[];
}

/** Which statements: one document, or a topic / actor, in some review states (null: all but rejected). */
export interface ReviewScope {
  documentId: string | null;
  topicId: string | null;
  actorId: string | null;
  states: ReviewState[] | null;
}

function toItem(raw: RawReview): ReviewItem {
  const stance = raw.stance.toLowerCase();
  const context = raw.context ?? raw.text;
  const at = context.indexOf(raw.text);
  return {
    id: raw.id,
    text: raw.text,
    stance: (isStance(stance) ? stance : "inform") as Stance,
    confidence: raw.confidence,
    rule: raw.rule,
    cue: raw.cue,
    attribution: raw.attribution.toLowerCase(),
    review: raw.review.toLowerCase() as ReviewState,
    reviewedBy: raw.reviewedBy,
    reviewedAt: raw.reviewedAt,
    before: at >= 0 ? context.slice(0, at) : "",
    after: at >= 0 ? context.slice(at + raw.text.length) : "",
    // The API gives CONTEXT_CHARS on each side where the document has them.
    cutBefore: at >= CONTEXT_CHARS,
    cutAfter: at >= 0 && context.length - at - raw.text.length >= CONTEXT_CHARS,
    documentId: raw.document?.id ?? "",
    documentTitle: raw.document?.title ?? raw.document?.id ?? "",
    start: raw.start,
    end: raw.end,
    speakers: raw.speakers.map((a) => ({ id: a.id, name: a.name })),
    topics: raw.topics.map((t) => ({ id: t.id, label: t.label })),
    history: raw.corrections,
  };
}

export async function loadReviewPage(scope: ReviewScope, first: number, after: string | null): Promise<ReviewPage> {
  const filter: Record<string, unknown> = {};
  if (scope.documentId) filter.document = scope.documentId;
  if (scope.topicId) filter.topics = [scope.topicId];
  if (scope.actorId) filter.actors = [scope.actorId];
  if (scope.states) filter.review = scope.states.map((state) => state.toUpperCase());
  const data = await graphql<{ statements: { totalCount: number; edges: { node: RawReview }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    "ExplorerReviewStatements",
    REVIEW_STATEMENTS,
    { filter, first, after },
  );
  return {
    totalCount: data.statements.totalCount,
    items: data.statements.edges.map((edge) => toItem(edge.node)),
    next: data.statements.pageInfo.hasNextPage ? data.statements.pageInfo.endCursor : null,
  };
}

export async function loadReviewDocuments(): Promise<{ id: string; title: string; date: string | null }[]> {
  const data = await graphql<{ documents: { id: string; title: string | null; date: string | null }[] }>("ExplorerReviewDocuments", REVIEW_DOCUMENTS, { first: 200 });
  return data.documents.map((d) => ({ id: d.id, title: d.title ?? d.id, date: d.date ? d.date.slice(0, 10) : null }));
}

/** What an analyst decides about one statement; every change is sent with the API key. */
export type ReviewDecision =
  | { kind: "confirm" }
  | { kind: "reject"; reason: string | null }
  | { kind: "correct"; stance: Stance | null; actorIds: string[] | null; topicIds: string[] | null };

export async function sendDecision(id: string, decision: ReviewDecision, by: string | null, key: string): Promise<ReviewItem> {
  const byName = by?.trim() ? by.trim() : null;
  if (decision.kind === "confirm") {
    return toItem((await graphql<{ confirmStatement: RawReview }>("ExplorerConfirm", CONFIRM, { id, by: byName }, key)).confirmStatement);
  }
  if (decision.kind === "reject") {
    return toItem((await graphql<{ rejectStatement: RawReview }>("ExplorerReject", REJECT, { id, reason: decision.reason, by: byName }, key)).rejectStatement);
  }
  const variables = {
    id,
    by: byName,
    stance: decision.stance ? decision.stance.toUpperCase() : null,
    actorIds: decision.actorIds,
    topicIds: decision.topicIds,
  };
  return toItem((await graphql<{ correctStatement: RawReview }>("ExplorerCorrect", CORRECT, variables, key)).correctStatement);
}

export async function createActor(name: string, kind: string, key: string): Promise<{ id: string; name: string }> {
  return (await graphql<{ createActor: { id: string; name: string } }>("ExplorerCreateActor", CREATE_ACTOR, { name, kind: kind.toUpperCase() }, key)).createActor;
}

export async function createTopic(label: string, key: string): Promise<{ id: string; label: string }> {
  return (await graphql<{ createTopic: { id: string; label: string } }>("ExplorerCreateTopic", CREATE_TOPIC, { label }, key)).createTopic;
}
