/**
 * Builds small DOCX and ODT files at test time (zipped with fflate), in the shape Word and
 * LibreOffice write them, from a document model: title, headings, paragraphs, lists, tables, and
 * inline footnotes, tracked changes and comments. Also an encrypted (password-protected) DOCX as
 * Word stores it: an OLE2 compound file with EncryptionInfo and EncryptedPackage streams.
 * Everything built here is fictional test material.
 */
import { strToU8, zipSync } from "fflate";

/**
 * Inline markup in block text: {ins:…} and {del:…} a tracked insertion and deletion, {comment:…}
 * a comment, {fn:…} a footnote. The accepted text keeps insertions and drops the rest but the
 * footnote's citation.
 */
export type OfficeBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered?: boolean; items: string[] }
  | { kind: "table"; rows: string[][] };

export interface Inline {
  kind: "text" | "ins" | "del" | "comment" | "fn";
  text: string;
}

export function inlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(ins|del|comment|fn):([^}]*)\}/g)) {
    if (m.index > last) out.push({ kind: "text", text: text.slice(last, m.index) });
    out.push({ kind: m[1] as Inline["kind"], text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

const xml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// ---------------------------------------------------------------- DOCX (WordprocessingML)

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REVISION = 'w:author="Fictieve redacteur" w:date="2022-04-15T10:00:00Z"';

function docxRuns(text: string, notes: string[], comments: string[]): string {
  let id = 100 + notes.length * 10 + comments.length * 10;
  const run = (t: string): string => `<w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r>`;
  return inlines(text)
    .map((part) => {
      switch (part.kind) {
        case "text":
          return run(part.text);
        case "ins":
          return `<w:ins w:id="${id++}" ${REVISION}>${run(part.text)}</w:ins>`;
        case "del":
          return `<w:del w:id="${id++}" ${REVISION}><w:r><w:delText xml:space="preserve">${xml(part.text)}</w:delText></w:r></w:del>`;
        case "comment": {
          const c = comments.push(part.text) - 1;
          return `<w:commentRangeStart w:id="${c}"/><w:commentRangeEnd w:id="${c}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${c}"/></w:r>`;
        }
        case "fn": {
          const n = notes.push(part.text);
          return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${n}"/></w:r>`;
        }
      }
    })
    .join("");
}

function docxParagraph(text: string, notes: string[], comments: string[], style?: string, numId?: number): string {
  const props = [style ? `<w:pStyle w:val="${style}"/>` : "", numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : ""].join("");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${docxRuns(text, notes, comments)}</w:p>`;
}

const DOCX_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Voetnoottekst"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>
<w:style w:type="paragraph" w:styleId="Inhopg1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kopvaninhoudsopgave"><w:name w:val="TOC Heading"/><w:basedOn w:val="Kop1"/></w:style>
</w:styles>`;

const DOCX_NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

export interface DocxOptions {
  /**
   * A table of contents after the title, as Word inserts one: a content control holding a TOC
   * field whose entries link to the headings and end in a tab and a page number. "styled" gives
   * the entries Word's "toc 1" style; "unstyled" leaves them Normal, as LibreOffice writes them.
   */
  tableOfContents?: "styled" | "unstyled";
}

function docxTableOfContents(headings: string[], styled: boolean): string {
  const style = styled ? '<w:pStyle w:val="Inhopg1"/>' : "";
  const entries = headings.map((heading, i) => {
    const begin = i === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : "";
    const end = i === headings.length - 1 ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : "";
    return `<w:p><w:pPr>${style}<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs></w:pPr>${begin}<w:hyperlink w:anchor="_Toc${100 + i}" w:history="1"><w:r><w:t>${xml(heading)}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>${i + 1}</w:t></w:r></w:hyperlink>${end}</w:p>`;
  });
  const title = `<w:p><w:pPr>${styled ? '<w:pStyle w:val="Kopvaninhoudsopgave"/>' : ""}</w:pPr><w:r><w:t>Inhoudsopgave</w:t></w:r></w:p>`;
  return `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${title}${entries.join("")}</w:sdtContent></w:sdt>`;
}

export function buildDocx(blocks: OfficeBlock[], options: DocxOptions = {}): Uint8Array {
  const notes: string[] = [];
  const comments: string[] = [];
  const body: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") {
      body.push(docxParagraph(block.text, notes, comments, "Title"));
      if (options.tableOfContents) {
        const headings = blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
        body.push(docxTableOfContents(headings, options.tableOfContents === "styled"));
      }
    } else if (block.kind === "heading") body.push(docxParagraph(block.text, notes, comments, "Kop1"));
    else if (block.kind === "paragraph") body.push(docxParagraph(block.text, notes, comments));
    else if (block.kind === "list") for (const item of block.items) body.push(docxParagraph(item, notes, comments, "Lijstalinea", block.ordered ? 2 : 1));
    else {
      const rows = block.rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${docxParagraph(cell, notes, comments)}</w:tc>`).join("")}</w:tr>`);
      body.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join("")}</w:tbl>`);
    }
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join("")}<w:sectPr/></w:body></w:document>`;
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
${notes.map((note, i) => `<w:footnote w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${xml(note)}</w:t></w:r></w:p></w:footnote>`).join("\n")}
</w:footnotes>`;
  const commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}>${comments.map((c, i) => `<w:comment w:id="${i}" w:author="Fictieve lezer" w:date="2022-04-15T10:00:00Z" w:initials="FL"><w:p><w:r><w:t>${xml(c)}</w:t></w:r></w:p></w:comment>`).join("")}</w:comments>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>`;
  const rel = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (items: string[]): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
  return zipSync({
    "[Content_Types].xml": strToU8(types),
    "_rels/.rels": strToU8(rels([rel("rId1", "officeDocument", "word/document.xml")])),
    "word/_rels/document.xml.rels": strToU8(
      rels([rel("rId1", "styles", "styles.xml"), rel("rId2", "numbering", "numbering.xml"), rel("rId3", "footnotes", "footnotes.xml"), rel("rId4", "comments", "comments.xml")]),
    ),
    "word/document.xml": strToU8(document),
    "word/styles.xml": strToU8(DOCX_STYLES),
    "word/numbering.xml": strToU8(DOCX_NUMBERING),
    "word/footnotes.xml": strToU8(footnotes),
    "word/comments.xml": strToU8(commentsXml),
  });
}

// ---------------------------------------------------------------- ODT (OpenDocument text)

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'office:version="1.3"',
].join(" ");

interface OdtState {
  notes: number;
  changes: string[];
}

/** Multiple spaces as ODF writes them: one space, then text:s for the rest. */
function odfText(text: string): string {
  return xml(text).replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`).replace(/\t/g, "<text:tab/>");
}

function odtInline(text: string, state: OdtState): string {
  return inlines(text)
    .map((part) => {
      switch (part.kind) {
        case "text":
          return odfText(part.text);
        case "ins": {
          const id = `ct${state.changes.length + 1}`;
          state.changes.push(`<text:changed-region xml:id="${id}" text:id="${id}"><text:insertion><office:change-info><dc:creator>Fictieve redacteur</dc:creator><dc:date>2022-04-15T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>`);
          return `<text:change-start text:change-id="${id}"/>${odfText(part.text)}<text:change-end text:change-id="${id}"/>`;
        }
        case "del": {
          const id = `ct${state.changes.length + 1}`;
          state.changes.push(`<text:changed-region xml:id="${id}" text:id="${id}"><text:deletion><office:change-info><dc:creator>Fictieve redacteur</dc:creator><dc:date>2022-04-15T10:00:00</dc:date></office:change-info><text:p>${odfText(part.text)}</text:p></text:deletion></text:changed-region>`);
          return `<text:change text:change-id="${id}"/>`;
        }
        case "comment":
          return `<office:annotation><dc:creator>Fictieve lezer</dc:creator><dc:date>2022-04-15T10:00:00</dc:date><text:p>${odfText(part.text)}</text:p></office:annotation>`;
        case "fn": {
          const n = ++state.notes;
          return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${odfText(part.text)}</text:p></text:note-body></text:note>`;
        }
      }
    })
    .join("");
}

