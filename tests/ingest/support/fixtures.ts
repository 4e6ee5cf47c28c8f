/**
 * Helpers for rule tests: wrap a few Dutch sentences of our own in a minimal fictional note of the
 * genre (title with body and date, one agenda item) and extract it with the real gazetteer.
 */
import { extractText, readGazetteer, type Extraction, type ExtractedStatement, type Gazetteer } from "../../../src/ingest/index.js";

let cached: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  cached ??= readGazetteer();
  return cached;
}

/** A fictional note: the paragraphs (separated by blank lines) under one agenda item. */
export function note(paragraphs: string[], options: { heading?: string; date?: string } = {}): string {
  const title = `Fictieve bestuurlijke terugkoppeling LOVP ${options.date ?? "12 maart 2020"}`;
  return `${title}\n\n${options.heading ?? "Werkbezoek"}\n${paragraphs.join("\n\n")}\n`;
}

export function extractNote(paragraphs: string[], options: { heading?: string; date?: string } = {}): Extraction {
  return extractText(note(paragraphs, options), "fictional-test-note.txt", gazetteer());
}

/** The statement whose text contains `fragment`. */
export function statementWith(extraction: Extraction, fragment: string): ExtractedStatement {
  const found = extraction.statements.find((s) => s.text.includes(fragment));
  if (!found) throw new Error(`no statement contains "${fragment}": ${extraction.statements.map((s) => s.text).join(" | ")}`);
  return found;
}

/** The names of the actors with these ids (the id itself where the extraction has no such actor). */
export function actorNames(extraction: Extraction, ids: readonly string[]): string[] {
  return ids.map((id) => extraction.actors.find((actor) => actor.id === id)?.name ?? id);
}

/** A FICTIONAL document: its title, the sentence that says it is a fictional `kind`, then its lines. */
export function extractFictionalDocument(title: string, kind: string, lines: string[]): Extraction {
  return extractText([title, "", `Dit is een fictief ${kind}, geschreven als testmateriaal.`, "", ...lines].join("\n"), "fictional-test-document.txt", gazetteer());
}
