/**
 * Checks an Extraction before anything is written. Community Neo4j has no type or existence
 * constraints, and `MATCH`ing a missing id silently drops a relationship, so a broken extraction
 * would load as a quietly incomplete document. Refusing it keeps every loaded document whole.
 */
import { BadDocumentError } from "../errors/app-error.js";
import { ACTOR_KINDS, ATTRIBUTIONS, STANCES, type Extraction } from "../ingest/extraction.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PROBLEMS_SHOWN = 5;

export function validateExtraction(extraction: Extraction): void {
  const problems = findProblems(extraction);
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join("; ");
  const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)` : "";
  throw new BadDocumentError(extraction.document?.source ?? "(unknown source)", `extraction is inconsistent: ${shown}${more}`);
}

export function findProblems(extraction: Extraction): string[] {
  const problems: string[] = [];
  const { document } = extraction;
  if (!document || typeof document.text !== "string") return ["document text is missing"];
  if (!document.id) problems.push("document id is empty");
  if (!document.source) problems.push("document source is empty");
  if (document.date !== null && !ISO_DATE.test(document.date)) problems.push(`document date ${JSON.stringify(document.date)} is not yyyy-mm-dd`);

  const actorIds = uniqueIds("actor", extraction.actors, problems);
  const topicIds = uniqueIds("topic", extraction.topics, problems);
  const sectionIds = uniqueIds("section", extraction.sections, problems);
  const eventIds = uniqueIds("event", extraction.events, problems);
  uniqueIds("statement", extraction.statements, problems);

  for (const actor of extraction.actors) {
    if (!ACTOR_KINDS.includes(actor.kind)) problems.push(`actor ${actor.id} has unknown kind ${JSON.stringify(actor.kind)}`);
    if (actor.partOf !== undefined && !actorIds.has(actor.partOf)) problems.push(`actor ${actor.id} is part of unknown actor ${actor.partOf}`);
  }
  for (const topic of extraction.topics) {
    for (const broader of topic.broader) {
      if (!topicIds.has(broader)) problems.push(`topic ${topic.id} has unknown broader topic ${broader}`);
    }
  }
  for (const section of extraction.sections) {
    if (!inText(section.start, section.end, document.text)) problems.push(`section ${section.id} has offsets outside the text`);
    checkReferences(`section ${section.id}`, "topic", section.topicIds, topicIds, problems);
  }
  for (const event of extraction.events) {
    if (!ISO_DATE.test(event.date)) problems.push(`event ${event.id} date ${JSON.stringify(event.date)} is not yyyy-mm-dd`);
  }
  for (const statement of extraction.statements) {
    const where = `statement ${statement.id}`;
    if (!inText(statement.start, statement.end, document.text) || document.text.slice(statement.start, statement.end) !== statement.text) {
      problems.push(`${where} text is not the text at ${statement.start}..${statement.end}`);
    }
    if (!STANCES.includes(statement.stance)) problems.push(`${where} has unknown stance ${JSON.stringify(statement.stance)}`);
    if (!ATTRIBUTIONS.includes(statement.attribution)) problems.push(`${where} has unknown attribution ${JSON.stringify(statement.attribution)}`);
    if (!(statement.confidence >= 0 && statement.confidence <= 1)) problems.push(`${where} confidence ${statement.confidence} is not within 0..1`);
    if (statement.date !== null && !ISO_DATE.test(statement.date)) problems.push(`${where} date ${JSON.stringify(statement.date)} is not yyyy-mm-dd`);
    // The actor–topic counts sum a month's documents over the statements dated in it: that needs a
    // statement to be dated by its meeting, as the contract says.
    else if (statement.date !== document.date) {
      problems.push(`${where} date ${JSON.stringify(statement.date)} is not the document's date ${JSON.stringify(document.date)}`);
    }
    if (statement.sectionId !== null && !sectionIds.has(statement.sectionId)) problems.push(`${where} is in unknown section ${statement.sectionId}`);
    checkReferences(where, "actor", [...statement.actorIds, ...statement.personIds, ...statement.addresseeIds, ...statement.mentionIds], actorIds, problems);
    checkReferences(where, "topic", statement.topicIds, topicIds, problems);
    checkReferences(where, "event", statement.eventIds, eventIds, problems);
  }
  return problems;
}

function uniqueIds(what: string, items: readonly { id: string }[], problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (!item.id) problems.push(`a ${what} has an empty id`);
    else if (ids.has(item.id)) problems.push(`${what} id ${item.id} appears twice`);
    ids.add(item.id);
  }
  return ids;
}

function checkReferences(where: string, what: string, ids: readonly string[], known: ReadonlySet<string>, problems: string[]): void {
  for (const id of ids) {
    if (!known.has(id)) problems.push(`${where} refers to ${what} ${id}, which the extraction does not list`);
  }
}

function inText(start: number, end: number, text: string): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}
