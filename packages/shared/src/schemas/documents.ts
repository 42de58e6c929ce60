import { z } from 'zod';
import { databaseId } from './common.ts';
import type { BodyId, ParseResult, ParseWarning } from '../ingest/types.ts';

/** Largest document accepted by every import path (CLI, tRPC, HTTP), in UTF-8 bytes. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const documentText = z
  .string()
  // Characters never exceed bytes; the byte limit itself is checked by the importer with a specific message.
  .max(MAX_DOCUMENT_BYTES, `The document is larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit.`);

const documentSymbol = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[A-Z][A-Za-z0-9./() -]*$/, 'A UN symbol looks like A/RES/65/232 or A/65/457');

export const ZImportDocumentInput = z.object({
  text: documentText,
  /** The document symbol, for texts that do not print it (A/65/457). */
  symbol: documentSymbol.optional(),
});
export type TImportDocumentInput = z.infer<typeof ZImportDocumentInput>;

export const ZPreviewDocumentInput = z.object({ text: documentText });
export type TPreviewDocumentInput = z.infer<typeof ZPreviewDocumentInput>;

export const ZDocumentId = z.object({ id: databaseId });
export type TDocumentId = z.infer<typeof ZDocumentId>;

export const ZResolutionUpdate = z.object({
  id: databaseId,
  /** The version the edit was based on; a stale version is refused with CONFLICT. */
  version: databaseId,
  /** The symbol the resolution was adopted under (A/RES/65/232); `null` clears it. */
  adoptedSymbol: documentSymbol.nullable(),
});
export type TResolutionUpdate = z.infer<typeof ZResolutionUpdate>;

export type ParagraphChangeKind = 'added' | 'removed' | 'edited';

/** A paragraph that differs between the stored and the re-imported version of a document. */
export interface ParagraphChange {
  kind: ParagraphChangeKind;
  resolution: string;
  part: 'preamble' | 'operative' | 'annex';
  paragraph: string | null;
}

/** Planner data of an old mandate that had no matching mandate in the new version. */
export interface NotCarriedOver {
  resolution: string;
  paragraph: string | null;
  clauseIndex: number;
  action: string;
  /** What was lost, e.g. "status in-progress", "override of addressees", "2 deliverables". */
  lost: string[];
}

export interface ImportReport {
  status: 'created' | 'unchanged' | 'updated';
  documentId: number;
  symbol: string | null;
  counts: { resolutions: number; paragraphs: number; mandates: number; obligations: number };
  /** Mandates of the new version that received planner data from the old one. */
  carriedOver: number;
  changes: ParagraphChange[];
  notCarried: NotCarriedOver[];
  warnings: ParseWarning[];
}

/** What the import screen shows before saving: the parse result. */
export type DocumentPreview = ParseResult;

export interface DocumentListItem {
  id: number;
  symbol: string | null;
  title: string | null;
  body: BodyId | null;
  session: number | null;
  adopted: string | null;
  onReport: string | null;
  subjects: string[];
  importedAt: Date;
  importedBy: string | null;
  resolutionCount: number;
  mandateCount: number;
  unodcFacingCount: number;
  warningCount: number;
}

export interface DocumentParagraph {
  id: number;
  part: 'preamble' | 'operative' | 'annex';
  annexIndex: number | null;
  number: string | null;
  text: string;
  start: number;
  end: number;
  /** Mandates extracted from this paragraph, in clause order. */
  mandates: {
    id: number;
    clauseIndex: number;
    verbs: string[];
    addressees: string[];
    unodcFacing: boolean;
    status: string;
  }[];
}

export interface DocumentDetail extends Omit<
  DocumentListItem,
  'resolutionCount' | 'mandateCount' | 'unodcFacingCount' | 'warningCount'
> {
  agendaItems: number[];
  warnings: ParseWarning[];
  resolutions: {
    id: number;
    position: number;
    label: string;
    title: string;
    kind: 'resolution' | 'decision';
    draftSymbol: string | null;
    adoptedSymbol: string | null;
    /** Changes with every edit of the adopted symbol; documents.updateResolution names it. */
    version: number;
    preamble: DocumentParagraph[];
    operative: DocumentParagraph[];
    annexes: { index: number; paragraphs: DocumentParagraph[] }[];
  }[];
}
