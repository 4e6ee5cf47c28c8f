/**
 * Document metadata from the title and the first lines: the meeting date ("16 september 2019",
 * "16-09-2019") and the meeting body (a known organisation acronym in the title, e.g. "LOVP").
 */
import type { ActorIndex } from "../actors/actor-index.js";
import { DUTCH_DATE, MONTHS, isoDate } from "../lexicon/dutch-dates.js";

const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;

export function findMeetingDate(title: string, opening: string): string | null {
  for (const text of [title, opening]) {
    DUTCH_DATE.lastIndex = 0;
    for (const m of text.matchAll(DUTCH_DATE)) {
      if (!m[3]) continue;
      const date = isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
      if (date) return date;
    }
    const numeric = NUMERIC_DATE.exec(text);
    if (numeric) {
      const date = isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
      if (date) return date;
    }
  }
  return null;
}

export interface MeetingBody {
  name: string;
  actorId: string | null;
}

/** "vergadering van het Algemeen Bestuur", "kwam het Veiligheidsberaad bijeen", "in het LOVP": the body that meets. */
const MEETING_OF = /\b(?:vergadering|vergaderde|vergaderden|overleg|bijeenkomst|verslag|besluitenlijst|notulen)\s+(?:van\s+)?(?:de\s+|het\s+)?$|\b(?:in|tijdens)\s+(?:de\s+|het\s+)$|\b(?:kwam|kwamen)\s+(?:de\s+|het\s+)$/i;

export function findMeetingBody(title: string, opening: string, actors: ActorIndex): MeetingBody | null {
  const inTitle = actors.find(title).find((m) => m.kind === "organisation");
  if (inTitle) return { name: inTitle.surface, actorId: inTitle.actorId };
  // In the opening only a body that meets counts, not any organisation named there.
  const meets = actors.find(opening).find((m) => m.kind === "organisation" && MEETING_OF.test(opening.slice(Math.max(0, m.start - 40), m.start)));
  if (meets) return { name: meets.surface, actorId: meets.actorId };
  const acronym = /\b([A-Z]{2,}[a-z]?[A-Z]*)\b/.exec(title);
  return acronym ? { name: acronym[1]!, actorId: null } : null;
}
