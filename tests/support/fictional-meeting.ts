/**
 * One FICTIONAL meeting (invented Dutch minutes; no real person said any of it) in the five
 * formats analysts receive: plain text, PDF, a saved web page with a realistic site shell, DOCX
 * and ODT, all made at test time. The DOCX and ODT also carry a tracked insertion and deletion
 * and a comment; their accepted text is what the other formats show.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { buildDocx, buildOdt, inlines, type OfficeBlock } from "./office-documents.js";

export const FICTIONAL_MEETING: OfficeBlock[] = [
  { kind: "title", text: "Fictieve bestuurlijke terugkoppeling LOVP 14 april 2022" },
  { kind: "paragraph", text: "Dit verslag is fictief en alleen gemaakt om het inlezen van verschillende bestandsformaten te testen." },
  { kind: "heading", text: "Meldkamers" },
  {
    kind: "paragraph",
    text: "De korpschef gaf een toelichting op de bezetting van de meldkamers in de zomer. De regioburgemeesters maken zich zorgen over de bereikbaarheid van de meldkamers in de nacht{fn:Fictieve bron: een verzonnen rapportage over de bereikbaarheid in 2021.}.",
  },
  { kind: "paragraph", text: "De minister zegde toe {ins:voor de zomer }een plan voor extra centralisten te sturen{del: aan de Tweede Kamer}." },
  { kind: "heading", text: "Cybercrime" },
  { kind: "paragraph", text: "De burgemeester van Rotterdam pleitte voor een landelijk meldpunt voor online fraude.{comment:Fictieve opmerking die niet in het verslag hoort.} De korpschef steunt dat voorstel." },
  {
    kind: "list",
    items: ["De regioburgemeesters vragen om een kwartaalrapportage over online fraude.", "De minister is tegen een nieuwe wet op dit moment."],
  },
  { kind: "heading", text: "Rondvraag" },
  { kind: "paragraph", text: "De burgemeester van Utrecht vroeg aandacht voor de overlast van vuurwerk rond de jaarwisseling." },
];

/** The accepted text of a block's inline markup: insertions kept, deletions and comments dropped, footnotes cited. */
function accepted(text: string, notes: string[], cite: (n: number) => string = (n) => `[${n}]`): string {
  return inlines(text)
    .map((part) => (part.kind === "text" || part.kind === "ins" ? part.text : part.kind === "fn" ? cite(notes.push(part.text)) : ""))
    .join("");
}

