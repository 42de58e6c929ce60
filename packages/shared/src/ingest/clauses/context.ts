import type { BodyId } from '../types.ts';

/** What the clause extractor needs to know about the paragraph's document. */
export interface ClauseContext {
  /** The body that adopted the text: resolves "it", "its", "the Assembly", bare "the Council". */
  issuingBody: BodyId | null;
  /** The issuing body's session (GA 65) or year (ECOSOC 2011); null when not printed. */
  session: number | null;
  /** ISO date of adoption; relative deadlines ("within 90 days") are counted from it. */
  adopted: string | null;
  part: 'operative' | 'annex';
  /**
   * Which commission a bare "the Commission" means when neither the issuing body nor the paragraph
   * says (a GA resolution on drugs names the Commission on Narcotic Drugs only in its preamble).
   * Defaults to the Commission on Crime Prevention and Criminal Justice.
   */
  commission?: 'ccpcj' | 'cnd' | null;
}
