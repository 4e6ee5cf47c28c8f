/** Puts known data in the test Neo4j: the fictional meetings, or the real seed documents. */
import path from "node:path";
import type { Database } from "../../../src/db/database.js";
import { projectRoot } from "../../../src/config/project-root.js";
import { loadCuratedData } from "../../../src/load/load-curated-data.js";
import { loadExtraction } from "../../../src/load/load-extraction.js";
import { ingestPaths } from "../../../src/load/ingest-paths.js";
import { fictionalGazetteer, fictionalMeeting2, fictionalMeeting3 } from "../../fixtures/api/fictional-meetings.js";

/** Generous: the shared test machine can be slow, and a timeout here is not what tests test. */
const SLOW_MACHINE_TIMEOUT_MS = 120_000;

export async function wipe(db: Database): Promise<void> {
  await db.write("wipe-graph", {}, { timeoutMs: SLOW_MACHINE_TIMEOUT_MS });
}

export async function loadFictionalMeetings(db: Database): Promise<void> {
  await wipe(db);
  await loadCuratedData(db, fictionalGazetteer);
  await loadExtraction(db, fictionalMeeting2.extraction, { timeoutMs: SLOW_MACHINE_TIMEOUT_MS });
  await loadExtraction(db, fictionalMeeting3.extraction, { timeoutMs: SLOW_MACHINE_TIMEOUT_MS });
}

export async function loadSeed(db: Database): Promise<void> {
  await wipe(db);
  const report = await ingestPaths(db, [path.join(projectRoot, "seeds", "documents")], { gazetteerDir: path.join(projectRoot, "seeds", "gazetteer") });
  const failed = report.documents.filter((document) => document.status === "failed");
  if (failed.length > 0) throw new Error(`seed ingest failed: ${JSON.stringify(failed)}`);
}
