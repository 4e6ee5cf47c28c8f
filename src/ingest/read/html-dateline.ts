/**
 * A web page's dateline: the publication date shown with the article ("Gepubliceerd op 15 maart
 * 2021", a <time datetime>), else the one in its metadata (article:published_time,
 * DCTERMS.issued). The dateline line is taken out of the document so it does not read as a
 * statement; a <time> inside running text is left alone and is no dateline.
 */
import { findMeetingDate } from "../structure/metadata.js";

/** Words that open a Dutch (or English) dateline. */
const DATELINE_WORDS = /\b(?:gepubliceerd|publicatiedatum|datum van publicatie|geplaatst|verschenen|nieuwsbericht|persbericht|datum|published|posted)\b/i;
/** A dateline is a short line: the date and a few words around it. */
const MAX_DATELINE_CHARACTERS = 100;
const MAX_CHARACTERS_AROUND_DATE = 40;

const META_DATES = [
  'meta[property="article:published_time"]',
  'meta[name="DCTERMS.issued"]',
  'meta[name="dcterms.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
];

function isoFrom(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const textLength = (element: Element): number => (element.textContent ?? "").replace(/\s+/g, " ").trim().length;

/** The widest ancestor of `element` (itself included) that is still a short line of its own. */
function datelineLine(element: Element, scope: Element): Element {
  let line = element;
  while (line.parentElement && line !== scope && line.parentElement !== scope && textLength(line.parentElement) <= MAX_DATELINE_CHARACTERS) {
    line = line.parentElement;
  }
  return line;
}

const INLINE = /^(?:a|abbr|b|em|i|small|span|strong|sup|sub|u|mark|font)$/i;
const CONTAINER = /^(?:article|body|div|header|main|section|aside|footer)$/i;

/**
 * The dateline line a <time> stands in: its block (p, li, div) when that is short, or the <time>
 * itself when it stands alone in a container. A <time> in a long paragraph is running text.
 */
function lineOfTime(time: Element, scope: Element): Element | null {
  let block = time.parentElement;
  let child: Element = time;
  while (block && block !== scope && INLINE.test(block.localName)) {
    child = block;
    block = block.parentElement;
  }
  if (!block) return null;
  if (textLength(block) <= MAX_DATELINE_CHARACTERS) return datelineLine(block, scope);
  return CONTAINER.test(block.localName) ? child : null;
}

function fromTimeElements(scope: Element): string | null {
  for (const time of scope.querySelectorAll("time")) {
    const line = lineOfTime(time, scope);
    if (!line) continue;
    const around = textLength(line) - textLength(time);
    const date = isoFrom(time.getAttribute("datetime")) ?? findMeetingDate(time.textContent ?? "", "");
    if (!date || around > MAX_CHARACTERS_AROUND_DATE) continue;
    line.remove();
    return date;
  }
  return null;
}

function fromDatelineText(scope: Element): string | null {
  for (const element of scope.querySelectorAll("p, div, span, small, li, dd, dt")) {
    if (element.children.length > 3) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length > MAX_DATELINE_CHARACTERS || !DATELINE_WORDS.test(text)) continue;
    const date = findMeetingDate(text, "");
    if (!date) continue;
    datelineLine(element, scope).remove();
    return date;
  }
  return null;
}

function fromMetadata(document: Document): string | null {
  for (const selector of META_DATES) {
    const date = isoFrom(document.querySelector(selector)?.getAttribute("content"));
    if (date) return date;
  }
  return null;
}

/** Finds the page's publication date (ISO) and removes its dateline line from the document. */
export function takeDateline(document: Document): string | null {
  const scope = document.querySelector("article") ?? document.querySelector("main, [role=main]") ?? document.body;
  if (scope) {
    const shown = fromTimeElements(scope) ?? fromDatelineText(scope);
    if (shown) return shown;
  }
  return fromMetadata(document);
}
