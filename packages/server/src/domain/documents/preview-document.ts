import type { DocumentPreview } from '@mandate-tracker/shared';
import { parseImportableText } from '../imports/validate.ts';

/**
 * What an import would store, without storing it: the parse result with its warnings, for the
 * import screen's live preview.
 * @throws AppError INVALID_DOCUMENT with the same messages as the import
 */
export function previewDocument(text: string): DocumentPreview {
  return parseImportableText(text);
}
