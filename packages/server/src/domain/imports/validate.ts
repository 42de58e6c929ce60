import { MAX_DOCUMENT_BYTES } from '@mandate-tracker/shared';
import { parseDocument } from '@mandate-tracker/shared/ingest';
import type { ParseResult } from '@mandate-tracker/shared';
import { AppError } from '../errors.ts';

const LIMIT_TEXT = `${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function tooLarge(bytes: number): AppError {
  return new AppError('INVALID_DOCUMENT', `The document is ${megabytes(bytes)}; the limit is ${LIMIT_TEXT}.`);
}

/**
 * Decodes an uploaded file or HTTP body as UTF-8, refusing anything that is not text:
 * over the size limit, containing NUL bytes (binary files: PDF, Word, images) or not valid UTF-8.
 * A leading byte-order mark is dropped.
 * @throws AppError INVALID_DOCUMENT with a message that says which of these it was
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw new AppError('INVALID_DOCUMENT', 'The document is empty.');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new AppError(
      'INVALID_DOCUMENT',
      `The file contains a NUL byte at position ${nul}: it is a binary file (PDF, Word, image…), not plain text. Convert it to text first.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new AppError(
      'INVALID_DOCUMENT',
      `The file is not valid UTF-8 text${firstInvalidUtf8Offset(bytes)}. Save it as UTF-8 and try again.`,
      { cause: error },
    );
  }
}

/** " (first bad byte at position N)" for the error message, found by decoding growing prefixes cheaply. */
function firstInvalidUtf8Offset(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const text = decoder.decode(bytes);
  const replacement = text.indexOf('\uFFFD');
  if (replacement === -1) return '';
  // Count the bytes of the valid text before the first replacement character.
  return ` (first bad byte near byte ${Buffer.byteLength(text.slice(0, replacement), 'utf8')})`;
}

/**
 * Checks text that arrived as a string (tRPC): empty, too large, binary. The parser checks the
 * rest (not a UN document).
 * @throws AppError INVALID_DOCUMENT
 */
export function assertImportableText(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOCUMENT_BYTES) throw tooLarge(bytes);
  if (text.trim() === '') throw new AppError('INVALID_DOCUMENT', 'The document is empty.');
  if (text.includes('\u0000')) {
    throw new AppError('INVALID_DOCUMENT', 'The text contains NUL characters: it is a binary file, not plain text.');
  }
}

/**
 * Validates and parses a document; the parse result is only returned when it holds something to
 * track (at least one resolution or decision).
 * @throws AppError INVALID_DOCUMENT with the parser's specific message
 */
export function parseImportableText(text: string): ParseResult {
  assertImportableText(text);
  const outcome = parseDocument(text);
  if (!outcome.ok) throw new AppError('INVALID_DOCUMENT', outcome.message, { details: { parseError: outcome.code } });
  if (outcome.resolutions.length === 0) {
    throw new AppError(
      'INVALID_DOCUMENT',
      'No resolution or decision was found in the text, so there is nothing to track. Import a resolution (A/RES/…) or a report recommending draft resolutions.',
    );
  }
  return outcome;
}
