/**
 * An OpenDocument text (.odt) to plain text: content.xml (inflated by fflate, parsed namespace-
 * aware by @xmldom/xmldom) walked as the ODF 1.2/1.3 text model. Headings (text:h, and paragraphs
 * whose style is a title or heading style), paragraphs, lists (numbered or bulleted by their
 * list style), tables (a row per line), footnotes and endnotes (cited as "[n]", their text after
 * the body). Tracked changes give the accepted text: deletions live only in
 * text:tracked-changes, which is skipped, while insertions are ordinary body text. Comments
 * (office:annotation), tables of contents and other generated indexes, and drawings are left out.
 */
import { DOMParser } from "@xmldom/xmldom";
import { BadDocumentError } from "../../errors/app-error.js";
import type { OfficeZip } from "./office-container.js";
import { blocksToText, letterCount, listItem, rowText, type StructuredText, type TextBlock } from "./text-blocks.js";

const NAMESPACES: Record<string, string> = {
  "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
  "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
  "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
  "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
  "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
  "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0": "manifest",
};
const OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
const STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

/** Elements with no running text of the document (or only a copy of it, like an index). */
const SKIPPED = new Set([
  "text:tracked-changes", "office:annotation", "office:annotation-end", "office:forms",
  "text:sequence-decls", "text:variable-decls", "text:user-field-decls", "text:dde-connection-decls",
  "text:table-of-content", "text:alphabetical-index", "text:illustration-index", "text:table-index",
  "text:object-index", "text:user-index", "text:bibliography", "text:change", "text:change-start", "text:change-end",
  "text:note-citation", "text:soft-page-break", "text:bookmark", "text:bookmark-start", "text:bookmark-end",
]);
const BLOCK_CONTAINERS = new Set(["office:text", "text:section", "table:table-cell", "text:note-body"]);
const HEADING_STYLE = /^(?:Title|Subtitle|Heading(?:_20_\d+)?)$/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function nameOf(node: Node): string {
  const element = node as Element;
  return `${NAMESPACES[element.namespaceURI ?? ""] ?? "?"}:${element.localName}`;
}

/** xmldom 0.8 node lists are not iterable. */
function elementsByName(document: Document, namespace: string, localName: string): Element[] {
  const list = document.getElementsByTagNameNS(namespace, localName);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
}

function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) out.push(child as Element);
  return out;
}

function parseXml(bytes: Uint8Array, part: string, source: string): Document {
  // xmldom reports an error and goes on parsing; any error makes the part unreadable. Its messages
  // (about a truncated part, often "Hierarchy request error") do not help a user, so the reason
  // names the part and the kept cause has the parser's words.
  let problem: unknown = null;
  const note = (message: unknown): void => {
    problem ??= message;
  };
  const document = new DOMParser({ errorHandler: { warning: () => undefined, error: note, fatalError: note } }).parseFromString(new TextDecoder().decode(bytes), "text/xml");
  if (problem !== null || !document?.documentElement) {
    throw new BadDocumentError(source, `ODT is damaged (${part} is not well-formed XML)`, { cause: new Error(String(problem ?? "no XML content")) });
  }
  return document;
}

/** Paragraph and list styles of content.xml (automatic) and styles.xml (common). */
class Styles {
  private readonly paragraph = new Map<string, { parent: string | null; outlineLevel: boolean }>();
  private readonly numberedLevels = new Map<string, Set<number>>();

  add(document: Document): void {
    for (const style of elementsByName(document, STYLE_NS, "style")) {
      if (style.getAttributeNS(STYLE_NS, "family") !== "paragraph") continue;
      this.paragraph.set(style.getAttributeNS(STYLE_NS, "name") ?? "", {
        parent: style.getAttributeNS(STYLE_NS, "parent-style-name") || null,
        outlineLevel: Boolean(style.getAttributeNS(STYLE_NS, "default-outline-level")),
      });
    }
    for (const list of elementsByName(document, TEXT_NS, "list-style")) {
      const numbered = new Set<number>();
      for (const level of childElements(list)) {
        if (level.localName === "list-level-style-number" && (level.getAttributeNS(STYLE_NS, "num-format") ?? "") !== "") {
          numbered.add(Number(level.getAttributeNS(TEXT_NS, "level") ?? "1"));
        }
      }
      this.numberedLevels.set(list.getAttributeNS(STYLE_NS, "name") ?? "", numbered);
    }
  }

  isHeading(name: string | null): boolean {
    for (let depth = 0; name && depth < 10; depth++) {
      const style = this.paragraph.get(name);
      if (HEADING_STYLE.test(name) || style?.outlineLevel) return true;
      name = style?.parent ?? null;
    }
    return false;
  }

  isNumbered(listStyle: string | null, level: number): boolean {
    return listStyle !== null && (this.numberedLevels.get(listStyle)?.has(level) ?? false);
  }
}

class OdtWriter {
  readonly blocks: TextBlock[] = [];
  private running = "";

  /** `notes` is shared by the writers of one document: footnotes are numbered across all of it. */
  constructor(
    private readonly styles: Styles,
    readonly notes: string[] = [],
  ) {}

  flush(kind: "paragraph" | "heading" = "paragraph"): void {
    if (this.running.trim() !== "") this.blocks.push({ kind, text: this.running });
    this.running = "";
  }

