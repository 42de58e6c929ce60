import type { BodyId } from '../types.ts';

/** Structure found in the cleaned text; offsets index the cleaned text, not the input. */
export interface RawParagraph {
  number: string | null;
  /** Where the printed number starts (the paragraph's text starts after it). */
  numberAt?: number;
  start: number;
  end: number;
}

export interface RawAnnex {
  title: string;
  paragraphs: RawParagraph[];
}

export interface RawResolution {
  label: string;
  /** The body named by the opener ("The Economic and Social Council,"), when there is one. */
  body: BodyId | null;
  kind: 'resolution' | 'decision';
  title: string;
  draftSymbol: string | null;
  preamble: RawParagraph[];
  operative: RawParagraph[];
  annexes: RawAnnex[];
  start: number;
  end: number;
}

export interface RawWarning {
  code: string;
  message: string;
  /** Cleaned-text offset, or null. */
  at: number | null;
}

export interface DocumentStructure {
  /** End of the document header (symbol, session, agenda item, title) in the cleaned text. */
  headEnd: number;
  /** The numbered paragraphs of a report, before and between its recommended drafts. */
  reportParagraphs: RawParagraph[];
  resolutions: RawResolution[];
  /** The document's own title where it has one apart from its resolutions (a report's item title). */
  title: string | null;
  warnings: RawWarning[];
}
