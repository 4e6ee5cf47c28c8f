/**
 * A FICTIONAL text in the form text copied out of a PDF viewer takes, as the real seed document
 * (seeds/documents) has it: lines wrapped at about a hundred characters, each with a trailing
 * space and followed by an empty line, and a paragraph's end marked only by one more line holding
 * a space. Used by `scripts/score-pdf-renditions.ts`.
 */
const WIDTH = 100;

export function copiedText(text: string): string {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (paragraph.trim() === "") continue;
    let line = "";
    const lines: string[] = [];
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > WIDTH) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    for (const wrapped of lines) out.push(`${wrapped} `, "");
    out.push(" ", "");
  }
  return out.join("\n");
}