  children(node: Node): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.node(child);
  }

  node(node: Node): void {
    if (node.nodeType === TEXT_NODE) {
      // ODF collapses white space in paragraphs; explicit spaces are text:s.
      this.running += (node.nodeValue ?? "").replace(/[ \t\n\r]+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const name = nameOf(element);
    if (SKIPPED.has(name)) return;
    if (name.startsWith("draw:")) {
      // A drawing gives text only through its text boxes (not its image, title or description).
      if (name === "draw:text-box") this.block(element);
      else for (const child of childElements(element)) if (nameOf(child) === "draw:frame" || nameOf(child) === "draw:text-box") this.node(child);
      return;
    }
    switch (name) {
      case "text:h":
      case "text:p": {
        const heading = name === "text:h" || this.styles.isHeading(element.getAttributeNS(TEXT_NS, "style-name"));
        this.flush();
        this.children(element);
        this.flush(heading ? "heading" : "paragraph");
        return;
      }
      case "text:s":
        this.running += " ".repeat(Math.min(100, Number(element.getAttributeNS(TEXT_NS, "c") ?? "1") || 1));
        return;
      case "text:tab":
        this.running += " ";
        return;
      case "text:line-break":
        this.running += "\n";
        return;
      case "text:list":
        this.list(element, element.getAttributeNS(TEXT_NS, "style-name") || null, 1);
        return;
      case "table:table":
        this.table(element);
        return;
      case "text:note":
        this.note(element);
        return;
      default:
        if (BLOCK_CONTAINERS.has(name)) this.block(element);
        else this.children(element);
    }
  }

  private block(element: Element): void {
    this.flush();
    this.children(element);
    this.flush();
  }

  private list(list: Element, style: string | null, level: number): void {
    this.flush();
    const ownStyle = list.getAttributeNS(TEXT_NS, "style-name") || style;
    let number = 1;
    for (const item of childElements(list)) {
      const itemName = nameOf(item);
      if (itemName !== "text:list-item" && itemName !== "text:list-header") continue;
      const start = Number.parseInt(item.getAttributeNS(TEXT_NS, "start-value") ?? "", 10);
      if (Number.isFinite(start)) number = start;
      const inner = new OdtWriter(this.styles, this.notes);
      for (const child of childElements(item)) {
        if (nameOf(child) === "text:list") {
          inner.flush();
          inner.list(child, ownStyle, level + 1);
        } else inner.node(child);
      }
      inner.flush();
      if (itemName === "text:list-header") this.blocks.push(...inner.blocks);
      else {
        this.blocks.push(...listItem(inner.blocks, this.styles.isNumbered(ownStyle, level) ? `${number}.` : "\u2022"));
        number++;
      }
    }
  }

  private table(table: Element): void {
    this.flush();
    const rows: Element[] = [];
    const collect = (parent: Element): void => {
      for (const child of childElements(parent)) {
        if (child.namespaceURI !== TABLE_NS) continue;
        if (child.localName === "table-row") rows.push(child);
        else if (/^table-(?:header-rows|rows|row-group)$/.test(child.localName)) collect(child);
      }
    };
    collect(table);
    for (const row of rows) {
      const cells = childElements(row)
        .filter((cell) => nameOf(cell) === "table:table-cell")
        .map((cell) => {
          const inner = new OdtWriter(this.styles, this.notes);
          inner.children(cell);
          inner.flush();
          return inner.blocks.map((b) => b.text).join(" ");
        });
      const text = rowText(cells);
      if (text !== "") this.blocks.push({ kind: "row", text });
    }
  }

  /** A footnote or endnote: "[n]" where it is cited, its text after the body. */
  private note(note: Element): void {
    const body = childElements(note).find((child) => nameOf(child) === "text:note-body");
    const inner = new OdtWriter(this.styles, this.notes);
    if (body) inner.children(body);
    inner.flush();
    this.notes.push(inner.blocks.map((b) => b.text).join(" "));
    this.running += `[${this.notes.length}]`;
  }
}

function isEncrypted(manifest: Uint8Array | undefined, source: string): boolean {
  if (!manifest) return false;
  const document = parseXml(manifest, "META-INF/manifest.xml", source);
  for (const entry of elementsByName(document, MANIFEST_NS, "file-entry")) {
    if (entry.getAttributeNS(MANIFEST_NS, "full-path") !== "content.xml") continue;
    return childElements(entry).some((child) => child.localName === "encryption-data");
  }
  return false;
}

export function readOdt(zip: OfficeZip, source: string): StructuredText {
  if (isEncrypted(zip.parts["META-INF/manifest.xml"], source)) {
    throw new BadDocumentError(source, "ODT is encrypted (password protected); remove the password and save it again");
  }
  const content = parseXml(zip.parts["content.xml"]!, "content.xml", source);
  const styles = new Styles();
  if (zip.parts["styles.xml"]) styles.add(parseXml(zip.parts["styles.xml"], "styles.xml", source));
  styles.add(content);
  const body = elementsByName(content, OFFICE_NS, "text")[0];
  if (!body) throw new BadDocumentError(source, "ODT has no text body (office:text)");
  const writer = new OdtWriter(styles);
  writer.node(body);
  writer.flush();
  if (letterCount(writer.blocks) === 0) throw new BadDocumentError(source, "ODT has no text");
  return blocksToText(writer.blocks, writer.notes);
}
