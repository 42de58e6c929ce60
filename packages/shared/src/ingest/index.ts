import { extractClauses } from './clauses/index.ts';
import { parseWith, type ParseOptions } from './parse.ts';
import type { ParseOutcome } from './types.ts';

export * from './types.ts';
export type { ParseOptions } from './parse.ts';
export { MAX_INPUT_LENGTH } from './validate.ts';

/**
 * Parses the text of a UN document (a report recommending draft resolutions, an adopted
 * resolution as extracted from its PDF, or pasted operative paragraphs) into its header,
 * resolutions, paragraphs and mandates. Pure and deterministic; never throws: input that is
 * empty, binary, too large or not a UN document yields a typed `ParseError`.
 */
export function parseDocument(input: string, options: ParseOptions = {}): ParseOutcome {
  return parseWith(input, options, extractClauses);
}
