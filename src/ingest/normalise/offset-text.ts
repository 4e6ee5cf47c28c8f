/**
 * A string under construction that remembers, for every character, the offset of the raw
 * character it came from. Cleaning steps append to it; the finished map lets any span of the
 * normalised text point back into the raw (decoded) text.
 */
export interface MappedText {
  text: string;
  /** rawOffsets[i] is the raw offset of normalised character i; one extra entry for the end. */
  rawOffsets: number[];
}

export class OffsetTextBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];

  get length(): number {
    return this.offsets.length;
  }

  /** Appends text whose characters all stand for raw offset `rawOffset` (inserted or replaced). */
  appendAt(text: string, rawOffset: number): void {
    for (let i = 0; i < text.length; i++) {
      this.parts.push(text[i]!);
      this.offsets.push(rawOffset);
    }
  }

  /** Appends characters copied from a mapped source, keeping their raw offsets. */
  appendFrom(source: MappedText, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.parts.push(source.text[i]!);
      this.offsets.push(source.rawOffsets[i]!);
    }
  }

  lastChar(): string | undefined {
    return this.parts[this.parts.length - 1];
  }

  dropLast(): void {
    this.parts.pop();
    this.offsets.pop();
  }

  replaceLast(text: string): void {
    this.parts[this.parts.length - 1] = text;
  }

  build(rawEnd: number): MappedText {
    return { text: this.parts.join(""), rawOffsets: [...this.offsets, rawEnd] };
  }
}
