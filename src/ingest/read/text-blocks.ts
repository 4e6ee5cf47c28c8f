/**
 * The structure a web page, DOCX or ODT reader finds (headings, paragraphs, list items, table
 * rows, footnotes), written out as plain text: every block on its own line(s) with two blank
 * lines around it. List items keep their number or a bullet, and so does a table row (one line,
 * its cells separated by " | "), which keeps both apart from headings when the text is read as
 * plain text; footnotes follow the body as "[n] text" paragraphs. The blocks' start offsets go to
 * the normaliser as known blocks, so a heading stays a heading even after a list item without
 * final punctuation, where the plain-text layout rules would see a wrapped line.
 */
import type { KnownBlocks } from "../normalise/layout.js";

export type TextBlockKind = "heading" | "paragraph" | "item" | "row";

export interface TextBlock {
  kind: TextBlockKind;
  /** The block's text; a line break inside it (a <br>, a manual line break) is "\n". */
  text: string;
  /** For an item: its marker ("-", "1."). */
  marker?: string;
}

/** Two blank lines: a paragraph gap for the layout rules even where every line is followed by one. */
const BLOCK_SEPARATOR = "\n\n\n";

/** Collapses runs of spaces and tabs, trims each line and drops empty lines. */
export function tidyBlockText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** A reader's result: the text, and where its blocks start (raw offsets into `text`). */
export interface StructuredText {
  text: string;
  knownBlocks: KnownBlocks;
}

export function blocksToText(blocks: readonly TextBlock[], footnotes: readonly string[] = []): StructuredText {
  let text = "";
  const knownBlocks = new Map<number, "heading" | "paragraph">();
  const write = (line: string, kind: "heading" | "paragraph"): void => {
    if (text !== "") text += BLOCK_SEPARATOR;
    knownBlocks.set(text.length, kind);
    text += line;
  };
  for (const block of blocks) {
    const content = tidyBlockText(block.kind === "heading" ? block.text.replace(/\n/g, " ") : block.text);
    if (content === "") continue;
    if (block.kind === "heading") write(content, "heading");
    else if (block.kind === "paragraph") write(content, "paragraph");
    else write(`${block.kind === "item" ? (block.marker ?? "\u2022") : "\u2022"} ${content}`, "paragraph");
  }
  footnotes.forEach((note, i) => {
    const content = tidyBlockText(note);
    if (content !== "") write(`[${i + 1}] ${content}`, "paragraph");
  });
  return { text: text === "" ? "" : `${text}\n`, knownBlocks };
}

/**
 * A list item from the blocks found inside it: its leading paragraphs are the item's text;
 * headings, nested items and table rows after them stay blocks of their own.
 */
export function listItem(inner: readonly TextBlock[], marker: string): TextBlock[] {
  let lead = 0;
  while (lead < inner.length && inner[lead]!.kind === "paragraph") lead++;
  const text = inner.slice(0, lead).map((b) => b.text).join("\n");
  return [...(text.trim() === "" ? [] : [{ kind: "item" as const, marker, text }]), ...inner.slice(lead)];
}

/** A table row as one line: the non-empty cells, separated by " | " (a cell's own lines joined). */
export function rowText(cells: readonly string[]): string {
  return cells
    .map((cell) => tidyBlockText(cell).replace(/\n/g, " "))
    .filter((cell) => cell !== "")
    .join(" | ");
}

/** Letters of all blocks: how much main text a reader found. */
export function letterCount(blocks: readonly TextBlock[]): number {
  let count = 0;
  for (const block of blocks) count += block.text.match(/\p{L}/gu)?.length ?? 0;
  return count;
}
