/**
 * The author of an opinion piece or a column, who holds what it says in the first person and its
 * unattributed opinions: its byline ("Door Marieke Doornbos"), a name on a line of its own under the
 * title, the note on the author at its end or under its title ("Marieke Doornbos is burgemeester
 * van Oudewater."), its signature, or the one its title credits or quotes. The note on the author
 * also counts in any text written as "ik". A generic office ("burgemeester") becomes the one
 * specific office of that kind the text names.
 */
import type { ActorIndex } from "../actors/actor-index.js";
import { isFiniteVerb } from "../lexicon/finite-verbs.js";
import { ROLE_PATTERN } from "../lexicon/roles.js";

/**
 * An opinion piece's or a column's byline, on a line of its own near the top: "Door Marieke
 * Doornbos", "Een column van burgemeester Jan Smit" (not "Opinie: <headline>"). Group 1 is
 * what names the writer.
 */
const BYLINE = /(?:^|\n[^\S\n]*\n|^[^\n]*\n)[^\S\n]*(?:[Dd]oor|[Gg]eschreven\s+door|(?:[Ee]en\s+)?(?:[Gg]ast)?(?:[Cc]olumn|[Oo]piniestuk|[Oo]pinieartikel|[Bb]ijdrage|[Oo]pinie)\s+van)[^\S\n]*[:|–-]?[^\S\n]+((?:\p{Lu}|(?:burgemeester|regioburgemeester|wethouder|voorzitter|korpschef|raadslid|minister)\s)[^\n.!?]{2,100})[^\S\n]*(?=\n|$)/gu;
/** The note on the author that closes an opinion piece, as its last line or sentence: "Marieke Doornbos is burgemeester van Oudewater." Group 1 names the writer. */
const AUTHOR_NOTE = /(?:^|\n|[.!?]["”’]?[^\S\n]+)[^\S\n]*(?:[*_(][^\S\n]*)?([^\n.!?]{3,70}?)[^\S\n]+(?:is|was)[^\S\n]+(?:sinds[^\S\n]+\S+[^\S\n]+)?(?:\S+[^\S\n]+){0,3}?(?:burgemeester|regioburgemeester|wethouder|voorzitter|korpschef|commandant|directeur|hoofdofficier|officier|procureur-generaal|raadslid|gemeenteraadslid|gedeputeerde|minister|staatssecretaris|Kamerlid|lid|hoogleraar|politiechef|districtschef)\b[^\n]{0,200}$/u;
/**
 * A short line of its own near the top that names the writer: "Marieke Doornbos", "Marieke
 * Doornbos | 3 oktober 2014", "Opinie | Marieke Doornbos, burgemeester van Wezelaar". The layout
 * may have set it straight above the first paragraph. Group 1 is the line after its label; a
 * line with a finite verb is a headline or a sentence, not a byline.
 */
const BARE_BYLINE = /(?<=\n)[^\S\n]*(?:(?:[Oo]pinie|OPINIE|[Cc]olumn|COLUMN|[Aa]uteur|[Tt]ekst)[^\S\n]*[:|–-][^\S\n]*)?((?:\p{Lu}|burgemeester\s|regioburgemeester\s)[^\n.!?:]{2,80})[^\S\n]*(?=\n)/gu;
/** Short closing lines that sign a column: "Hendrik Valstar\nBurgemeester van Dalmerveen", "— Marieke Doornbos, burgemeester". Group 1 is the signature. */
const SIGNATURE_LINES = /(?:\n[^\S\n]*\n[^\S\n]*(?:[–—-][^\S\n]*)?|[.!?]["”’]?[^\S\n]+[–—][^\S\n]*)((?:\p{Lu}|burgemeester\s)[^\n.!?:]{2,80}(?:\n[^\S\n]*[^\n.!?:]{2,80})?)[^\S\n]*$/u;
/** The same note as a standfirst under the title: a line of its own. */
const AUTHOR_NOTE_AT_TOP = new RegExp(AUTHOR_NOTE.source.replace(/\$$/u, "(?=\\n)"), "u");
/** What credits the author in a title: "Column van", "Opinie |", "door" (after "Opinie:" comes the headline). */
const TITLE_CREDIT = /(?:\b(?:column|gastcolumn|opinie|opiniestuk|door|van)\b[^\S\n]*[|–-]?[^\S\n]*)$/iu;
/** An opinion piece or a column: its title says so, or a label opens a line near the top ("Opinie | ...", "Column:"). */
const OPINION_TITLE = /\b(?:opinie|column|gastcolumn|opiniestuk|opinieartikel|ingezonden)\b/iu;
const OPINION_GENRE = /^[^\S\n]*(?:opinie|column|gastcolumn|opiniestuk|opinieartikel|ingezonden(?:\s+brief)?|essay)\b|\b(?:opinie|column|gastcolumn|opiniestuk|opinieartikel)\s*[:|–-]/imu;

export interface OpinionAuthor {
  actorId: string;
  evidence: "byline" | "title";
}

export function findOpinionAuthor(text: string, title: string, source: string, index: ActorIndex): OpinionAuthor | null {
  const opinion = OPINION_TITLE.test(title) || OPINION_TITLE.test(source.split(/[\\/]/).pop() ?? "") || OPINION_GENRE.test(text.slice(0, 600));
  if (!opinion && !/\b[Ii]k\b/u.test(text)) return null;
  const top = text.slice(0, 800);
  const tailStart = Math.max(0, text.trimEnd().length - 500);
  const tailText = text.slice(tailStart).trimEnd();
  // Where the author may be named, in order of trust: [offset, length].
  const places: Array<[number, number]> = [];
  if (opinion) {
    // A wrapped line of a paragraph ("Door Jan Smit werd vorig jaar") has a verb; a byline does not.
    for (const byline of top.slice(0, 600).matchAll(BYLINE)) {
      if (!byline[1]!.split(/\s+/u).some((word) => isFiniteVerb(word))) places.push([byline.index + byline[0].indexOf(byline[1]!), byline[1]!.length]);
    }
    for (const line of top.slice(0, 600).matchAll(BARE_BYLINE)) {
      const at = line.index + line[0].indexOf(line[1]!);
      if (namesOnly(text, at, at + line[1]!.length, index)) places.push([at, line[1]!.length]);
    }
  }
  // The note names the author and the office: the person when known, else the office.
  const note = AUTHOR_NOTE.exec(tailText);
  if (note) places.push([tailStart + note.index + note[0].indexOf(note[1]!), note[0].length - note[0].indexOf(note[1]!)]);
  if (opinion) {
    const standfirst = AUTHOR_NOTE_AT_TOP.exec(top);
    if (standfirst) places.push([standfirst.index + standfirst[0].indexOf(standfirst[1]!), standfirst[0].length - standfirst[0].indexOf(standfirst[1]!)]);
    const signature = SIGNATURE_LINES.exec(tailText);
    if (signature) places.push([tailStart + signature.index + signature[0].indexOf(signature[1]!), signature[1]!.length]);
  }
  for (const [at, length] of places) {
    const named = index.find(text, at, at + length);
    const found = named.find((m) => m.kind === "person")?.actorId ?? specificOffice(named.find((m) => m.kind === "office")?.actorId, index);
    if (found) return { actorId: found, evidence: "byline" };
  }
  if (!opinion) return null;
  // "Burgemeester Valstar: 'Laat de dorpen niet in de steek'", "Column van regioburgemeester Valstar":
  // the one the title quotes or credits, not one it addresses ("Opinie: Minister, laat de dorpen niet los").
  const credited = index
    .find(title)
    .find((m) => (m.kind === "person" || m.kind === "office") && (/^[^\S\n]*:/u.test(title.slice(m.end)) || TITLE_CREDIT.test(title.slice(0, m.start))));
  return credited ? { actorId: specificOffice(credited.actorId, index) ?? credited.actorId, evidence: "title" } : null;
}

/**
 * A byline line has no finite verb and ends with a name and what may follow one (an office, a
 * date, a place, a party in brackets), after a few words at most: "Marieke Doornbos | 2 maart
 * 2021", "Een pleidooi van burgemeester Marieke Doornbos, Wezelaar". A headline or a standfirst
 * that names someone goes on with its verb ("Minister Kootstra vergeet de dorpen"), which the
 * verb lexicon may not know.
 */
function namesOnly(text: string, start: number, end: number, index: ActorIndex): boolean {
  const mentions = index.find(text, start, end);
  const named = mentions.find((m) => m.kind === "person") ?? mentions.find((m) => m.kind === "office");
  if (!named) return false;
  const before = text.slice(start, named.start);
  const after = text.slice(named.end, end);
  return before.length <= 40 && BYLINE_AFTER_NAME.test(after) && !text.slice(start, end).split(/\s+/u).some((word) => isFiniteVerb(word));
}

/**
 * What follows a byline's name: nothing, a separator, a date, an office ("Marieke Doornbos
 * burgemeester van Wezelaar"), or a phrase a preposition opens ("uit Wezelaar", "namens de
 * burgemeesters", "en Jan Smit"); a headline's name goes on with its verb.
 */
const BYLINE_AFTER_NAME = new RegExp(`^[^\\S\\n]*(?:$|[,|(–—\\d-]|(?:oud-)?(?:${ROLE_PATTERN})\\b|(?:uit|namens|over|van|in|te|voor|en|&)(?=[^\\S\\n]))`, "u");

/** "burgemeester" in a column whose text names one burgemeester ("burgemeester van Dalmerveen"): that one. */
function specificOffice(officeId: string | undefined, index: ActorIndex): string | undefined {
  if (!officeId) return undefined;
  const specific = index.all().filter((a) => a.kind === "office" && a.isNew && a.id.startsWith(`${officeId}-`));
  return specific.length === 1 ? specific[0]!.id : officeId;
}
