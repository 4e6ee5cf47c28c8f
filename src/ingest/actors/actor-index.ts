/**
 * Finds actor mentions in text: every alias of every curated (and discovered) actor, matched on
 * word boundaries, longest first, case-insensitively except for acronyms ("PG", "OM", "LOCO"),
 * which must match in capitals so that "om" (a preposition) never becomes the Openbaar Ministerie,
 * and persons' names, which must match as written so that "Blok" or "De Jonge" is a name and
 * "blok" or "de jonge" is not (a name may also open a sentence: "Van der Laan" / "van der Laan").
 */
import type { ActorKind } from "../extraction.js";
import type { CuratedActor } from "../gazetteer/gazetteer.js";
import type { Gender } from "../lexicon/first-names.js";

export interface IndexedActor extends CuratedActor {
  isNew: boolean;
  /** A discovered person's gender, when the text tells it (for "hij" and "zij"). */
  gender?: Gender;
}

export interface ActorMention {
  actorId: string;
  kind: ActorKind;
  start: number;
  end: number;
  surface: string;
  /** Grammatically plural ("de regioburgemeesters", "de banken"): agrees with "ze" + plural verb. */
  plural: boolean;
  /** Can be the antecedent of "hij"/"zij": a person, an office or a group of people. */
  human: boolean;
}

/**
 * "College van PG's" is also written "College van PG": an abbreviation's plural "'s" is often left
 * out after the name of a body, so a multi-word alias ending in one also matches without it.
 */
function withoutAbbreviationPlural(alias: string): string[] {
  const bare = /\s\p{Lu}{2,}['’]s$/u.test(alias) ? alias.replace(/['’]s$/u, "") : null;
  return bare ? [alias, bare] : [alias];
}

