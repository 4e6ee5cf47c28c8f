/**
 * A title or body before a person's name is part of the name's noun phrase: in "burgemeester
 * Okkema", "Voorzitter Veiligheidsberaad Annet Dijkhuis" or "Burgemeester, Dhr. Van Kempen" the
 * referent is the person, not the office or the body. Such runs become one person mention.
 */
import { ROLE_PATTERN } from "../lexicon/roles.js";
import type { ActorMention } from "./actor-index.js";

/** A title that is not an actor of its own: "Portefeuillehouder Harm Mulder", "Oud-burgemeester Jansen". */
// A line break ends a title's reach: a crosshead "Minister" above "Minister Daan Weerkamp ..." is no part of the name.
const ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${ROLE_PATTERN})(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’&-]*){0,2}[^\\S\\n]+)$`, "u");
const APPOSITION_GAP = /^(?:\s+van\s+(?:de|het)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s*,\s*$/u;
const GAP = /^[^\S\n]*(?:,\s*)?(?:(?:[Dd]e heer|[Mm]evrouw|[Dd]hr\.?|[Mm]w\.?|[Mm]evr\.?|[Dd]rs\.|[Dd]r\.|[Mm]r\.)\s*)?$/u;

export function mergeRoleAndName(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let run: ActorMention[] = [];
  const flush = (): void => {
    const last = run[run.length - 1];
    if (last && last.kind === "person" && run.length > 1) {
      const first = run[0]!;
      out.push({ ...last, start: first.start, surface: text.slice(first.start, last.end) });
    } else out.push(...run);
    run = [];
  };
  const withRole = (m: ActorMention): ActorMention => {
    if (m.kind !== "person") return m;
    const role = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
    return role ? { ...m, start: m.start - role[1]!.length, surface: text.slice(m.start - role[1]!.length, m.end) } : m;
  };
  for (const m of mentions) {
    const previous = run[run.length - 1];
    // A person's title that names the person ("Politiechef Marianne Dijkgraaf") runs on into the name.
    if (previous && ((previous.kind === "person" && previous.actorId !== m.actorId) || !GAP.test(text.slice(previous.end, m.start)))) flush();
    run.push(m);
  }
  flush();
  // "De voorzitter van de veiligheidsregio, burgemeester Carla Westhoff, ...": an office and the person in apposition.
  const merged: ActorMention[] = [];
  for (const m of out.map(withRole)) {
    const previous = merged[merged.length - 1];
    if (previous?.kind === "office" && m.kind === "person" && APPOSITION_GAP.test(text.slice(previous.end, m.start))) {
      merged[merged.length - 1] = { ...m, start: previous.start, surface: text.slice(previous.start, m.end) };
    } else merged.push(m);
  }
  return merged;
}
