/** What loading one Extraction did, for reports and tests. */

export interface LoadCounts {
  statements: number;
  sections: number;
  events: number;
  /** Actors / topics this document brought into the graph for the first time. */
  actorsCreated: number;
  topicsCreated: number;
}

export interface ReplacementCounts {
  /** Ids of the earlier versions (same source, other text) that were removed. */
  replacedDocumentIds: string[];
  statementsRemoved: number;
  /** Discovered (isNew, not curated) actors and topics no statement uses any more. */
  orphansRemoved: number;
  /** Corrections carried to a statement of the new version and applied again. */
  correctionsReapplied: number;
  /** Corrections whose statement has no counterpart in the new version (kept, detached). */
  correctionsDetached: number;
}

export type LoadOutcome =
  | ({ kind: "loaded"; documentId: string; source: string } & LoadCounts)
  | ({ kind: "replaced"; documentId: string; source: string } & LoadCounts & ReplacementCounts)
  | {
      kind: "unchanged";
      documentId: string;
      source: string;
      /** Set when the same text is already loaded from another source (nothing is written). */
      duplicateOf?: string;
    };
