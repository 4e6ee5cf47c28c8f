/** Word tokens with offsets (letters, digits, apostrophes and inner hyphens). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
  return out;
}
