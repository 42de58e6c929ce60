import type { SourceLine } from './lines.ts';

// "5/12": the page number UN documents print in the footer of every page.
const PAGE_OF_PAGES = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/**
 * Text copied out of a PDF viewer, or pdftotext output saved without its form feeds, has no page
 * breaks, so a footnote block would run to the end of the document and the running headers of
 * the next page would read as body text. In such input a page starts at a "5/12" page number
 * (printed at the foot of one page, just before the next page's header) and at a repetition of
 * the document symbol (the running header at the top of a page) that no page number precedes.
 * Input with form feeds is left as it is.
 */
export function inferPageBreaks(input: string, lines: SourceLine[], symbol: string | null): void {
  if (lines.some((line) => line.pageBreak)) return;
  let symbolSeen = false;
  let previousWasPageNumber = false;
  for (const line of lines) {
    const length = line.end - line.start;
    if (length === 0) continue;
    if (length > 60) {
      previousWasPageNumber = false;
      continue;
    }
    const content = input.slice(line.start, line.end);
    const pageNumber = PAGE_OF_PAGES.exec(content);
    if (pageNumber && Number(pageNumber[1]) <= Number(pageNumber[2])) {
      line.pageBreak = true;
      previousWasPageNumber = true;
      continue;
    }
    if (symbol !== null && content.replace(/\*$/, '') === symbol) {
      if (symbolSeen && !previousWasPageNumber) line.pageBreak = true;
      symbolSeen = true;
    }
    previousWasPageNumber = false;
  }
}
