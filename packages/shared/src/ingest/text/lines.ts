/** A line of the input: content offsets exclude the line break, surrounding blanks and form feeds. */
export interface SourceLine {
  start: number;
  end: number;
  /** The line begins a new page (a form feed preceded it). */
  pageBreak: boolean;
}

const BREAK = /[\n\f]/g;

/**
 * Splits the input into trimmed lines. A form feed (pdftotext's page break) starts a new line,
 * whether or not a line feed precedes it.
 */
export function splitLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  let pageBreak = false;
  BREAK.lastIndex = 0;
  for (;;) {
    const found = BREAK.exec(input);
    const index = found ? found.index : input.length;
    let start = lineStart;
    let end = index;
    while (start < end && isBlank(input.charCodeAt(start))) start++;
    while (end > start && isBlank(input.charCodeAt(end - 1))) end--;
    lines.push({ start, end, pageBreak });
    if (!found) break;
    pageBreak = input.charCodeAt(index) === 12 ? true : pageBreak && start === end;
    lineStart = index + 1;
  }
  return lines;
}

function isBlank(code: number): boolean {
  // Carriage returns (Windows line ends) and a byte-order mark count as blanks.
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 0xa0 || code === 0xfeff;
}
