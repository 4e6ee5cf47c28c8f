/**
 * An HTML element tree (a web page's main content, or the HTML mammoth makes of a DOCX) to text
 * blocks: headings, paragraphs, list items (nested lists too) and table rows. Scripts, styles,
 * media, form controls and hidden elements give no text; whitespace collapses as a browser
 * renders it, except in <pre>; a <br> is a line break inside its block.
 */
import { listItem, rowText, type TextBlock } from "./text-blocks.js";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never running text. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
  "svg", "math", "canvas", "iframe", "frame", "frameset", "object", "embed", "video", "audio", "img", "picture", "map",
  "button", "input", "select", "option", "textarea", "label", "dialog", "menu",
]);

/** Elements that start a new block (everything else is inline and joins the running text). */
const BLOCK_LEVEL = new Set([
  "html", "body", "main", "article", "section", "div", "header", "footer", "aside", "nav", "address",
  "p", "blockquote", "figure", "figcaption", "details", "summary", "form", "fieldset", "legend",
  "dl", "dt", "dd", "hgroup", "center", "hr", "caption",
]);

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = (element.getAttribute("style") ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

function tagOf(node: Node): string {
  return (node as Element).localName?.toLowerCase() ?? "";
}

class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private running = "";

  /** Ends the running paragraph (if it has any text). */
  flush(): void {
    if (this.running.trim() !== "") this.blocks.push({ kind: "paragraph", text: this.running });
    this.running = "";
  }

  children(node: Node): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.node(child);
  }

  node(node: Node): void {
    if (node.nodeType === TEXT_NODE) {
      this.running += (node.nodeValue ?? "").replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = tagOf(element);
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (tag === "br") this.running += "\n";
    else if (/^h[1-6]$/.test(tag)) this.heading(element);
    else if (tag === "ul" || tag === "ol") this.list(element);
    else if (tag === "table") this.table(element);
    else if (tag === "pre") this.preformatted(element);
    else if (tag === "li") this.item(element, "\u2022");
    else if (BLOCK_LEVEL.has(tag)) {
      this.flush();
      this.children(element);
      this.flush();
    } else this.children(element);
  }

  private heading(element: Element): void {
    this.flush();
    const text = textOf(element, " ").replace(/\s*\n\s*/g, " ");
    if (text.trim() !== "") this.blocks.push({ kind: "heading", text });
  }

  private list(element: Element): void {
    this.flush();
    const ordered = tagOf(element) === "ol";
    let number = Number.parseInt(element.getAttribute("start") ?? "1", 10);
    if (!Number.isFinite(number)) number = 1;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (tagOf(child) === "li") {
        const value = Number.parseInt((child as Element).getAttribute("value") ?? "", 10);
        if (Number.isFinite(value)) number = value;
        this.item(child as Element, ordered ? `${number}.` : "\u2022");
        number++;
      } else this.node(child);
    }
    this.flush();
  }

  /** A list item: its leading text is the item; nested lists and tables follow as their own blocks. */
  private item(element: Element, marker: string): void {
    this.flush();
    const inner = new BlockWriter();
    inner.children(element);
    inner.flush();
    this.blocks.push(...listItem(inner.blocks, marker));
  }

  private table(element: Element): void {
    this.flush();
    const caption = [...element.children].find((c) => tagOf(c) === "caption");
    if (caption) this.node(caption);
    for (const row of rowsOf(element)) {
      const cells: string[] = [];
      for (let cell = row.firstChild; cell; cell = cell.nextSibling) {
        const tag = tagOf(cell);
        if ((tag === "td" || tag === "th") && !isHidden(cell as Element)) cells.push(textOf(cell as Element, " "));
      }
      const text = rowText(cells);
      if (text !== "") this.blocks.push({ kind: "row", text });
    }
  }

  private preformatted(element: Element): void {
    this.flush();
    const text = element.textContent ?? "";
    if (text.trim() !== "") this.blocks.push({ kind: "paragraph", text });
  }
}

/** The rows of a table (directly or in thead/tbody/tfoot), not those of tables nested in cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    const tag = tagOf(child);
    if (tag === "tr") rows.push(child);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot") rows.push(...[...child.children].filter((c) => tagOf(c) === "tr"));
  }
  return rows;
}

/** All text of an element as one string; its inner blocks joined by a line break (or `joiner`). */
export function textOf(element: Element, joiner = "\n"): string {
  const writer = new BlockWriter();
  writer.children(element);
  writer.flush();
  return writer.blocks.map((b) => (b.kind === "item" ? `${b.marker} ${b.text}` : b.text)).join(joiner);
}

export function blocksOfHtml(root: Element): TextBlock[] {
  const writer = new BlockWriter();
  writer.node(root);
  writer.flush();
  return writer.blocks;
}
