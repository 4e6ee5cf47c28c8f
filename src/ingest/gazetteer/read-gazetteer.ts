/**
 * Reads the curated gazetteer from `seeds/gazetteer/*.yaml` (every file may hold `actors`,
 * `tenures`, `unknownHolders` and `topics` lists) and checks its structure: unique ids, known
 * references of the right kind, ISO dates, a source and a status for every tenure. Problems are
 * reported all at once, each naming its file. The checks over time (overlaps, gaps) are in
 * check-tenures.ts (`kg gazetteer check`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../config/project-root.js";
import { ConfigurationError } from "../../errors/app-error.js";
import { ACTOR_KINDS } from "../extraction.js";
import { TENURE_STATUSES, type CuratedActor, type CuratedTopic, type DocumentSeries, type Gazetteer, type Tenure, type UnknownHolder } from "./gazetteer.js";

export const DEFAULT_GAZETTEER_DIR = path.join(projectRoot, "seeds", "gazetteer");

interface GazetteerFile {
  actors?: CuratedActor[];
  tenures?: Tenure[];
  unknownHolders?: UnknownHolder[];
  topics?: CuratedTopic[];
  series?: DocumentSeries[];
}

/** The file each entry came from, for messages. */
type Origins = WeakMap<object, string>;

const dateText = (value: unknown): string => String(value);
const optionalDate = (value: unknown): { to?: string } => (value === undefined || value === null || value === "" ? {} : { to: dateText(value) });

export function readGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const gazetteer: Required<Gazetteer> = { actors: [], tenures: [], topics: [], unknownHolders: [], series: [] };
  const origins: Origins = new WeakMap();
  const from = <T extends object>(file: string, entries: T[]): T[] => {
    for (const entry of entries) origins.set(entry, file);
    return entries;
  };
  for (const file of files) {
    let content: GazetteerFile;
    try {
      content = (parse(readFileSync(path.join(dir, file), "utf8")) ?? {}) as GazetteerFile;
    } catch (error) {
      throw new ConfigurationError([`gazetteer file ${file}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`]);
    }
    gazetteer.actors.push(...from(file, (content.actors ?? []).map((a) => ({ ...a, aliases: (a.aliases ?? []).map(String) }))));
    gazetteer.tenures.push(...from(file, (content.tenures ?? []).map(({ to, ...t }) => ({ ...t, from: dateText(t.from), ...optionalDate(to) }))));
    gazetteer.unknownHolders.push(...from(file, (content.unknownHolders ?? []).map(({ to, ...u }) => ({ ...u, from: dateText(u.from), ...optionalDate(to) }))));
    gazetteer.topics.push(...from(file, (content.topics ?? []).map((t) => ({ ...t, aliases: (t.aliases ?? []).map(String), broader: t.broader ?? [] }))));
    gazetteer.series.push(...from(file, content.series ?? []));
  }
  const problems = checkGazetteer(gazetteer, origins);
  if (problems.length > 0) throw new ConfigurationError(problems.map((p) => `gazetteer (${dir}): ${p}`));
  return gazetteer;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (value: string): boolean => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export function tenureLabel(t: { personId?: string; officeId: string; from: string }): string {
  return `${t.personId ? `${t.personId}@` : "unknown holder of "}${t.officeId} from ${t.from}`;
}

export function checkGazetteer(g: Gazetteer, origins: Origins = new WeakMap()): string[] {
  const problems: string[] = [];
  const at = (entry: object, problem: string) => problems.push(origins.has(entry) ? `${origins.get(entry)}: ${problem}` : problem);
  const actors = new Map<string, CuratedActor>();
  for (const a of g.actors) {
    if (actors.has(a.id)) at(a, `duplicate actor id ${a.id}`);
    actors.set(a.id, a);
    if (!ACTOR_KINDS.includes(a.kind)) at(a, `actor ${a.id} has unknown kind ${a.kind}`);
    if (!a.name) at(a, `actor ${a.id} has no name`);
    for (const field of ["existsFrom", "existsTo"] as const) {
      const value = a[field];
      if (value !== undefined && !isIsoDate(String(value))) at(a, `actor ${a.id} has a bad ${field} ${String(value)} (expected YYYY-MM-DD)`);
    }
  }
  for (const a of g.actors) if (a.partOf && !actors.has(a.partOf)) at(a, `actor ${a.id} is partOf unknown ${a.partOf}`);
  const checkOffice = (entry: object, officeId: string, label: string) => {
    const office = actors.get(officeId);
    if (!office) at(entry, `${label} names unknown office ${officeId}`);
    else if (office.kind !== "office") at(entry, `${label} names ${officeId}, which is a ${office.kind}, not an office`);
  };
  const checkDates = (entry: object, h: { from: string; to?: string }, label: string) => {
    if (!isIsoDate(h.from) || (h.to !== undefined && !isIsoDate(h.to))) at(entry, `${label} has a bad date (expected YYYY-MM-DD)`);
    else if (h.to !== undefined && h.to < h.from) at(entry, `${label} ends (${h.to}) before it starts`);
  };
  const checkStatus = (entry: object, status: unknown, acting: unknown, label: string) => {
    if (status === undefined) at(entry, `${label} has no status (confirmed, month-only or unconfirmed)`);
    else if (!TENURE_STATUSES.includes(status as never)) at(entry, `${label} has unknown status ${String(status)} (confirmed, month-only or unconfirmed)`);
    if (acting !== undefined && typeof acting !== "boolean") at(entry, `${label} has acting: ${String(acting)} (true or false)`);
  };
  for (const t of g.tenures) {
    const label = `tenure ${tenureLabel(t)}`;
    const person = actors.get(t.personId);
    if (!person) at(t, `${label} names unknown person ${t.personId}`);
    else if (person.kind !== "person") at(t, `${label} names ${t.personId}, which is a ${person.kind}, not a person`);
    checkOffice(t, t.officeId, label);
    checkDates(t, t, label);
    checkStatus(t, t.status, t.acting, label);
    if (!t.source) at(t, `${label} has no source`);
  }
  for (const u of g.unknownHolders ?? []) {
    const label = `unknown holder of ${u.officeId} from ${u.from}`;
    checkOffice(u, u.officeId, label);
    checkDates(u, u, label);
    checkStatus(u, u.status, u.acting, label);
    if (!u.holder) at(u, `${label} does not say what is known (holder)`);
  }
  const topicIds = new Set<string>();
  for (const t of g.topics) {
    if (topicIds.has(t.id)) at(t, `duplicate topic id ${t.id}`);
    topicIds.add(t.id);
  }
  for (const t of g.topics) for (const b of t.broader) if (!topicIds.has(b)) at(t, `topic ${t.id} has unknown broader ${b}`);
  for (const s of g.series ?? []) {
    if (!actors.has(s.writer)) at(s, `series "${s.title}" names unknown writer ${s.writer}`);
    if (!s.source) at(s, `series "${s.title}" has no source`);
    try {
      new RegExp(s.title, "iu");
    } catch {
      at(s, `series "${s.title}" is not a valid regular expression`);
    }
  }
  return problems;
}
