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
  /** Offices: first and last day the office exists (ISO, inclusive), when that falls in the period the gazetteer covers. */
  existsFrom?: string;
  existsTo?: string;
  /** Offices held by several people at once (staatssecretarissen): their tenures may overlap. */
  multipleHolders?: boolean;
}

/**
 * How well the sources settle a tenure: both dates stated (`confirmed`), only the month of one
 * (`month-only`, the chosen day explained in the note), or not at all (`unconfirmed`: shown, but
 * never used to resolve a statement to the person).
 */
export type TenureStatus = "confirmed" | "month-only" | "unconfirmed";
export const TENURE_STATUSES: readonly TenureStatus[] = ["confirmed", "month-only", "unconfirmed"];

/** Who answers for an office on a day: the part of a tenure that resolution looks at. */
export interface Holding {
  /** ISO date, inclusive. */
  from: string;
  /** ISO date, inclusive; absent while the office is still held. */
  to?: string;
  /** A waarnemer, locoburgemeester or ad-interim holder: answers for the days it overlaps a formal holder. */
  acting?: boolean;
  /** Absent in hand-made gazetteers (tests): treated as confirmed. */
  status?: TenureStatus;
}

export interface Tenure extends Source, Holding {
  personId: string;
  officeId: string;
  /** The portfolio, for offices with several holders at once ("staatssecretaris (Asiel en Migratie)"). */
  role?: string;
  /** What the source says, paraphrased. */
  evidence?: string;
  /** The page for the last day, when another one than `source`. */
  sourceTo?: string;
  evidenceTo?: string;
  note?: string;
}

/**
 * A period in which no source names the holder of an office (or nobody held it): on those days
 * the office resolves to no person. Declaring it makes the gap known to `kg gazetteer check`.
 */
export interface UnknownHolder extends Holding {
  officeId: string;
  /** What is known about the holder: "acting NCTV, name not found". */
  holder: string;
  source?: string;
  evidence?: string;
  note?: string;
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
  /** Declared periods without a known holder; absent = none. */
  unknownHolders?: UnknownHolder[];
}