const isAcronym = (alias: string): boolean => /^[A-Z0-9&][A-Z0-9&.'’s-]*$/.test(alias) && /[A-Z]{2}/.test(alias);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
const BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";

function isPlural(actor: IndexedActor, surface: string): boolean {
  const lower = surface.toLowerCase();
  if (actor.kind === "group") return !/gezag$|driehoek$/.test(lower);
  if (actor.kind === "organisation") return /[a-z]en$/.test(lower) && !/^[A-Z]/.test(surface);
  return false;
}

export class ActorIndex {
  private readonly byId = new Map<string, IndexedActor>();
  private readonly byAlias = new Map<string, string>();
  private readonly byExact = new Map<string, string>();
  private caseInsensitive: RegExp | null = null;
  private caseSensitive: RegExp | null = null;

  constructor(actors: CuratedActor[]) {
    for (const actor of actors) this.add({ ...actor, isNew: false });
  }

  add(actor: IndexedActor): void {
    if (!this.byId.has(actor.id)) this.byId.set(actor.id, actor);
    // Determiners are not part of a mention (the rules read them around it); an alias "de X" would
    // also hide a longer alias starting at X ("de voorzitter" vs "voorzitter van het Veiligheidsberaad").
    // A person's "De" is a particle of the surname ("mevrouw De Kort"), not a determiner.
    const bare = [actor.name, ...actor.aliases]
      .flatMap((a) => (actor.kind === "person" ? [a] : withoutAbbreviationPlural(a.replace(/^(?:de|het|een)\s+/i, ""))))
      .filter((a) => a.length > 0);
    const exact = actor.kind === "person" ? bare.flatMap((a) => [a, a[0]!.toUpperCase() + a.slice(1)]) : [];
    for (const alias of new Set(exact)) if (!this.byExact.has(alias)) this.byExact.set(alias, actor.id);
    for (const alias of new Set(actor.kind === "person" ? [] : bare)) {
      if (isAcronym(alias)) {
        if (!this.byExact.has(alias)) this.byExact.set(alias, actor.id);
      } else if (!this.byAlias.has(alias.toLowerCase())) {
        this.byAlias.set(alias.toLowerCase(), actor.id);
      }
    }
    this.caseInsensitive = null;
    this.caseSensitive = null;
  }

  private readonly specific = new Map<string, string>();
  /** Phrases that name several actors, each at its own words: lower-cased phrase -> its parts in order. */
  private readonly phrases = new Map<string, { words: string; actorId: string }[]>();

  /**
   * "de burgemeesters van Eekhorst en Dalerveld": one phrase, two offices. Found as one alias (so it
   * wins over "burgemeesters"), it yields a mention per part, at the part's words; the first part's
   * words start where the phrase starts ("burgemeesters van Eekhorst"), so the phrase keeps its subject position.
   */
  addPhrase(phrase: string, parts: { words: string; actorId: string }[]): void {
    const key = phrase.toLowerCase();
    if (this.byAlias.has(key) || parts.some((part) => !this.byId.has(part.actorId))) return;
    // Lower-cased once: find() looks for them in the lower-cased text.
    this.phrases.set(key, parts.map((part) => ({ ...part, words: part.words.toLowerCase() })));
    this.byAlias.set(key, parts[0]!.actorId);
    this.caseInsensitive = null;
  }

  /** This document's specific body for a generic one ("het bestuur" -> "Algemeen Bestuur VRN"). */
  setSpecificBody(genericId: string, specificId: string): void {
    this.specific.set(genericId, specificId);
  }

  specificBody(genericId: string): string | undefined {
    return this.specific.get(genericId);
  }

  get(id: string): IndexedActor | undefined {
    return this.byId.get(id);
  }

  all(): IndexedActor[] {
    return [...this.byId.values()];
  }

  private patterns(): { insensitive: RegExp; sensitive: RegExp } {
    if (!this.caseInsensitive || !this.caseSensitive) {
      const build = (aliases: string[], flags: string): RegExp => {
        const sorted = [...aliases].sort((a, b) => b.length - a.length).map(escape);
        return new RegExp(`${BOUNDARY_BEFORE}(?:${sorted.join("|") || "(?!)"})${BOUNDARY_AFTER}`, flags);
      };
      // Aliases are matched on the lower-cased text: a case-insensitive Unicode regular expression
      // over hundreds of alternatives is an order of magnitude slower in V8.
      this.caseInsensitive = build([...this.byAlias.keys()], "gu");
      this.caseSensitive = build([...this.byExact.keys()], "gu");
    }
    return { insensitive: this.caseInsensitive, sensitive: this.caseSensitive };
  }

  /** Mentions in text[start, end), in text order, without overlaps (the longer match wins). */
  find(text: string, start = 0, end = text.length): ActorMention[] {
    const { insensitive, sensitive } = this.patterns();
    const slice = text.slice(start, end);
    const found: ActorMention[] = [];
    const collect = (pattern: RegExp, lookup: (surface: string) => string | undefined, subject = slice): void => {
      pattern.lastIndex = 0;
      let lowered: string | undefined;
      for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
        const parts = pattern === sensitive ? undefined : this.phrases.get(m[0].toLowerCase());
        const spans: { id: string | undefined; at: number; length: number }[] = [];
        if (parts) {
          let at = m.index;
          for (const part of parts) {
            lowered ??= subject.toLowerCase();
            const offset = lowered.indexOf(part.words, at);
            if (offset < 0) break;
            spans.push({ id: part.actorId, at: offset, length: part.words.length });
            at = offset + part.words.length;
          }
        } else spans.push({ id: lookup(m[0]), at: m.index, length: m[0].length });
        for (const span of spans) {
          const actor = span.id ? this.byId.get(span.id) : undefined;
          if (!actor) continue;
          const surface = slice.slice(span.at, span.at + span.length);
          found.push({
            actorId: actor.id,
            kind: actor.kind,
            start: start + span.at,
            end: start + span.at + span.length,
            surface,
            plural: isPlural(actor, surface),
            human: actor.kind === "person" || actor.kind === "office" || actor.kind === "group",
          });
        }
      }
    };
    const lower = slice.toLowerCase();
    if (lower.length === slice.length) collect(insensitive, (s) => this.byAlias.get(s.toLowerCase()), lower);
    else collect(new RegExp(insensitive.source, "giu"), (s) => this.byAlias.get(s.toLowerCase()));
    collect(sensitive, (s) => this.byExact.get(s));
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: ActorMention[] = [];
    for (const mention of found) {
      const last = kept[kept.length - 1];
      if (last && mention.start < last.end) {
        if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
        continue;
      }
      kept.push(mention);
    }
    return kept;
  }
}
