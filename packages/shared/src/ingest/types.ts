/**
 * The extraction contract: what `parseDocument` returns and what `pnpm extract FILE --json` prints.
 * Offsets: `start`/`end` on documents, paragraphs and mandates index the input string exactly as
 * given (before any clean-up), so provenance survives PDF noise. Spans inside a mandate
 * (`spans.*`) index the paragraph's cleaned `text`, which is what the UI shows and highlights.
 */

export const BODY_IDS = ['ga', 'ecosoc', 'ccpcj', 'cnd', 'sc', 'hrc', 'cop-untoc', 'cosp-uncac'] as const;
export type BodyId = (typeof BODY_IDS)[number];

export const ADDRESSEE_IDS = [
  'unodc',
  'unodc-executive-director',
  'secretary-general',
  'secretariat',
  'member-states',
  'states-parties',
  'ccpcj',
  'cnd',
  'ga',
  'ecosoc',
  'sc',
  'cop-untoc',
  'cosp-uncac',
  'pni-institutes',
  'un-system',
  'donors',
  'other',
] as const;
export type AddresseeId = (typeof ADDRESSEE_IDS)[number];

/** Addressees whose mandates UNODC delivers. */
export const UNODC_FACING: ReadonlySet<AddresseeId> = new Set([
  'unodc',
  'unodc-executive-director',
  'secretary-general',
  'secretariat',
]);

export const MANDATE_VERBS = [
  'request',
  'urge',
  /** Spelled with a space, as in the hand-checked gold files ("Calls upon"). */
  'call upon',
  'invite',
  'encourage',
  'recommend',
  'direct',
  'decide',
  'authorize',
  'reiterate-request',
] as const;
export type MandateVerb = (typeof MANDATE_VERBS)[number];

export interface Span {
  start: number;
  end: number;
}

export interface ParsedParagraph {
  /** Printed number ("14", "(a)", "Rule 1") or null for unnumbered (preambular) paragraphs. */
  number: string | null;
  /** Cleaned text: page furniture, footnote markers and line-break hyphenation removed. */
  text: string;
  start: number;
  end: number;
}

export interface ParsedAnnex {
  title: string;
  paragraphs: ParsedParagraph[];
}

export interface ParsedResolution {
  /** 1-based order in the document. */
  index: number;
  /** "I".."VI" for draft resolutions in a report, "65/232" for adopted ones, "decision" for draft decisions. */
  label: string;
  title: string;
  /** The draft it was adopted from, where the text says so (A/C.3/65/L.13). */
  draftSymbol: string | null;
  kind: 'resolution' | 'decision';
  preamble: ParsedParagraph[];
  operative: ParsedParagraph[];
  annexes: ParsedAnnex[];
  start: number;
  end: number;
}

export interface ParsedDocumentInfo {
  symbol: string | null;
  body: BodyId | null;
  session: number | null;
  agendaItems: number[];
  title: string | null;
  /** ISO date (yyyy-mm-dd) of adoption, when printed. */
  adopted: string | null;
  /** Symbol of the report the resolution was adopted on (A/65/457). */
  onReport: string | null;
  subjects: string[];
}

export type ReportingRelation = 'at' | 'before' | 'between' | 'for-consideration-at' | 'by-date' | 'within';
export type Recurrence = 'annual' | 'biennial' | 'triennial' | 'quadrennial' | null;

export interface ReportingObligation {
  body: BodyId;
  /** Ordinal session (CCPCJ 20), ECOSOC year, or null for date-based deadlines (Security Council). */
  session: number | null;
  /** ISO date when the text fixes a date or a relative period resolved against the adoption date. */
  due: string | null;
  relation: ReportingRelation;
  /** For "between its twentieth and twenty-first sessions": the later session. */
  untilSession: number | null;
  recurrence: Recurrence;
  /** "paragraph 36" when inherited through "the report referred to in paragraph 36 above". */
  inheritedFrom: string | null;
  /** The words that state the deadline, in the paragraph text. */
  span: Span | null;
}

export type ResourceKind =
  | 'within-existing-resources'
  | 'extrabudgetary'
  | 'voluntary-contributions'
  | 'regular-budget'
  | 'adequate-resources';

export interface ResourceCondition {
  kind: ResourceKind;
  text: string;
  span: Span;
}

export interface ExtractedMandate {
  /** `index` of the resolution. */
  resolution: number;
  /** Operative paragraph number as printed, as a number when it is one ("14" -> 14). */
  paragraph: number | string | null;
  part: 'operative' | 'annex';
  verbs: MandateVerb[];
  addressees: AddresseeId[];
  /** What is asked: the clause text after the addressees. */
  action: string;
  resources: ResourceCondition[];
  programmes: string[];
  reporting: ReportingObligation[];
  /** Offsets of the clause in the input as given. */
  start: number;
  end: number;
  /** Offsets into the paragraph's cleaned `text`, for highlighting. */
  spans: {
    clause: Span;
    verbs: Span[];
    addressees: Span[];
    reporting: Span[];
    resources: Span[];
  };
}

export interface ParseWarning {
  code: string;
  message: string;
  start: number | null;
}

export interface ParseResult {
  ok: true;
  document: ParsedDocumentInfo;
  resolutions: ParsedResolution[];
  mandates: ExtractedMandate[];
  warnings: ParseWarning[];
}

/** INTERNAL: the parser met something it did not expect; reported instead of thrown. */
export type ParseErrorCode = 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NOT_UN_DOCUMENT' | 'INTERNAL';

export interface ParseError {
  ok: false;
  code: ParseErrorCode;
  message: string;
}

export type ParseOutcome = ParseResult | ParseError;
