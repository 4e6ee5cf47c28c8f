/**
 * A web page (a saved LOVP feedback note, a council decision) to plain text: the main content
 * only, found by Mozilla's Readability (Firefox Reader View) over a linkedom DOM, written out as
 * text blocks (text-blocks.ts) under the page's title. Before Readability runs, page furniture its
 * English-language patterns miss is removed (cookie consent, Dutch share and related-article
 * blocks, dialogs, navigation landmarks); the dateline is read and taken out of the text.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BadDocumentError } from "../../errors/app-error.js";
import { takeDateline } from "./html-dateline.js";
import { blocksOfHtml } from "./html-blocks.js";
import { blocksToText, letterCount, tidyBlockText, type StructuredText, type TextBlock } from "./text-blocks.js";

export interface ReadHtmlResult extends StructuredText {
  /** ISO date of the page's dateline (publication date), when it has one. */
  dateline: string | null;
}

/** Less main text than this (letters; a short sentence) is a page of furniture only, not a document. */
const MIN_MAIN_TEXT_LETTERS = 40;

const FURNITURE_ROLES = new Set(["dialog", "alertdialog", "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"]);
// One class or id token naming furniture: cookie-banner, deel-dit-bericht, related_articles.
const FURNITURE_TOKEN = /(?:^|[-_])(?:cookies?|consent|gdpr|gerelateerd[a-z]*|related|deel|delen|share|sharing|social|breadcrumbs?|kruimelpad|nieuwsbrief|newsletter|skiplinks?)(?:[-_]|$)/i;
// A block that introduces a share or related-content list, in Dutch or English.
const FURNITURE_LABEL = /^(?:deel (?:dit|deze)\b|delen\b|gerelateerde?\b|lees (?:ook|meer)\b|meer (?:nieuws|berichten)\b|bekijk ook\b|zie ook\b|related\b|share\b)/i;

function isFurniture(element: Element): boolean {
  const tag = element.localName.toLowerCase();
  if (tag === "nav" || tag === "aside") return true;
  // The site's header and footer; an article's own <header> (title, dateline) stays.
  if ((tag === "header" || tag === "footer") && !element.parentElement?.closest("article, main, [role=main]")) return true;
  if (FURNITURE_ROLES.has((element.getAttribute("role") ?? "").toLowerCase()) || element.getAttribute("aria-modal") === "true") return true;
  const tokens = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/);
  return tokens.some((token) => token !== "" && FURNITURE_TOKEN.test(token));
}

function removeFurniture(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const element of [...body.querySelectorAll("*")]) {
    // A removed ancestor took it along already; the main landmarks themselves are never furniture.
    if (!element.isConnected || /^(?:main|article|body)$/i.test(element.localName)) continue;
    if (isFurniture(element)) element.remove();
  }
}

/** Drops share/related blocks Readability kept: the label and the short items or rows after it. */
function dropFurnitureBlocks(blocks: TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = [];
  let dropping = false;
  for (const block of blocks) {
    const text = tidyBlockText(block.text);
    if (block.kind !== "item" && block.kind !== "row") dropping = false;
    if (block.kind !== "item" && text.split(/\s+/).length <= 6 && FURNITURE_LABEL.test(text)) {
      dropping = true;
      continue;
    }
    if (!dropping) kept.push(block);
  }
  return kept;
}

const sameText = (a: string, b: string): boolean => tidyBlockText(a).toLowerCase() === tidyBlockText(b).toLowerCase();

export function readHtml(html: string, source: string): ReadHtmlResult {
  // linkedom builds no <body> for a fragment without <html> or <body>, where a browser would.
  const { document } = parseHTML(/<(?:html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  const dateline = takeDateline(document);
  removeFurniture(document);
  let article: ReturnType<Readability<Element>["parse"]>;
  try {
    article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch (cause) {
    throw new BadDocumentError(source, `web page cannot be read (${cause instanceof Error ? cause.message.split("\n")[0] : String(cause)})`, { cause });
  }
  let blocks = article?.content ? dropFurnitureBlocks(blocksOfHtml(article.content)) : [];
  if (letterCount(blocks) < MIN_MAIN_TEXT_LETTERS) {
    throw new BadDocumentError(source, "web page has no main text (only navigation, menus or other page furniture)");
  }
  // The title line: the article's own heading when the content opens with one, else the page's
  // title (Readability's choice: <title> less the site name, og:title or the single <h1>).
  const title = article?.title?.trim() ?? "";
  if (blocks[0]?.kind !== "heading" && title !== "" && !(blocks[0] && sameText(blocks[0].text, title))) {
    blocks = [{ kind: "heading", text: title }, ...blocks];
  }
  return { ...blocksToText(blocks), dateline };
}