export interface OdtOptions {
  /** Encrypt content.xml in the manifest (as a password-protected save does); the bytes are junk. */
  encrypted?: boolean;
  /** A table of contents (text:table-of-content) listing the headings. */
  tableOfContents?: boolean;
}

export function buildOdt(blocks: OfficeBlock[], options: OdtOptions = {}): Uint8Array {
  const state: OdtState = { notes: 0, changes: [] };
  const body: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") {
      body.push(`<text:p text:style-name="P1">${odtInline(block.text, state)}</text:p>`);
      if (options.tableOfContents) {
        const entries = blocks.filter((b) => b.kind === "heading").map((h) => `<text:p text:style-name="Contents_20_1">${xml((h as { text: string }).text)}<text:tab/>1</text:p>`);
        body.push(`<text:table-of-content text:name="Inhoudsopgave1"><text:table-of-content-source text:outline-level="10"/><text:index-body><text:index-title text:name="Inhoudsopgave1_Head"><text:p text:style-name="Contents_20_Heading">Inhoudsopgave</text:p></text:index-title>${entries.join("")}</text:index-body></text:table-of-content>`);
      }
    } else if (block.kind === "heading") body.push(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${odtInline(block.text, state)}</text:h>`);
    else if (block.kind === "paragraph") body.push(`<text:p text:style-name="Standard">${odtInline(block.text, state)}</text:p>`);
    else if (block.kind === "list") {
      const items = block.items.map((item) => `<text:list-item><text:p text:style-name="P2">${odtInline(item, state)}</text:p></text:list-item>`);
      body.push(`<text:list xml:id="list${body.length}" text:style-name="${block.ordered ? "L2" : "L1"}">${items.join("")}</text:list>`);
    } else {
      const columns = Math.max(...block.rows.map((r) => r.length));
      const rows = block.rows.map((row) => `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Contents">${odtInline(cell, state)}</text:p></table:table-cell>`).join("")}</table:table-row>`);
      body.push(`<table:table table:name="Tabel${body.length}"><table:table-column table:number-columns-repeated="${columns}"/>${rows.join("")}</table:table>`);
    }
  }
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NS}>
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L1"/>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
${state.changes.length > 0 ? `<text:tracked-changes text:track-changes="true">${state.changes.join("")}</text:tracked-changes>` : ""}
${body.join("\n")}
</office:text></office:body></office:document-content>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ODF_NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles></office:document-styles>`;
  const encryption = options.encrypted
    ? '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data>'
    : "";
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 151 + 7) % 256);
  return zipSync({
    // The mimetype comes first and is stored uncompressed (ODF 1.3 part 2, 3.3).
    mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
    "META-INF/manifest.xml": strToU8(manifest),
    "content.xml": options.encrypted ? [junk, { level: 0 }] : strToU8(content),
    "styles.xml": strToU8(styles),
  });
}

// ---------------------------------------------------------------- other containers

/** A ZIP that is neither: an .xlsx's content types, or any files. */
export function buildZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) with the given streams, each 4 KiB of junk
 * (so all live in regular sectors and no mini stream is needed). The directory's red-black tree
 * is a chain of right siblings in the order the format sorts names (length, then upper case).
 */
export function buildCompoundFile(streams: string[]): Uint8Array {
  const names = [...streams].sort((a, b) => a.length - b.length || (a.toUpperCase() < b.toUpperCase() ? -1 : 1));
  const SECTOR = 512;
  const streamSectors = 8;
  const directorySectors = Math.ceil((names.length + 1) / 4);
  const sectors = 1 + directorySectors + names.length * streamSectors;
  const out = new Uint8Array(SECTOR * (1 + sectors));
  const view = new DataView(out.buffer);
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, END, true); // no mini FAT
  view.setUint32(68, END, true); // no DIFAT sectors
  view.setUint32(76, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, FREE, true);
  const sectorAt = (n: number): number => SECTOR * (n + 1);
  // FAT: sector 0 is the FAT, then the directory chain, then each stream's chain.
  const fat = (index: number, value: number): void => view.setUint32(sectorAt(0) + index * 4, value, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, 0xfffffffd);
  for (let i = 0; i < directorySectors; i++) fat(1 + i, i === directorySectors - 1 ? END : 2 + i);
  const firstSector = (stream: number): number => 1 + directorySectors + stream * streamSectors;
  names.forEach((_, s) => {
    for (let i = 0; i < streamSectors; i++) fat(firstSector(s) + i, i === streamSectors - 1 ? END : firstSector(s) + i + 1);
  });
  const entry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sectorAt(1) + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, name.length === 0 ? 0 : (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, "Root Entry", 5, 1, FREE, END, 0);
  names.forEach((name, s) => entry(1 + s, name, 2, FREE, s === names.length - 1 ? FREE : 2 + s, firstSector(s), streamSectors * SECTOR));
  for (let i = names.length + 1; i < directorySectors * 4; i++) entry(i, "", 0, FREE, FREE, 0, 0);
  // Stream contents: junk standing in for ciphertext or a binary document.
  for (let i = sectorAt(firstSector(0)); i < out.length; i++) out[i] = (i * 73 + 11) % 256;
  return out;
}

/** A password-protected DOCX as Word writes it: the encrypted package inside an OLE2 compound file. */
export const buildEncryptedDocx = (): Uint8Array => buildCompoundFile(["EncryptionInfo", "EncryptedPackage"]);
