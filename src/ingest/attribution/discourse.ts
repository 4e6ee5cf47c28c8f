/**
 * Discourse state for pronoun resolution and continuation. Minutes are written per agenda item,
 * so salience is scoped to the section; a document-wide list is the fallback (lower confidence)
 * when a section has no agreeing antecedent. Holders are pushed after the other mentions of their
 * clause because the subject is the most salient antecedent for the next clause's pronoun.
 */
import type { Gender } from "../lexicon/first-names.js";

export interface Holder {
  actorIds: string[];
  plural: boolean;
  human: boolean;
}

export interface SalienceEntry extends Holder {
  isHolder: boolean;
  /** The words that named it, when it was named in the text ("burgemeester van Amsterdam"). */
  surfaces: string[];
}

export interface Resolution {
  holder: Holder;
  /** True when found in the current section, false when taken from an earlier one. */
  local: boolean;
}

export class DiscourseState {
  /** `genderOf` gives a person's gender where the text or the name tells it: "hij" is not a woman named before. */
  constructor(private readonly genderOf: (actorId: string) => Gender | undefined = () => undefined) {}

  private section: SalienceEntry[] = [];
  private readonly document: SalienceEntry[] = [];
  /** JSON of each entry, parallel to the lists above (see push). */
  private sectionKeys: string[] = [];
  private readonly documentKeys: string[] = [];
  /** The holder a following clause of the same paragraph may continue. */
  lastHolder: Holder | null = null;
  /** The last holder anywhere in the document: who speaks in a quotation that names nobody. */
  lastSpeaker: Holder | null = null;

  startSection(): void {
    this.section = [];
    this.sectionKeys = [];
    this.lastHolder = null;
  }

  startParagraph(resetContinuation: boolean): void {
    if (resetContinuation) this.lastHolder = null;
  }

  /**
   * An entry equal to an earlier one replaces it (moves to the end). Every lookup walks the lists
   * latest-first with a test on the entry's content, so the answer is the same as with the
   * duplicate kept, but the lists stay as long as the distinct entries: a long section with the
   * same few actors no longer makes extraction quadratic.
   */
  push(entry: SalienceEntry): void {
    const key = JSON.stringify(entry);
    moveToEnd(this.section, this.sectionKeys, entry, key);
    moveToEnd(this.document, this.documentKeys, entry, key);
  }

  /** The latest entry in this section matching `predicate` (e.g. a named mayor for "de burgemeester"). */
  latestInSection(predicate: (e: SalienceEntry) => boolean): SalienceEntry | undefined {
    for (let i = this.section.length - 1; i >= 0; i--) if (predicate(this.section[i]!)) return this.section[i];
    return undefined;
  }

  /** The latest entry anywhere in the document matching `predicate`. */
  latestInDocument(predicate: (e: SalienceEntry) => boolean): SalienceEntry | undefined {
    for (let i = this.document.length - 1; i >= 0; i--) if (predicate(this.document[i]!)) return this.document[i];
    return undefined;
  }

  /** Antecedent of "ze/zij" + plural verb (plural) or "hij/zij" + singular verb (a singular person or office). */
  resolvePronoun(plural: boolean, excluded: ReadonlySet<string> = new Set(), gender?: Gender): Resolution | null {
    const otherGender = (e: Holder): boolean => gender !== undefined && e.actorIds.length === 1 && (this.genderOf(e.actorIds[0]!) ?? gender) !== gender;
    const agrees = (e: Holder): boolean => (plural ? e.plural : !e.plural && e.human && !otherGender(e)) && !e.actorIds.every((id) => excluded.has(id));
    // The holder of the running report is the pronoun's first choice, before a person named in
    // passing: in "X wil niet, zoals in de motie van het lid Y wordt gevraagd. Wel zegt hij toe ..." "hij" is X.
    if (this.lastHolder && agrees(this.lastHolder)) return { holder: this.lastHolder, local: true };
    for (let i = this.section.length - 1; i >= 0; i--) {
      const e = this.section[i]!;
      if (agrees(e)) return { holder: e, local: true };
    }
    for (let i = this.document.length - 1; i >= 0; i--) {
      const e = this.document[i]!;
      if (agrees(e)) return { holder: e, local: false };
    }
    return null;
  }
}

function moveToEnd(list: SalienceEntry[], keys: string[], entry: SalienceEntry, key: string): void {
  const index = keys.lastIndexOf(key);
  if (index >= 0) {
    list.splice(index, 1);
    keys.splice(index, 1);
  }
  list.push(entry);
  keys.push(key);
}