/** Plain text as a typist writes it: headings on their own line, blank lines between paragraphs, bullets for list items. */
export function meetingText(blocks: OfficeBlock[] = FICTIONAL_MEETING): string {
  const notes: string[] = [];
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") lines.push(accepted(block.text, notes), "");
    else if (block.kind === "heading") lines.push(accepted(block.text, notes));
    else if (block.kind === "paragraph") lines.push(accepted(block.text, notes), "");
    else if (block.kind === "list") lines.push(...block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "\u2022"} ${accepted(item, notes)}`), "");
    else lines.push(...block.rows.map((row) => `\u2022 ${row.map((cell) => accepted(cell, notes)).join(" | ")}`), "");
  }
  notes.forEach((note, i) => lines.push(`[${i + 1}] ${note}`, ""));
  return `${lines.join("\n")}\n`;
}

/** The plain text laid out on A4 pages: lines wrapped at about 90 characters, as a PDF's text layer has them. */
export async function meetingPdf(blocks: OfficeBlock[] = FICTIONAL_MEETING): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = meetingText(blocks)
    .split("\n")
    .flatMap((line) => {
      const wrapped: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current !== "" && current.length + 1 + word.length > 90) {
          wrapped.push(current);
          current = word;
        } else current = current === "" ? word : `${current} ${word}`;
      }
      return [...wrapped, current];
    });
  const perPage = 45;
  for (let first = 0; first < lines.length; first += perPage) {
    const page = doc.addPage([595, 842]);
    lines.slice(first, first + perPage).forEach((line, i) => page.drawText(line, { x: 50, y: 790 - i * 16, size: 10, font }));
  }
  return doc.save();
}

const html = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A saved web page: the meeting as a news article inside a site shell (cookie banner, menus, share and related blocks, footer). */
export function meetingHtml(blocks: OfficeBlock[] = FICTIONAL_MEETING): string {
  const notes: string[] = [];
  const cite = (n: number): string => `<sup><a href="#voetnoot-${n}" id="ref-${n}">[${n}]</a></sup>`;
  const inline = (text: string): string => accepted(html(text), notes, cite);
  const title = blocks.find((b) => b.kind === "title") as { text: string };
  const article: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") article.push(`<header class="article-header"><h1>${inline(block.text)}</h1><p class="meta">Nieuwsbericht | Gepubliceerd op <time datetime="2022-04-19">19 april 2022</time></p></header>`);
    else if (block.kind === "heading") article.push(`<h2>${inline(block.text)}</h2>`);
    else if (block.kind === "paragraph") article.push(`<p>${inline(block.text)}</p>`);
    else if (block.kind === "list") article.push(`<${block.ordered ? "ol" : "ul"}>${block.items.map((item) => `<li>${inline(item)}</li>`).join("")}</${block.ordered ? "ol" : "ul"}>`);
    else article.push(`<table><tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`).join("")}</tbody></table>`);
  }
  if (notes.length > 0) {
    article.push(`<div class="voetnoten">${notes.map((note, i) => `<p id="voetnoot-${i + 1}"><a href="#ref-${i + 1}">[${i + 1}]</a> ${html(note)}</p>`).join("")}</div>`);
  }
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title.text)} | Fictief Politieberaad</title>
<meta property="og:site_name" content="Fictief Politieberaad">
<meta property="article:published_time" content="2022-04-19T09:30:00+02:00">
<link rel="stylesheet" href="/css/site.css">
<style>.cookie-melding { position: fixed } body::after { content: "stijl mag niet in de tekst" }</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ event: "script mag niet in de tekst" });</script>
</head>
<body>
<div id="cookie-melding" class="cookie-melding" role="dialog" aria-label="Cookies">
  <p>Wij gebruiken cookies om deze website te verbeteren en om het gebruik te meten. Kies of u alle cookies accepteert of alleen de noodzakelijke.</p>
  <button>Alle cookies accepteren</button> <button>Alleen noodzakelijke cookies</button>
</div>
<a class="skiplink" href="#inhoud">Direct naar de inhoud</a>
<header class="site-header">
  <a href="/" class="logo">Fictief Politieberaad</a>
  <nav class="hoofdmenu" aria-label="Hoofdmenu"><ul><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li><li><a href="/overleggen">Overleggen</a></li><li><a href="/publicaties">Publicaties</a></li><li><a href="/contact">Contact</a></li></ul></nav>
  <form class="zoeken" role="search"><label>Zoeken <input name="q"></label><button>Zoek</button></form>
</header>
<nav class="kruimelpad" aria-label="Kruimelpad"><a href="/">Home</a> &gt; <a href="/nieuws">Nieuws</a> &gt; Terugkoppeling</nav>
<main id="inhoud">
<article class="nieuwsbericht">
${article.join("\n")}
<div class="deel-dit-bericht"><h2>Deel dit bericht</h2><ul><li><a href="#">Mastodon</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">E-mail</a></li></ul></div>
</article>
<aside class="gerelateerd"><h2>Gerelateerde berichten</h2><ul>
<li><a href="/nieuws/a">Fictieve terugkoppeling van het overleg in maart over meldkamers en de werkdruk</a></li>
<li><a href="/nieuws/b">Fictieve terugkoppeling van het overleg in februari over de jaarwisseling</a></li>
</ul></aside>
</main>
<footer class="site-footer">
  <p>Fictief Politieberaad &middot; Postbus 1234 &middot; 1000 AB Nergensdorp</p>
  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li></ul>
</footer>
<script src="/js/site.js"></script>
</body>
</html>
`;
}

export const meetingDocx = (blocks: OfficeBlock[] = FICTIONAL_MEETING): Uint8Array => buildDocx(blocks);
export const meetingOdt = (blocks: OfficeBlock[] = FICTIONAL_MEETING): Uint8Array => buildOdt(blocks);
