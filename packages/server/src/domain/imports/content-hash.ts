import { createHash } from 'node:crypto';

/** SHA-256 of the text exactly as imported: the same bytes always give the same document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
