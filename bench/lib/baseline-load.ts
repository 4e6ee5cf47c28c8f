/**
 * The loading baseline: the simplest hand-written script that writes the same rows
 * (src/load/extraction-rows.ts) with `UNWIND ... MERGE` through neo4j-driver, one transaction per
 * document. It does less than loadExtraction: no check of the Extraction, no unchanged/replaced
 * decision, no kind labels, no RESOLVED_TO derived from tenures (only the persons the extraction
 * resolved), no events. That is what "simplest" means; the ratio says what the rest costs.
 */
import type { Driver } from "neo4j-driver";
import type { Extraction } from "../../src/ingest/index.js";
import { toExtractionRows } from "../../src/load/extraction-rows.js";

const DOCUMENT = `
MERGE (d:Document {id: $d.id}) SET d.source = $d.source, d.title = $d.title, d.text = $d.text, d.date = date($d.date), d.body = $d.body
WITH d WHERE $d.meetingId IS NOT NULL
MERGE (m:Meeting {id: $d.meetingId}) SET m.date = date($d.date), m.body = $d.body
MERGE (d)-[:RECORDS]->(m)`;
const ACTORS = `UNWIND $rows AS row MERGE (a:Actor {id: row.id}) ON CREATE SET a.name = row.name, a.kind = row.kind, a.searchText = row.searchText`;
const TOPICS = `UNWIND $rows AS row MERGE (t:Topic {id: row.id}) ON CREATE SET t.label = row.label, t.searchText = row.searchText`;
const SECTIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (i:AgendaItem {id: row.id}) SET i.heading = row.heading, i.index = row.index, i.documentId = row.documentId
MERGE (d)-[:HAS_SECTION]->(i)`;
const STATEMENTS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.searchText = row.searchText, s.stance = row.stance, s.start = row.start, s.end = row.end,
    s.date = date(row.date), s.documentId = row.documentId, s.attribution = row.attribution
MERGE (s)-[:FROM]->(d)`;
const IN = `UNWIND $rows AS row MATCH (s:Statement {id: row.from}) MATCH (i:AgendaItem {id: row.to}) MERGE (s)-[:IN]->(i)`;
const link = (type: string, label: string) => `UNWIND $rows AS row MATCH (s:Statement {id: row.from}) MATCH (x:${label} {id: row.to}) MERGE (s)-[:${type}]->(x)`;
const SECTION_ABOUT = `UNWIND $rows AS row MATCH (i:AgendaItem {id: row.from}) MATCH (t:Topic {id: row.to}) MERGE (i)-[:ABOUT]->(t)`;

export async function baselineLoad(driver: Driver, database: string, extraction: Extraction): Promise<number> {
  const rows = toExtractionRows(extraction);
  // The rows carry no personIds (the loader derives RESOLVED_TO from the tenures); the baseline
  // writes the persons the extraction resolved, straight from the Extraction.
  const pairs = (key: "actorIds" | "personIds" | "addresseeIds" | "mentionIds" | "topicIds") =>
    extraction.statements.flatMap((statement) => [...new Set(statement[key])].map((to) => ({ from: statement.id, to })));
  const session = driver.session({ database });
  try {
    // Like loadExtraction, the queries are sent without waiting for each other (the driver
    // pipelines them; the server runs them in order), so both pay one round trip per document.
    await session.executeWrite(async (tx) => {
      const sectionAbout = rows.sections.flatMap((section) => (section.topicIds as string[]).map((to) => ({ from: section.id as string, to })));
      const inRows = rows.statements.filter((s) => s.sectionId).map((s) => ({ from: s.id as string, to: s.sectionId as string }));
      const runs = [
        tx.run(DOCUMENT, { d: rows.document }),
        rows.actors.length ? tx.run(ACTORS, { rows: rows.actors }) : undefined,
        rows.topics.length ? tx.run(TOPICS, { rows: rows.topics }) : undefined,
        rows.sections.length ? tx.run(SECTIONS, { rows: rows.sections }) : undefined,
        sectionAbout.length ? tx.run(SECTION_ABOUT, { rows: sectionAbout }) : undefined,
        rows.statements.length ? tx.run(STATEMENTS, { rows: rows.statements }) : undefined,
        inRows.length ? tx.run(IN, { rows: inRows }) : undefined,
      ];
      for (const [key, type, label] of [
        ["actorIds", "BY", "Actor"],
        ["personIds", "RESOLVED_TO", "Actor"],
        ["addresseeIds", "ADDRESSED_TO", "Actor"],
        ["mentionIds", "MENTIONS", "Actor"],
        ["topicIds", "ABOUT", "Topic"],
      ] as const) {
        const linkRows = pairs(key);
        if (linkRows.length) runs.push(tx.run(link(type, label), { rows: linkRows }));
      }
      await Promise.all(runs);
    });
  } finally {
    await session.close();
  }
  return rows.statements.length;
}
