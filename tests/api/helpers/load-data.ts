/** Puts known data in the test Neo4j: the fictional meetings, or the real seed documents. */
import path from "node:path";
import type { Database } from "../../../src/db/database.js";
import { projectRoot } from "../../../src/config/project-root.js";
import { loadCuratedData } from "../../../src/load/load-curated-data.js";
import { loadExtraction } from "../../../src/load/load-extraction.js";
import { ingestPaths } from "../../../src/load/ingest-paths.js";
import { wipeDatabase } from "../../support/database.js";
import { fictionalGazetteer, fictionalMeeting2, fictionalMeeting3 } from "../../fixtures/api/fictional-meetings.js";

export async function loadFictionalMeetings(db: Database): Promise<void> {
  await wipeDatabase(db);
  await loadCuratedData(db, fictionalGazetteer);
  await loadExtraction(db, fictionalMeeting2.extraction);
  await loadExtraction(db, fictionalMeeting3.extraction);
}

export async function loadSeed(db: Database): Promise<void> {
  await wipeDatabase(db);
  const report = await ingestPaths(db, [path.join(projectRoot, "seeds", "documents")], { gazetteerDir: path.join(projectRoot, "seeds", "gazetteer") });
  const failed = report.documents.filter((document) => document.status === "failed");
  if (failed.length > 0) throw new Error(`seed ingest failed: ${JSON.stringify(failed)}`);
}
