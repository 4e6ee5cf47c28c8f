/**
 * The curated reference data that extraction matches against and loading writes as-is:
 * offices and who held them when, groups, organisations with their hierarchy, persons,
 * and the topic taxonomy. Read from `seeds/gazetteer/*.yaml` by `readGazetteer`.
 */
import type { ActorKind } from "../extraction.js";

export interface Source {
  /** A citation a reviewer can follow: a URL, a document title or a register entry. */
  source: string;
}

export interface CuratedActor {
  id: string;
  kind: ActorKind;
  name: string;
  /** Dutch surface forms that name this actor (lower case matching is done by the matcher). */
  aliases: string[];
  /** Organisation id this actor belongs to. */
  partOf?: string;
  description?: string;
  source?: string;
  /**
   * For a generic body ("het bestuur", "de commissie"): the head noun that names the specific body
   * a document means, when it names one ("de Commissie Bestuur & Veiligheid", "het Algemeen Bestuur VRN").
   */
  generic?: string;
}

export interface Tenure extends Source {
  personId: string;
  officeId: string;
  /** ISO date, inclusive. */
  from: string;
  /** ISO date, inclusive; absent while the person still holds the office. */
  to?: string;
}

export interface CuratedTopic {
  id: string;
  label: string;
  aliases: string[];
  broader: string[];
  description?: string;
}

/**
 * A series of documents whose publisher is known, so its first person ("wij") has a holder:
 * `title` is a regular expression (case-insensitive) that the document title matches.
 */
export interface DocumentSeries extends Source {
  title: string;
  /** Actor id of the writing body. */
  writer: string;
  description?: string;
}

export interface Gazetteer {
  actors: CuratedActor[];
  tenures: Tenure[];
  topics: CuratedTopic[];
  /** Optional in hand-made gazetteers (tests); readGazetteer always fills it. */
  series?: DocumentSeries[];
}
