/**
 * Finds curated topics in text. Aliases match token by token on stems, and single-word aliases
 * of five letters or more also match as the head or modifier of a Dutch compound
 * ("drugs" in "drugsindustrie", "begroting" in "politiebegroting") unless the word is itself an
 * alias of another topic ("geweldsmiddel" is equipment, not "geweld").
 */
import type { CuratedTopic } from "../gazetteer/gazetteer.js";
import { words, type Word } from "../sentences/words.js";
import { stem } from "./stem.js";

export interface TopicMention {
  topicId: string;
  start: number;
  end: number;
  /** Matched as a part of a compound word ("vuurwerk" in "vuurwerkverbod"), not as a word of its own. */
  compound: boolean;
}

interface AliasEntry {
  topicId: string;
  stems: string[];
  lower: string;
}

const COMPOUND_MIN = 5;

export class TopicIndex {
  private readonly entries: AliasEntry[] = [];
  private readonly byFirstStem = new Map<string, AliasEntry[]>();
  private readonly compoundParts: AliasEntry[] = [];
  private readonly exactStems = new Set<string>();
  /** The compound parts as one alternation each way (a word starting or ending with a part). */
  private compoundStart: RegExp | null = null;
  private compoundEnd: RegExp | null = null;
  private readonly compoundByPart = new Map<string, AliasEntry[]>();

  constructor(topics: CuratedTopic[]) {
    for (const topic of topics) {
      for (const alias of new Set([topic.label, ...topic.aliases])) {
        const tokens = words(alias).map((w) => stem(w.text));
        if (tokens.length === 0) continue;
        this.entries.push({ topicId: topic.id, stems: tokens, lower: alias.toLowerCase() });
        if (tokens.length === 1) this.exactStems.add(tokens[0]!);
      }
    }
    // Longer aliases first so "geweld tegen politie" wins over "geweld".
    this.entries.sort((a, b) => b.stems.length - a.stems.length || b.lower.length - a.lower.length);
    for (const entry of this.entries) {
      const list = this.byFirstStem.get(entry.stems[0]!) ?? [];
      list.push(entry);
      this.byFirstStem.set(entry.stems[0]!, list);
      if (entry.stems.length === 1 && entry.lower.length >= COMPOUND_MIN && !/\s/.test(entry.lower)) this.compoundParts.push(entry);
    }
    for (const entry of this.compoundParts) this.compoundByPart.set(entry.lower, [...(this.compoundByPart.get(entry.lower) ?? []), entry]);
    const parts = [...this.compoundByPart.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (parts.length > 0) {
      this.compoundStart = new RegExp(`^(?:${parts.join("|")})`);
      this.compoundEnd = new RegExp(`(?:${parts.join("|")})$`);
    }
  }

  /** Curated parts a word starts or ends with, for words longer than the part (a compound). */
  private compoundMatches(word: string): AliasEntry[] {
    if (!this.compoundStart || !this.compoundEnd) return [];
    const found: AliasEntry[] = [];
    const seenParts = new Set<string>();
    for (const part of this.partsOf(word)) {
      if (seenParts.has(part) || word.length <= part.length + 2) continue;
      seenParts.add(part);
      found.push(...(this.compoundByPart.get(part) ?? []));
    }
    return found;
  }

  /** Every curated part at the word's start and end (all lengths, not only the longest). */
  private partsOf(word: string): string[] {
    const parts: string[] = [];
    const start = this.compoundStart!.exec(word);
    if (start) for (let n = start[0].length; n >= COMPOUND_MIN; n--) if (this.compoundByPart.has(word.slice(0, n))) parts.push(word.slice(0, n));
    const end = this.compoundEnd!.exec(word);
    if (end) for (let n = end[0].length; n >= COMPOUND_MIN; n--) if (this.compoundByPart.has(word.slice(word.length - n))) parts.push(word.slice(word.length - n));
    return parts;
  }

  find(text: string, start = 0, end = text.length): TopicMention[] {
    const tokens = words(text.slice(start, end), start);
    const stems = tokens.map((t) => stem(t.text));
    const found: TopicMention[] = [];
    const seen = new Set<string>();
    const add = (topicId: string, from: Word, to: Word, compound = false): void => {
      const key = `${topicId}@${from.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ topicId, start: from.start, end: to.end, compound });
    };
    for (let i = 0; i < tokens.length; i++) {
      for (const entry of this.byFirstStem.get(stems[i]!) ?? []) {
        const n = entry.stems.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n; k++) if (stems[i + k] !== entry.stems[k]) ok = false;
        if (ok) add(entry.topicId, tokens[i]!, tokens[i + n - 1]!);
      }
      // Compound match for one-word aliases, unless the word is an alias itself.
      if (this.exactStems.has(stems[i]!)) continue;
      const word = tokens[i]!.text.toLowerCase();
      for (const entry of this.compoundMatches(word)) add(entry.topicId, tokens[i]!, tokens[i]!, true);
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
