import { z } from 'zod';
import { databaseId } from './common.ts';

export const ZSearchParagraphsInput = z.object({
  /** Web-search syntax: words, "quoted phrases", -excluded words, or. */
  q: z.string().trim().min(1, 'Type something to search for').max(200),
  documentId: databaseId.optional(),
  limit: z.number().int().min(1).max(50).default(20),
  cursor: z.string().max(100).nullish(),
});
export type TSearchParagraphsInput = z.infer<typeof ZSearchParagraphsInput>;

/** A piece of a snippet; `match` pieces are the search hits. The web renders them as text, never as HTML. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface ParagraphHit {
  paragraphId: number;
  part: 'preamble' | 'operative' | 'annex' | 'report';
  number: string | null;
  snippet: SnippetSegment[];
  rank: number;
  document: { id: number; symbol: string | null; title: string | null };
  resolution: { id: number; label: string; title: string; adoptedSymbol: string | null } | null;
  /** Mandates extracted from the paragraph, to jump to. */
  mandateIds: number[];
}

export interface ParagraphSearchPage {
  items: ParagraphHit[];
  total: number;
  nextCursor: string | null;
}
