/**
 * The gazetteer's tenures checked over time (`kg gazetteer check`; tests/ingest/gazetteer-check
 * runs it on seeds/gazetteer): an office held by one person at a time has no overlapping tenures
 * (an acting tenure may overlap a formal one: it answers for those days); a declared unknown
 * holder overlaps no tenure; no tenure lies outside the office's existence; and every day from
 * 2013-01-01 (or the office's first day) to today that no tenure covers is a problem unless an
 * `unknownHolders` entry declares it. The days on which the office resolves to no person (declared
 * unknown holders, unconfirmed tenures) are listed as notes.
 */
import type { CuratedActor, Gazetteer, Holding, Tenure, UnknownHolder } from "./gazetteer.js";

/** The period the gazetteer answers for: the Nationale Politie and the sourced table start here. */
export const COVERAGE_START = "2013-01-01";

export interface TenureCheck {
  /** One line per problem; the check passes when there are none. */
  problems: string[];
  /** One line per period in which an office resolves to no person. */
  notes: string[];
}

interface Span {
  from: string;
  /** Inclusive; open spans end at the far future. */
  to: string;
  acting: boolean;
  label: string;
}

const FAR_FUTURE = "9999-12-31";

export function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function previousDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

const period = (h: Holding): string => `${h.from} – ${h.to ?? "(no end)"}`;
const spanOf = (h: Holding, label: string): Span => ({ from: h.from, to: h.to ?? FAR_FUTURE, acting: h.acting === true, label });
const overlap = (a: Span, b: Span): boolean => a.from <= b.to && b.from <= a.to;

export function checkTenures(gazetteer: Gazetteer, today: string): TenureCheck {
  const problems: string[] = [];
  const notes: string[] = [];
  const names = new Map(gazetteer.actors.map((actor) => [actor.id, actor.name]));
  const offices = new Map(gazetteer.actors.filter((actor) => actor.kind === "office").map((office) => [office.id, office]));
  const tenuresOf = groupBy(gazetteer.tenures, (tenure) => tenure.officeId);
  const unknownOf = groupBy(gazetteer.unknownHolders ?? [], (unknown) => unknown.officeId);
  for (const officeId of [...new Set([...tenuresOf.keys(), ...unknownOf.keys()])].sort()) {
    const office = offices.get(officeId);
    if (!office) continue; // the structural check reports it
    const tenures = (tenuresOf.get(officeId) ?? []).map((t) => ({ tenure: t, span: spanOf(t, `${names.get(t.personId) ?? t.personId} (${period(t)}${t.acting ? ", acting" : ""})`) }));
    const unknowns = (unknownOf.get(officeId) ?? []).map((u) => ({ unknown: u, span: spanOf(u, `unknown holder (${period(u)})`) }));
    checkOverlaps(office, tenures.map((t) => t.span), unknowns.map((u) => u.span), problems);
    checkExistence(office, [...tenures.map((t) => t.span), ...unknowns.map((u) => u.span)], problems);
    checkGaps(office, [...tenures.map((t) => t.span), ...unknowns.map((u) => u.span)], today, problems);
    listUnresolved(office, tenures.map((t) => t.tenure), unknowns.map((u) => u.unknown), names, today, notes);
  }
  return { problems, notes };
}

function checkOverlaps(office: CuratedActor, tenures: Span[], unknowns: Span[], problems: string[]): void {
  for (const unknown of unknowns) {
    for (const tenure of tenures) if (overlap(unknown, tenure)) problems.push(`${office.id}: ${unknown.label} overlaps ${tenure.label}`);
  }
  if (office.multipleHolders) return;
  for (const spans of [tenures, unknowns]) {
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const [a, b] = [spans[i]!, spans[j]!];
        // An acting holder beside a formal one is the one case of two holders on a day.
        if (a.acting === b.acting && overlap(a, b)) problems.push(`${office.id}: ${a.label} overlaps ${b.label} (one holder at a time)`);
      }
    }
  }
}

function checkExistence(office: CuratedActor, spans: Span[], problems: string[]): void {
  for (const span of spans) {
    if (office.existsFrom && span.from < office.existsFrom) problems.push(`${office.id}: ${span.label} starts before the office exists (${office.existsFrom})`);
    if (office.existsTo && span.to > office.existsTo) problems.push(`${office.id}: ${span.label} ends after the office's last day (${office.existsTo})`);
  }
}

function checkGaps(office: CuratedActor, spans: Span[], today: string, problems: string[]): void {
  const start = office.existsFrom && office.existsFrom > COVERAGE_START ? office.existsFrom : COVERAGE_START;
  const end = office.existsTo && office.existsTo < today ? office.existsTo : today;
  let uncoveredFrom = start;
  for (const span of [...spans].sort((a, b) => a.from.localeCompare(b.from))) {
    if (uncoveredFrom > end) break;
    if (span.to < uncoveredFrom) continue;
    if (span.from > uncoveredFrom) {
      const gapEnd = span.from > end ? end : previousDay(span.from);
      problems.push(`${office.id}: no tenure from ${uncoveredFrom} to ${gapEnd} (add the holder, or an unknownHolders entry if no source names one)`);
    }
    if (span.to >= uncoveredFrom) uncoveredFrom = span.to === FAR_FUTURE ? FAR_FUTURE : nextDay(span.to);
  }
  if (uncoveredFrom <= end) problems.push(`${office.id}: no tenure from ${uncoveredFrom} to ${end} (add the holder, or an unknownHolders entry if no source names one)`);
}

function listUnresolved(office: CuratedActor, tenures: Tenure[], unknowns: UnknownHolder[], names: Map<string, string>, today: string, notes: string[]): void {
  const inside = (h: Holding) => h.from <= today && (h.to ?? FAR_FUTURE) >= COVERAGE_START;
  const name = (t: Tenure) => names.get(t.personId) ?? t.personId;
  const found: [string, string][] = [];
  for (const unknown of unknowns.filter(inside)) found.push([unknown.from, `${period(unknown)} no person: ${unknown.holder}`]);
  for (const tenure of tenures.filter((t) => t.status === "unconfirmed" && inside(t))) found.push([tenure.from, `${period(tenure)} no person: ${name(tenure)} is unconfirmed`]);
  if (office.multipleHolders) {
    const sourced = tenures.filter((t) => t.status !== "unconfirmed" && !t.acting);
    for (let i = 0; i < sourced.length; i++) {
      for (let j = i + 1; j < sourced.length; j++) {
        const [a, b] = [spanOf(sourced[i]!, ""), spanOf(sourced[j]!, "")];
        if (!overlap(a, b) || sourced[i]!.personId === sourced[j]!.personId) continue;
        const from = a.from > b.from ? a.from : b.from;
        const to = a.to < b.to ? a.to : b.to;
        found.push([from, `${period({ from, ...(to === FAR_FUTURE ? {} : { to }) })} no person: ${name(sourced[i]!)} and ${name(sourced[j]!)} both hold it`]);
      }
    }
  }
  for (const [, line] of found.sort((a, b) => a[0].localeCompare(b[0]))) notes.push(`${office.id}: ${line}`);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
