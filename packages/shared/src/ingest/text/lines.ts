/** A line of the input: content offsets exclude the line break, surrounding blanks and form feeds. */
export interface SourceLine {
  start: number;
  end: number;
  /** The line begins a new page (a form feed preceded it). */
  pageBreak: boolean;
}

/**
 * Splits the input into trimmed lines. A form feed (pdftotext's page break) starts a new line,
 * whether or not a line feed precedes it.
 */
export function splitLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  let pageBreak = false;
  // Two indexOf cursors find the breaks far faster than a character-class regex.
  let newline = input.indexOf('\n');
  let formFeed = input.indexOf('\f');
  for (;;) {
    const found = newline >= 0 || formFeed >= 0;
    const index = !found ? input.length : newline < 0 ? formFeed : formFeed < 0 ? newline : Math.min(newline, formFeed);
    let start = lineStart;
    let end = index;
    while (start < end && isBlank(input.charCodeAt(start))) start++;
    while (end > start && isBlank(input.charCodeAt(end - 1))) end--;
    lines.push({ start, end, pageBreak });
    if (!found) break;
    pageBreak = input.charCodeAt(index) === 12 ? true : pageBreak && start === end;
    lineStart = index + 1;
    if (index === newline) newline = input.indexOf('\n', lineStart);
    if (index === formFeed) formFeed = input.indexOf('\f', lineStart);
  }
  return lines;
}

function isBlank(code: number): boolean {
  // Carriage returns (Windows line ends) and a byte-order mark count as blanks.
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 0xa0 || code === 0xfeff;
}
