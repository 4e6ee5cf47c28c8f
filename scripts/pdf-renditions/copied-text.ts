/**
 * A FICTIONAL text in the form text copied out of a PDF viewer takes, as the real seed document
 * (seeds/documents) has it: lines wrapped at about a hundred characters, each with a trailing
 * space and followed by an empty line, and a paragraph's end marked only by one more line holding
 * a space. Used by `rendition.ts`.
 */
import { wrapWords } from "./wrap.js";

const WIDTH = 100;

export function copiedText(text: string): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (paragraph.trim() === "") continue;
    for (const wrapped of wrapWords(paragraph, (line) => line.length <= WIDTH)) out.push(`${wrapped} `, "");
    out.push(" ", "");
  }
  return out.join("\n");
}
