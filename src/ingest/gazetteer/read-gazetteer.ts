/**
 * Reads the curated gazetteer from `seeds/gazetteer/*.yaml` (every file may hold `actors`,
 * `tenures` and `topics` lists) and checks it: unique ids, known references, a source for every
 * tenure. Problems are reported all at once.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { projectRoot } from "../../config/project-root.js";
import { ConfigurationError } from "../../errors/app-error.js";
import { ACTOR_KINDS } from "../extraction.js";
import type { CuratedActor, CuratedTopic, DocumentSeries, Gazetteer, Tenure } from "./gazetteer.js";

export const DEFAULT_GAZETTEER_DIR = path.join(projectRoot, "seeds", "gazetteer");

interface GazetteerFile {
  actors?: CuratedActor[];
  tenures?: Tenure[];
  topics?: CuratedTopic[];
  series?: DocumentSeries[];
}

export function readGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const gazetteer: Gazetteer = { actors: [], tenures: [], topics: [], series: [] };
  for (const file of files) {
    let content: GazetteerFile;
    try {
      content = (parse(readFileSync(path.join(dir, file), "utf8")) ?? {}) as GazetteerFile;
    } catch (error) {
      throw new ConfigurationError([`gazetteer file ${file}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`]);
    }
    gazetteer.actors.push(...(content.actors ?? []).map((a) => ({ ...a, aliases: (a.aliases ?? []).map(String) })));
    gazetteer.tenures.push(...(content.tenures ?? []).map((t) => ({ ...t, from: String(t.from), ...(t.to ? { to: String(t.to) } : {}) })));
    gazetteer.topics.push(...(content.topics ?? []).map((t) => ({ ...t, aliases: (t.aliases ?? []).map(String), broader: t.broader ?? [] })));
    gazetteer.series!.push(...(content.series ?? []));
  }
  const problems = checkGazetteer(gazetteer);
  if (problems.length > 0) throw new ConfigurationError(problems.map((p) => `gazetteer (${dir}): ${p}`));
  return gazetteer;
}

export function checkGazetteer(g: Gazetteer): string[] {
  const problems: string[] = [];
  const actorIds = new Set<string>();
  for (const a of g.actors) {
    if (actorIds.has(a.id)) problems.push(`duplicate actor id ${a.id}`);
    actorIds.add(a.id);
    if (!ACTOR_KINDS.includes(a.kind)) problems.push(`actor ${a.id} has unknown kind ${a.kind}`);
    if (!a.name) problems.push(`actor ${a.id} has no name`);
  }
  for (const a of g.actors) if (a.partOf && !actorIds.has(a.partOf)) problems.push(`actor ${a.id} is partOf unknown ${a.partOf}`);
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  for (const t of g.tenures) {
    if (!actorIds.has(t.personId)) problems.push(`tenure names unknown person ${t.personId}`);
    if (!actorIds.has(t.officeId)) problems.push(`tenure names unknown office ${t.officeId}`);
    if (!isoDate.test(t.from) || (t.to !== undefined && !isoDate.test(t.to))) problems.push(`tenure ${t.personId}@${t.officeId} has a bad date`);
    if (!t.source) problems.push(`tenure ${t.personId}@${t.officeId} has no source`);
  }
  const topicIds = new Set<string>();
  for (const t of g.topics) {
    if (topicIds.has(t.id)) problems.push(`duplicate topic id ${t.id}`);
    topicIds.add(t.id);
  }
  for (const t of g.topics) for (const b of t.broader) if (!topicIds.has(b)) problems.push(`topic ${t.id} has unknown broader ${b}`);
  for (const s of g.series ?? []) {
    if (!actorIds.has(s.writer)) problems.push(`series "${s.title}" names unknown writer ${s.writer}`);
    if (!s.source) problems.push(`series "${s.title}" has no source`);
    try {
      new RegExp(s.title, "iu");
    } catch {
      problems.push(`series "${s.title}" is not a valid regular expression`);
    }
  }
  return problems;
}
