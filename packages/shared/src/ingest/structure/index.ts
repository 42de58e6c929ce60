import { findDraftSymbols } from './draftSymbols.ts';
import type { DocumentStructure, RawParagraph, RawResolution, RawWarning } from './model.ts';
import { findNumberedParagraphs, OPERATIVE_START, OPERATIVE_VERB } from './numbering.ts';
import { findRegions } from './regions.ts';
import { parseResolution, type ResolutionRegion } from './resolution.ts';

export type { DocumentStructure, RawAnnex, RawParagraph, RawResolution, RawWarning } from './model.ts';

/**
 * Segments the cleaned text of a UN document into its header, a report's own numbered
 * paragraphs, and its resolutions and decisions with preamble, operative paragraphs and annexes.
 * Pasted text with only numbered paragraphs ("1. Requests …") is one untitled resolution.
 */
export function parseStructure(text: string): DocumentStructure {
  const warnings: RawWarning[] = [];
  const found = findRegions(text);
  let regions = found.regions;
  const reportParagraphs: RawParagraph[] = [];
  let headEnd = found.firstStart;
  let title: string | null = null;
  const isReport = found.mode === 'report';

  if (regions.length === 0) {
    regions = plainTextRegion(text);
    headEnd = regions[0]?.start ?? text.length;
  } else if (isReport) {
    const own = findNumberedParagraphs(text, 0, found.firstStart, { allowRestart: false, afterAnyWord: true, ignoreRestart: true });
    reportParagraphs.push(...own.paragraphs);
    headEnd = own.paragraphs[0]?.numberAt ?? found.firstStart;
    title = reportTitle(text.slice(0, headEnd));
    const symbols = findDraftSymbols(text, 0, found.firstStart);
    for (const region of regions) {
      region.draftSymbol = symbols.get(region.kind === 'resolution' ? `resolution ${region.label}` : region.label) ?? null;
    }
    // The report's paragraphs between drafts ("33. The Third Committee recommends … draft decision:").
    let nextNumber = own.paragraphs.length > 0 ? Number(own.paragraphs[own.paragraphs.length - 1]!.number) + 1 : 1;
    for (let index = 0; index + 1 < regions.length; index++) {
      const gapStart = regions[index]!.end;
      const gapEnd = regions[index + 1]!.start;
      if (gapEnd - gapStart < 20) continue;
      const between = findNumberedParagraphs(text, gapStart, gapEnd, { allowRestart: false, afterAnyWord: true, firstNumber: nextNumber });
      reportParagraphs.push(...between.paragraphs);
      nextNumber += between.paragraphs.length;
    }
    for (const quoted of found.quotedOpeners) {
      if (quoted < found.firstStart) {
        warnings.push({
          code: 'QUOTED_DRAFT_SKIPPED',
          message: 'A draft quoted inside a report paragraph was not taken as a recommended resolution.',
          at: quoted,
        });
      }
    }
  }
  const resolutions: RawResolution[] = regions.map((region) => parseResolution(text, region, warnings));
  return { headEnd, reportParagraphs, resolutions, title, warnings };
}

function plainTextRegion(text: string): ResolutionRegion[] {
  let numbered = findNumberedParagraphs(text, 0, text.length, { allowRestart: false, afterAnyWord: true });
  if (numbered.paragraphs.length === 0) {
    // Pasted from the middle of a resolution: the numbering starts at the first numbered clause.
    const first = /(?<![\w/.,"“-])(\d{1,3})\.\s+(?=\S)/g;
    for (let match = first.exec(text); match; match = first.exec(text)) {
      if (!OPERATIVE_START.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
      numbered = findNumberedParagraphs(text, match.index, text.length, { allowRestart: false, afterAnyWord: true, firstNumber: Number(match[1]) });
      break;
    }
  }
  const first = numbered.paragraphs[0];
  if (!first) {
    const start = text.length - text.trimStart().length;
    if (!OPERATIVE_VERB.test(text.slice(start, start + 40))) return [];
    return [{ label: '1', kind: 'resolution', draftSymbol: null, start, end: text.length, titleStart: start, opener: { start, end: start }, unnumbered: true }];
  }
  const start = first.numberAt ?? first.start;
  // A short heading before "1." is the title; a longer run of text is the preamble.
  const lead = text.slice(0, start).trim();
  const titled = lead.length > 0 && lead.length <= 200 && !/[,;]$/.test(lead);
  return [
    {
      label: '1',
      kind: 'resolution',
      draftSymbol: null,
      start: titled ? text.indexOf(lead) : 0,
      end: text.length,
      titleStart: titled ? text.indexOf(lead) : 0,
      opener: titled ? { start: start, end: start } : { start: 0, end: 0 },
      ...(first.number !== '1' ? { firstNumber: Number(first.number) } : {}),
    },
  ];
}

/** A report's title: the agenda item's name ("Crime prevention and criminal justice"). */
function reportTitle(head: string): string | null {
  const item = /Agenda items? [\d\s,()a-z]*?\s([A-Z][^]*?)\s+(?:Report of the|Note by the|Letter dated|I\. )/.exec(head);
  return item ? item[1]!.replace(/\s+/g, ' ').trim() : null;
}
