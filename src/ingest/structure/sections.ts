/**
 * Agenda items: each heading block opens a section that runs to the next heading. Paragraphs
 * before the first heading belong to no section.
 */
import type { Section } from "../extraction.js";
import type { Block } from "../normalise/layout.js";

/** A Section before it gets its id and heading topics, with the paragraphs of its body. */
export interface SectionSpan extends Omit<Section, "id" | "topicIds"> {
  paragraphs: Block[];
}

/**
 * Heading-shaped lines right under the title with no body of their own ("LOVP 16 september 2019"
 * on a second title line) continue the title: they are returned as `subtitle`, not as sections.
 */
export function findSections(text: string, blocks: Block[]): { sections: SectionSpan[]; preamble: Block[]; subtitle: string[] } {
  const subtitle: string[] = [];
  let first = blocks[0]?.kind === "title" ? 1 : 0;
  while (blocks[first]?.kind === "heading" && blocks[first + 1]?.kind === "heading") {
    subtitle.push(text.slice(blocks[first]!.start, blocks[first]!.end));
    first++;
  }
  const rest = [...blocks.slice(0, blocks[0]?.kind === "title" ? 1 : 0), ...blocks.slice(first)];
  const found = sectionsOf(text, rest);
  return { ...found, subtitle };
}

/** A dateline ("5 maart 2024", "vrijdag, 30 januari 2026 om 15:42") is metadata, not an agenda item. */
const DATELINE = /^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+)?\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}(?:\s+om\s+\d{1,2}[:.]\d{2})?$/i;

function sectionsOf(text: string, blocks: Block[]): { sections: SectionSpan[]; preamble: Block[] } {
  const sections: SectionSpan[] = [];
  const preamble: Block[] = [];
  for (const block of blocks) {
    if (block.kind === "heading" && DATELINE.test(text.slice(block.start, block.end).trim())) continue;
    if (block.kind === "heading") {
      const previous = sections[sections.length - 1];
      if (previous) previous.end = lastEnd(previous);
      sections.push({
        index: sections.length,
        heading: text.slice(block.start, block.end),
        headingStart: block.start,
        headingEnd: block.end,
        start: block.end,
        end: block.end,
        paragraphs: [],
      });
    } else if (block.kind === "paragraph") {
      const current = sections[sections.length - 1];
      if (current) {
        current.paragraphs.push(block);
        current.end = block.end;
      } else preamble.push(block);
    }
  }
  for (const s of sections) {
    s.end = lastEnd(s);
    // The body starts where its first paragraph starts (after the heading's line break).
    s.start = s.paragraphs[0]?.start ?? s.headingEnd;
  }
  return { sections, preamble };
}

function lastEnd(section: SectionSpan): number {
  return section.paragraphs[section.paragraphs.length - 1]?.end ?? section.headingEnd;
}
