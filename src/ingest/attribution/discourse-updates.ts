/**
 * How a clause updates and reads the discourse state: generic offices resolved to the specific
 * office named earlier, the body's members as collective holder, and salience pushes.
 */
import type { ActorIndex, ActorMention } from "../actors/actor-index.js";
import { HEAD_NOUNS, hasHeadNoun, type Discovery } from "../actors/discover-actors.js";
import type { AttributionResult } from "./attribute-clause.js";
import type { DiscourseState, Holder } from "./discourse.js";

/** The group that holds a body's collective decisions: its "leden" group, else the body itself. */
export function membersOf(bodyId: string | null, index: ActorIndex): Holder | null {
  if (!bodyId) return null;
  const members = index.all().find((a) => a.kind === "group" && a.partOf === bodyId && /leden/i.test(a.name));
  return { actorIds: [members?.id ?? bodyId], plural: true, human: true };
}

/**
 * A generic office ("de burgemeester") names the specific office of the same kind mentioned last
 * in the agenda item with the same noun ("de burgemeester van Amsterdam"): its id extends the
 * generic one and it was written as "<noun> van ...". ("de PG" does not make a later "de
 * voorzitter" the chair of the prosecutors.)
 */
export function specialise(mention: ActorMention, state: DiscourseState, index: ActorIndex, discovery: Pick<Discovery, "personsByRole" | "personsByOffice">): ActorMention {
  // "de voorzitter" of minutes whose attendance list names the chair ("Hofstede (voorzitter)").
  const byRole = discovery.personsByRole.get(mention.surface.toLowerCase());
  if (mention.kind === "office" && byRole && index.get(byRole)) return { ...mention, actorId: byRole, kind: "person" };
  // A generic body ("het bestuur", "de commissie") is the specific one the document names.
  if (mention.kind === "organisation" || mention.kind === "group") {
    const specific = index.specificBody(mention.actorId);
    if (specific) return { ...mention, actorId: specific };
    // "De bond roept ... op" where the text names two unions: the one named last in the agenda item
    // ("De Bond van Brandweermensen steunt ... De bond roept ..."); "de organisatie" is any body.
    const head = index.get(mention.actorId)?.name.toLowerCase();
    if (head && HEAD_NOUNS.includes(head) && mention.surface.toLowerCase().endsWith(head)) {
      const named = state.latestInSection((e) => {
        const body = e.actorIds.length === 1 ? index.get(e.actorIds[0]!) : undefined;
        if (!body || body.id === mention.actorId || body.generic || (body.kind !== "organisation" && body.kind !== "group")) return false;
        return head === "organisatie" ? body.kind === "organisation" : hasHeadNoun(body.name, head);
      });
      if (named) return { ...mention, actorId: named.actorIds[0]! };
    }
    return mention;
  }
  if (mention.kind !== "office") return mention;
  // "de burgemeester van Geldermonde" of minutes whose list of those present has "burgemeester Rijnbende (Geldermonde)".
  // Only an office this document introduced: a curated one resolves to its holder from the tenures.
  const placeHolder = index.get(mention.actorId)?.isNew ? discovery.personsByOffice.get(mention.actorId) : undefined;
  if (placeHolder && index.get(placeHolder)) return { ...mention, actorId: placeHolder, kind: "person" };
  const prefix = `${mention.actorId}-`;
  const noun = mention.surface.toLowerCase();
  const specific = state.latestInSection(
    (e) => e.actorIds.length === 1 && e.actorIds[0]!.startsWith(prefix) && e.surfaces.some((s) => s.toLowerCase().startsWith(`${noun} van `)),
  );
  if (specific && index.get(specific.actorIds[0]!)) return { ...mention, actorId: specific.actorIds[0]! };
  // A generic title ("de burgemeester", "de voorzitter") is the person the document introduced with
  // it ("burgemeester Hendrik Vlasbloem", "Jeroen Kalverda, voorzitter van ...").
  const generic = index.get(mention.actorId)?.generic;
  if (!generic) return mention;
  const titled = (e: { actorIds: string[]; surfaces: string[] }): boolean =>
    e.actorIds.length === 1 &&
    index.get(e.actorIds[0]!)?.kind === "person" &&
    (e.surfaces.some((s) => s.toLowerCase().startsWith(`${generic} `)) || (index.get(e.actorIds[0]!)?.description ?? "").toLowerCase().startsWith(generic));
  const person = state.latestInSection(titled) ?? state.latestInDocument(titled);
  if (person) return { ...mention, actorId: person.actorIds[0]!, kind: "person" };
  // Or the one person the document gave that function, in a list of those present, say.
  const holder = discovery.personsByOffice.get(mention.actorId);
  return holder && index.get(holder) ? { ...mention, actorId: holder, kind: "person" } : mention;
}

export function pushSalience(state: DiscourseState, text: string, mentions: ActorMention[], result: AttributionResult): void {
  const holderMentions = new Set(result.holderMentions);
  let group: ActorMention[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    state.push({
      actorIds: [...new Set(group.map((m) => m.actorId))],
      plural: group.length > 1 || group.some((m) => m.plural),
      human: group.some((m) => m.human),
      isHolder: false,
      surfaces: group.map((m) => m.surface),
    });
    group = [];
  };
  for (const m of mentions) {
    if (holderMentions.has(m)) {
      flush();
      continue;
    }
    const last = group[group.length - 1];
    if (last && !/^\s*(?:,|en|,\s*en)\s+(?:de\s+|het\s+)?$/i.test(text.slice(last.end, m.start))) flush();
    group.push(m);
  }
  flush();
  if (result.holder) state.push({ ...result.holder, isHolder: true, surfaces: result.holderMentions.map((m) => m.surface) });
}

