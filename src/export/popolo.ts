/**
 * The graph's people and offices as Popolo JSON (https://www.popoloproject.com), the format that
 * parliamentary-monitoring tools exchange: `persons`, `organizations` (with `parent_id`), `posts`
 * (offices) and `memberships` (tenures, with `start_date`, `end_date` and `sources`). Only Popolo
 * field names are used. What Popolo has no field for is said in text: an acting or not fully
 * sourced tenure in the membership's `label` ("korpschef, acting (month-only)"), the evidence in
 * the `note` of each source. A Popolo source is a link: citations that are not a URL (an article
 * of law, "parlement.com, <name>") are named in the `label` of a membership and otherwise left out.
 */
import type { ActorRecord, Tenure } from "../repositories/records.js";
import type { ExportFile } from "./export-file.js";

export interface PopoloActor extends ActorRecord {
  source: string | null;
  existsFrom: string | null;
  existsTo: string | null;
  /** Ids of what the actor is PART_OF. */
  partOf: string[];
}

export interface PopoloInput {
  actors: PopoloActor[];
  tenures: (Tenure & { key: string | null })[];
}

export interface PopoloLink {
  url: string;
  note?: string;
}

export interface PopoloPerson {
  id: string;
  name: string;
  other_names?: { name: string }[];
  sources?: PopoloLink[];
}

export interface PopoloOrganization {
  id: string;
  name: string;
  classification: "organisation" | "group";
  parent_id?: string;
  other_names?: { name: string }[];
  sources?: PopoloLink[];
}

export interface PopoloPost {
  id: string;
  label: string;
  other_label?: string[];
  organization_id?: string;
  start_date?: string;
  end_date?: string;
  sources?: PopoloLink[];
}

export interface PopoloMembership {
  id: string;
  label: string;
  role: string;
  person_id: string;
  post_id: string;
  organization_id?: string;
  start_date?: string;
  end_date?: string;
  sources?: PopoloLink[];
}

export interface PopoloDocument {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
}

const isUrl = (text: string): boolean => /^https?:\/\/\S+$/.test(text);
const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

function links(...entries: [string | null, string | null][]): { sources?: PopoloLink[] } {
  const sources = entries.flatMap(([url, note]) => (url && isUrl(url) ? [note ? { url, note } : { url }] : []));
  return sources.length ? { sources } : {};
}

function otherNames(actor: ActorRecord): { other_names?: { name: string }[] } {
  const names = [...new Set(actor.aliases)].filter((alias) => alias !== actor.name);
  return names.length ? { other_names: names.map((name) => ({ name })) } : {};
}

function membershipLabel(tenure: Tenure): string {
  const qualifiers = [tenure.acting ? "acting" : "", tenure.status === "confirmed" ? "" : `(${tenure.status})`].filter(Boolean).join(" ");
  const citation = tenure.source && !isUrl(tenure.source) ? `; source: ${tenure.source}` : "";
  return `${tenure.role ?? tenure.office.name}${qualifiers ? `, ${qualifiers}` : ""}${citation}`;
}

export function toPopolo(input: PopoloInput): PopoloDocument {
  const kinds = new Map(input.actors.map((actor) => [actor.id, actor.kind]));
  const organisationOf = (actor: PopoloActor): string | undefined =>
    actor.partOf.filter((id) => kinds.get(id) === "organisation" || kinds.get(id) === "group").sort()[0];
  const persons = input.actors
    .filter((actor) => actor.kind === "person")
    .map((person): PopoloPerson => ({ id: person.id, name: person.name, ...otherNames(person), ...links([person.source, null]) }));
  const organizations = input.actors
    .filter((actor) => actor.kind === "organisation" || actor.kind === "group")
    .map((organisation): PopoloOrganization => {
      const parent = organisationOf(organisation);
      return {
        id: organisation.id,
        name: organisation.name,
        classification: organisation.kind === "group" ? "group" : "organisation",
        ...(parent ? { parent_id: parent } : {}),
        ...otherNames(organisation),
        ...links([organisation.source, null]),
      };
    });
  const offices = new Map(input.actors.filter((actor) => actor.kind === "office").map((office) => [office.id, office]));
  const posts = [...offices.values()].map((office): PopoloPost => {
    const organisation = organisationOf(office);
    const otherLabels = [...new Set(office.aliases)].filter((alias) => alias !== office.name);
    return {
      id: office.id,
      label: office.name,
      ...(otherLabels.length ? { other_label: otherLabels } : {}),
      ...(organisation ? { organization_id: organisation } : {}),
      ...(office.existsFrom ? { start_date: office.existsFrom } : {}),
      ...(office.existsTo ? { end_date: office.existsTo } : {}),
      ...links([office.source, null]),
    };
  });
  const memberships = input.tenures.map((tenure): PopoloMembership => {
    const office = offices.get(tenure.office.id);
    const organisation = office ? organisationOf(office) : undefined;
    const startNote = [`status: ${tenure.status}`, tenure.evidence, tenure.note].filter(Boolean).join(". ");
    return {
      id: `membership:${tenure.key ?? `${tenure.person.id}|${tenure.office.id}|${tenure.from}`}`,
      label: membershipLabel(tenure),
      role: tenure.role ?? tenure.office.name,
      person_id: tenure.person.id,
      post_id: tenure.office.id,
      ...(organisation ? { organization_id: organisation } : {}),
      ...(tenure.from ? { start_date: tenure.from } : {}),
      ...(tenure.to ? { end_date: tenure.to } : {}),
      ...links([tenure.source, startNote], [tenure.sourceTo, tenure.evidenceTo ? `end: ${tenure.evidenceTo}` : "end"]),
    };
  });
  return {
    persons: persons.sort(byId),
    organizations: organizations.sort(byId),
    posts: posts.sort(byId),
    memberships: memberships.sort((a, b) => a.post_id.localeCompare(b.post_id) || (a.start_date ?? "").localeCompare(b.start_date ?? "") || a.id.localeCompare(b.id)),
  };
}

export function popoloFile(input: PopoloInput): ExportFile {
  return { filename: "popolo.json", mediaType: "application/json; charset=utf-8", content: `${JSON.stringify(toPopolo(input), null, 2)}\n` };
}
