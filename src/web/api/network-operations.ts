/**
 * The network operations: the network drawn (`network`), its moving time windows
 * (`networkWindows`) and the download (`exportNetwork`), with the mapping of the answer into
 * model/types.ts. The arguments come from model/network-request.ts, one mapping for all three.
 * Edges carry their statement ids only where the details list a link by them (actor–actor and
 * topic–topic links): an actor–topic link is a statements filter, and on a large graph its ids
 * would be every statement's id, in the answer the page waits for.
 */
import { graphql } from "./client.js";
import { isStance, type Stance } from "../model/stance.js";
import type { ExportArguments, NetworkArguments, WindowArguments } from "../model/network-request.js";
import type { ExportFileData, NetworkData, NetworkEdgeData, NetworkNodeData, NetworkWindowData } from "../model/types.js";

const NETWORK_FIELDS = /* GraphQL */ `
  nodes { id type kind label degree weightedDegree polarisation statementCount }
  edges { source target weight rawWeight stance polarity stances { stance count } statementIds @include(if: $withStatementIds) topicIds actorIds }
`;

export const NETWORK = /* GraphQL */ `
  query ExplorerNetwork($kind: NetworkKind!, $filter: NetworkFilter, $options: NetworkOptions, $withStatementIds: Boolean!) {
    network(kind: $kind, filter: $filter, options: $options) { ${NETWORK_FIELDS} }
  }
`;

export const NETWORK_WINDOWS = /* GraphQL */ `
  query ExplorerNetworkWindows(
    $kind: NetworkKind!, $window: PeriodInput!, $step: PeriodInput!, $filter: NetworkFilter, $options: NetworkOptions, $withStatementIds: Boolean!
  ) {
    networkWindows(kind: $kind, window: $window, step: $step, filter: $filter, options: $options) {
      start end network { ${NETWORK_FIELDS} }
    }
  }
`;

export const EXPORT_NETWORK = /* GraphQL */ `
  query ExplorerExport($kind: NetworkKind!, $format: ExportFormat!, $filter: NetworkFilter, $options: NetworkOptions, $window: PeriodInput, $step: PeriodInput) {
    exportNetwork(kind: $kind, format: $format, filter: $filter, options: $options, window: $window, step: $step) { filename mediaType content }
  }
`;

interface RawNode {
  id: string;
  type: string;
  kind: string | null;
  label: string;
  degree: number;
  weightedDegree: number;
  polarisation: number | null;
  statementCount: number;
}

interface RawEdge {
  source: string;
  target: string;
  weight: number;
  rawWeight: number;
  stance: string | null;
  polarity: string | null;
  stances: { stance: string; count: number }[];
  statementIds?: string[];
  topicIds: string[];
  actorIds: string[];
}

interface RawNetwork {
  nodes: RawNode[];
  edges: RawEdge[];
}

const stanceOf = (value: string | null): Stance | null => {
  const lower = value?.toLowerCase() ?? "";
  return isStance(lower) ? lower : null;
};

function toNode(raw: RawNode): NetworkNodeData {
  return {
    id: raw.id,
    type: raw.type === "topic" ? "topic" : "actor",
    actorKind: raw.kind,
    label: raw.label,
    degree: raw.degree,
    weightedDegree: raw.weightedDegree,
    polarisation: raw.polarisation,
    statementCount: raw.statementCount,
  };
}

function toEdge(raw: RawEdge): NetworkEdgeData {
  const stances: Partial<Record<Stance, number>> = {};
  let counted = 0;
  for (const { stance, count } of raw.stances) {
    const known = stanceOf(stance);
    if (known) stances[known] = count;
    counted += count;
  }
  return {
    source: raw.source,
    target: raw.target,
    weight: raw.weight,
    rawWeight: raw.rawWeight,
    stance: stanceOf(raw.stance),
    polarity: raw.polarity,
    stances,
    statementIds: raw.statementIds ?? [],
    statementCount: raw.statementIds?.length ?? counted,
    topicIds: raw.topicIds,
    actorIds: raw.actorIds,
  };
}

const toNetwork = (raw: RawNetwork): NetworkData => ({ nodes: raw.nodes.map(toNode), edges: raw.edges.map(toEdge) });

/** Statement ids are asked for where a link's statements are listed by them (see above). */
const withStatementIds = (args: NetworkArguments): boolean => args.kind !== "ACTOR_TOPIC";

export async function loadNetwork(args: NetworkArguments): Promise<NetworkData> {
  const data = await graphql<{ network: RawNetwork }>("ExplorerNetwork", NETWORK, { ...args, withStatementIds: withStatementIds(args) });
  return toNetwork(data.network);
}

export async function loadNetworkWindows(args: WindowArguments): Promise<NetworkWindowData[]> {
  const data = await graphql<{ networkWindows: { start: string; end: string; network: RawNetwork }[] }>("ExplorerNetworkWindows", NETWORK_WINDOWS, { ...args, withStatementIds: withStatementIds(args) });
  return data.networkWindows.map((w) => ({ start: w.start.slice(0, 10), end: w.end.slice(0, 10), network: toNetwork(w.network) }));
}

export async function exportNetwork(args: ExportArguments): Promise<ExportFileData> {
  const data = await graphql<{ exportNetwork: ExportFileData }>("ExplorerExport", EXPORT_NETWORK, { ...args });
  return data.exportNetwork;
}
