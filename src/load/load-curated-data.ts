/**
 * Writes the curated gazetteer (actors, hierarchy, tenures, topic taxonomy) in one transaction.
 * Curated data is the reference: its properties are SET every run, which changes nothing when the
 * gazetteer did not change, so loading it again is a no-op. Extraction never overwrites it.
 */
import { ConfigurationError } from "../errors/app-error.js";
import type { Gazetteer } from "../ingest/gazetteer/gazetteer.js";
import { SEARCH_TEXT_VERSION, searchTextOfNames } from "../search/index-text.js";
import type { LoadGateway } from "./load-gateway.js";

export interface CuratedCounts {
  actors: number;
  tenures: number;
  topics: number;
  tenuresRemoved: number;
}

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
  }));
  const partOf = gazetteer.actors.map((actor) => ({ id: actor.id, partOf: actor.partOf ?? null }));
  const tenures = gazetteer.tenures.map((tenure) => ({
    personId: tenure.personId,
    officeId: tenure.officeId,
    from: tenure.from,
    to: tenure.to ?? null,
    source: tenure.source,
  }));
  const tenureKeys = gazetteer.tenures.map((tenure) => `${tenure.personId}|${tenure.officeId}|${tenure.from}`);
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
      return {
        actors: actors.length,
        tenures: tenures.length,
        topics: topics.length,
        tenuresRemoved: Number(pruned[0]?.removed ?? 0),
      };
    },
    { operation: "load-curated-data" },
  );
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
