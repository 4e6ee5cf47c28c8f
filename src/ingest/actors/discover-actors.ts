/**
 * Actors the gazetteer does not know, found by Dutch naming patterns so a new document loses
 * nothing: titled persons ("dhr. Broers", "mevrouw De Vries"), offices of a place or body
 * ("de burgemeester van Tilburg", "de directeur van het CJIB"), and bodies with an institutional
 * head noun ("de Nationale Ombudsman", "het Centrum voor Criminaliteitspreventie"). All are marked
 * isNew; their ids are derived from the name.
 */
import type { ActorIndex, IndexedActor } from "./actor-index.js";
import { slug } from "./slug.js";

const NAME = "\\p{Lu}[\\p{L}'-]+";
const PARTICLE = "(?:van der|van den|van de|van|de|der|den|ter|ten|in 't)";
// Titles may open a sentence: accept a capital first letter ("Mevrouw Bakker").
const TITLED_PERSON = new RegExp(`\\b(?:[Dd]hr\\.|[Mm]w\\.|[Mm]evr\\.|[Dd]e heer|[Mm]evrouw|[Mm]r\\.|[Dd]r\\.|[Pp]rof\\.)\\s+((?:${PARTICLE}\\s+)?${NAME}(?:\\s+(?:${PARTICLE}\\s+)?${NAME})?)`, "gu");
const ROLES = "burgemeester|wethouder|gouverneur|commissaris|hoofdofficier van justitie|officier van justitie|directeur|voorzitter|secretaris|minister|staatssecretaris|politiechef|districtschef|teamchef|korpschef";
const ROLE_OF = new RegExp(`\\b(${ROLES})\\s+van\\s+((?:de\\s+|het\\s+)?${NAME}(?:\\s+(?:en\\s+)?${NAME}){0,3})`, "gu");
// An office title before a surname names a person: "burgemeester Bruls", "minister Yeşilgöz".
// After a title a lower-case "van" means "of" (an office of a place), so only capitalised
// particles belong to the name ("burgemeester Van der Laan").
const ROLE_NAME = new RegExp(`\\b(?:[Rr]egioburgemeester|[Bb]urgemeester|[Mm]inister|[Ss]taatssecretaris|[Ww]ethouder|[Kk]orpschef|[Hh]oofdofficier|[Pp]rocureur-generaal)\\s+((?:(?:Van der|Van den|Van de|Van|De|Den|Ter|Ten)\\s+)?(?!Van\\b|De\\b)${NAME})`, "gu");
const BODY_HEADS = "Raad|Dienst|Autoriteit|Commissie|Stichting|Vereniging|Centrum|Bureau|Inspectie|Ministerie|Ombudsman|Academie|Federatie|Instituut|Agentschap|Directie|Platform|Genootschap";
const BODY = new RegExp(`\\b(?:[Dd]e|[Hh]et)\\s+((?:(?:Nationale|Landelijke?|Centrale?|Koninklijke|Algemene|Regionale|Openbaar)\\s+)?(?:${BODY_HEADS})(?:\\s+(?:(?:van|voor|der|de|het|en)\\s+)?${NAME}){0,4})`, "gu");

const MONTH_OR_WEEKDAY = /^(?:Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag)$/;

function known(index: ActorIndex, text: string, start: number, end: number): boolean {
  return index.find(text, start, end).some((m) => m.start <= start && m.end >= end);
}

export function discoverActors(text: string, index: ActorIndex): IndexedActor[] {
  const discovered: IndexedActor[] = [];
  const add = (actor: IndexedActor): void => {
    if (index.get(actor.id)) return;
    index.add(actor);
    discovered.push(actor);
  };
  for (const m of text.matchAll(TITLED_PERSON)) {
    const name = m[1]!;
    const nameStart = m.index! + m[0].length - name.length;
    if (known(index, text, nameStart, nameStart + name.length)) continue;
    add({ id: `person:${slug(name)}`, kind: "person", name, aliases: [m[0], name], isNew: true });
  }
  for (const m of text.matchAll(ROLE_NAME)) {
    const name = m[1]!;
    const nameStart = m.index! + m[0].length - name.length;
    if (MONTH_OR_WEEKDAY.test(name)) continue;
    const person = index.find(text, nameStart, nameStart + name.length).find((p) => p.kind === "person");
    if (person) {
      // A curated person with a title: the title and name together name the person, not the office.
      const curated = index.get(person.actorId)!;
      index.add({ ...curated, aliases: [m[0]] });
      continue;
    }
    if (known(index, text, nameStart, nameStart + name.length)) continue;
    add({ id: `person:${slug(name)}`, kind: "person", name, aliases: [m[0], name], isNew: true });
  }
  for (const m of text.matchAll(ROLE_OF)) {
    if (known(index, text, m.index!, m.index! + m[0].length)) continue;
    const role = m[1]!.toLowerCase();
    const place = m[2]!.replace(/^(?:de|het)\s+/, "");
    add({ id: `office:${slug(role)}-${slug(place)}`, kind: "office", name: `${role} van ${m[2]}`, aliases: [m[0]], isNew: true });
  }
  for (const m of text.matchAll(BODY)) {
    const name = m[1]!;
    const nameStart = m.index! + m[0].length - name.length;
    if (index.find(text, nameStart, nameStart + name.length).length > 0) continue;
    add({ id: `org:${slug(name)}`, kind: "organisation", name, aliases: [name], isNew: true });
  }
  return discovered;
}
