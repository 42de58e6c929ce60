/**
 * Cleaned text with a map back to the input as given. Cleaning removes page furniture and joins
 * lines, so every cleaned character must still point at a source character for provenance.
 * The map is a list of runs: a verbatim run copies source characters one to one; a synthetic run
 * (a joining space, an OCR correction) maps each of its characters to one source offset.
 */
export interface CleanText {
  readonly text: string;
  /** Source offset of the cleaned character at `index` (index may equal text.length). */
  toSource(index: number): number;
  /** Source range [start, end) covering the cleaned range [start, end). */
  sourceRange(start: number, end: number): { start: number; end: number };
}

interface Run {
  clean: number;
  source: number;
  length: number;
  verbatim: boolean;
}

export class CleanTextBuilder {
  private readonly pieces: string[] = [];
  private readonly runs: Run[] = [];
  private length = 0;

  constructor(
    private readonly input: string,
    private readonly sourceLength: number = input.length,
  ) {}

  /** Copies input[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.pieces.push(this.input.slice(start, end));
    const last = this.runs[this.runs.length - 1];
    if (last && last.verbatim && last.clean + last.length === this.length && last.source + last.length === start) {
      last.length += end - start;
    } else {
      this.runs.push({ clean: this.length, source: start, length: end - start, verbatim: true });
    }
    this.length += end - start;
  }

  /** Adds text that is not in the input as such, attributed to source offset `source`. */
  add(text: string, source: number): void {
    if (text.length === 0) return;
    this.pieces.push(text);
    this.runs.push({ clean: this.length, source, length: text.length, verbatim: false });
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const piece = this.pieces[this.pieces.length - 1];
    return piece ? piece.charAt(piece.length - 1) : '';
  }

  build(): CleanText {
    const text = this.pieces.join('');
    const runs = this.runs;
    const sourceLength = this.sourceLength;
    const toSource = (index: number): number => {
      if (runs.length === 0) return 0;
      if (index >= text.length) {
        const last = runs[runs.length - 1]!;
        return Math.min(sourceLength, last.verbatim ? last.source + last.length : last.source + 1);
      }
      let low = 0;
      let high = runs.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (runs[middle]!.clean <= index) low = middle;
        else high = middle - 1;
      }
      const run = runs[low]!;
      return run.verbatim ? run.source + (index - run.clean) : run.source;
    };
    return {
      text,
      toSource,
      sourceRange(start: number, end: number) {
        if (end <= start) {
          const at = toSource(start);
          return { start: at, end: at };
        }
        const sourceStart = toSource(start);
        const sourceEnd = Math.min(sourceLength, toSource(end - 1) + 1);
        return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
      },
    };
  }
}
