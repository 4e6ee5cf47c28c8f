/**
 * The DocumentIngester behind `ingestDocument`: extraction (src/ingest) and loading (src/load)
 * of one text or file, with the curated gazetteer loaded once per process first (loading it is
 * idempotent, so a server started over an existing graph changes nothing by doing so).
 */
import type { DocumentIngester } from "../graphql/context.js";
import { extractBuffer, extractText, readGazetteer } from "../ingest/index.js";
import type { Gazetteer } from "../ingest/gazetteer/gazetteer.js";
import { loadCuratedData } from "../load/load-curated-data.js";
import { loadExtraction } from "../load/load-extraction.js";
import type { LoadGateway } from "../load/load-gateway.js";

export function createDocumentIngester(db: LoadGateway, options: { gazetteerDir: string; timeoutMs: number }): DocumentIngester {
  let ready: Promise<Gazetteer> | undefined;
  const prepare = () => {
    ready ??= (async () => {
      const gazetteer = readGazetteer(options.gazetteerDir);
      await loadCuratedData(db, gazetteer);
      return gazetteer;
    })().catch((error: unknown) => {
      ready = undefined; // try again on the next call rather than failing forever
      throw error;
    });
    return ready;
  };
  return {
    async ingest(input) {
      const { source, title } = input;
      const gazetteer = await prepare();
      const extraction = "bytes" in input ? await extractBuffer(input.bytes, source, gazetteer) : extractText(input.text, source, gazetteer);
      if (title?.trim()) extraction.document.title = title.trim();
      const outcome = await loadExtraction(db, extraction, { timeoutMs: Math.max(options.timeoutMs, 60_000) });
      return { documentId: outcome.documentId, loaded: outcome.kind !== "unchanged" };
    },
  };
}
