import { MAX_DOCUMENT_BYTES } from '@mandate-tracker/shared';

/** The outcome of reading a file the user chose: its text, or why it cannot be imported. */
export type TextFileReading = { ok: true; text: string } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads a chosen file in the browser and refuses what the server would refuse anyway (too large,
 * empty, binary, not UTF-8), so a PDF or Word file never leaves the user's machine. The checks
 * mirror the server's `decodeUtf8Strict`: a NUL byte means binary.
 */
export async function readTextFile(file: Blob): Promise<TextFileReading> {
  if (file.size > MAX_DOCUMENT_BYTES) {
    return {
      ok: false,
      message: `The file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_DOCUMENT_BYTES)}. Import the resolutions you need one by one.`,
    };
  }
  if (file.size === 0) return { ok: false, message: 'The file is empty. Choose the .txt file of a UN document.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) {
    return {
      ok: false,
      message:
        'This is a binary file (PDF, Word, image…), not plain text. Save the document as plain text (.txt, UTF-8) and choose it again, or copy its text and paste it below.',
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return {
      ok: false,
      message: 'The file is not UTF-8 text. Save it as "Plain text, UTF-8" and choose it again, or paste its text.',
    };
  }
}
