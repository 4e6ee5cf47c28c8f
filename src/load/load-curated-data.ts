/**
 * Writes the curated gazetteer (actors, hierarchy, tenures, topic taxonomy) in one transaction.
 * Curated data is the reference: its properties are SET every run, which changes nothing when the
 * gazetteer did not change, so loading it again is a no-op. Extraction never overwrites it.
 *
 * When the tenures differ from those of the previous load (a corrected date, a new holder; their
 * fingerprint is kept in the graph), the same transaction re-resolves every statement whose
 * persons depend on them (RESOLVED_TO, cypher/resolve-statements.cypher) from the statements'
 * BY links and the new tenures, without re-extracting a document, and counts the statements that
 * moved to other persons. BY is not touched, so analysts' corrections of speakers stay.
 */
import { createHash } from "node:crypto";
import { ConfigurationError } from "../errors/app-error.js";
import type { QueryTransaction } from "../db/database.js";
import type { Gazetteer } from "../ingest/gazetteer/gazetteer.js";
import { SEARCH_TEXT_VERSION, searchTextOfNames } from "../search/index-text.js";
import type { LoadGateway } from "./load-gateway.js";

export interface CuratedCounts {
  actors: number;
  tenures: number;
  topics: number;
  tenuresRemoved: number;
  /** Set when the tenures changed since the last load: statements re-resolved, and how many moved. */
  reResolved?: { statements: number; moved: number };
}

/** Statements per resolve-statements call while re-resolving (all in the one transaction). */
const RESOLVE_CHUNK = 5_000;

export async function loadCuratedData(db: LoadGateway, gazetteer: Gazetteer): Promise<CuratedCounts> {
  checkGazetteer(gazetteer);
  const actors = gazetteer.actors.map((actor) => ({
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    aliases: actor.aliases,
    description: actor.description ?? null,
    source: actor.source ?? null,
    searchText: searchTextOfNames(actor.name, actor.aliases),
    searchVersion: SEARCH_TEXT_VERSION,
    existsFrom: actor.existsFrom ?? null,
    existsTo: actor.existsTo ?? null,
    multipleHolders: actor.kind === "office" ? actor.multipleHolders === true : null,
  }));
  const partOf = gazetteer.actors.map((actor) => ({ id: actor.id, partOf: actor.partOf ?? null }));
  const tenures = gazetteer.tenures
    .map((tenure) => ({
      key: `${tenure.personId}|${tenure.officeId}|${tenure.from}`,
      personId: tenure.personId,
      officeId: tenure.officeId,
      from: tenure.from,
      to: tenure.to ?? null,
      acting: tenure.acting === true,
      status: tenure.status ?? "confirmed",
      role: tenure.role ?? null,
      source: tenure.source,
      evidence: tenure.evidence ?? null,
      sourceTo: tenure.sourceTo ?? null,
      evidenceTo: tenure.evidenceTo ?? null,
      note: tenure.note ?? null,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const tenureKeys = tenures.map((tenure) => tenure.key);
  // What resolution depends on; a change in a note or a source re-resolves nothing.
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(tenures.map(({ key, personId, officeId, from, to, acting, status }) => [key, personId, officeId, from, to, acting, status])))
    .digest("hex");
  const topics = gazetteer.topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    aliases: topic.aliases,
    description: topic.description ?? null,
    searchText: searchTextOfNames(topic.label, topic.aliases),
    searchVersion: SEARCH_TEXT_VERSION,
  }));
  const broader = gazetteer.topics.map((topic) => ({ id: topic.id, broader: topic.broader }));

  return db.writeTransaction(
    async (tx) => {
      if (actors.length) await tx.run("curated-actors", { rows: actors });
      if (partOf.length) await tx.run("curated-part-of", { rows: partOf });
      const pruned = await tx.run("curated-prune-tenures", { keys: tenureKeys });
      if (tenures.length) await tx.run("curated-tenures", { rows: tenures });
      if (topics.length) await tx.run("curated-topics", { rows: topics });
      if (broader.length) await tx.run("curated-broader", { rows: broader });
      const [state] = await tx.run("curated-fingerprint", { part: "tenures", fingerprint });
      const counts: CuratedCounts = { actors: actors.length, tenures: tenures.length, topics: topics.length, tenuresRemoved: Number(pruned[0]?.removed ?? 0) };
      if (state?.previous === fingerprint) return counts;
      return { ...counts, reResolved: await reResolveStatements(tx) };
    },
    // Re-resolving the statements of a large graph takes longer than a query's default limit.
    { operation: "load-curated-data", timeoutMs: 600_000 },
  );
}

async function reResolveStatements(tx: QueryTransaction): Promise<{ statements: number; moved: number }> {
  const ids = (await tx.run("curated-statements-to-resolve", {})).map((row) => String(row.id));
  let moved = 0;
  for (let start = 0; start < ids.length; start += RESOLVE_CHUNK) {
    const [result] = await tx.run("resolve-statements", { statementIds: ids.slice(start, start + RESOLVE_CHUNK) });
    moved += Number(result?.moved ?? 0);
  }
  return { statements: ids.length, moved };
}

/** A dangling reference would silently drop a relationship in Cypher; refuse the gazetteer instead. */
function checkGazetteer(gazetteer: Gazetteer): void {
  const problems: string[] = [];
  const actorKinds = new Map(gazetteer.actors.map((actor) => [actor.id, actor.kind]));
  const topicIds = new Set(gazetteer.topics.map((topic) => topic.id));
  for (const actor of gazetteer.actors) {
    if (actor.partOf !== undefined && !actorKinds.has(actor.partOf)) problems.push(`actor ${actor.id} is part of unknown ${actor.partOf}`);
  }
  for (const tenure of gazetteer.tenures) {
    if (actorKinds.get(tenure.personId) !== "person") problems.push(`tenure names ${tenure.personId}, which is not a curated person`);
    if (actorKinds.get(tenure.officeId) !== "office") problems.push(`tenure names ${tenure.officeId}, which is not a curated office`);
  }
  for (const topic of gazetteer.topics) {
    for (const id of topic.broader) if (!topicIds.has(id)) problems.push(`topic ${topic.id} has unknown broader topic ${id}`);
  }
  // The gazetteer is reference data shipped with the project: a broken one stops the run.
  if (problems.length) throw new ConfigurationError(problems.map((problem) => `gazetteer: ${problem}`));
}
