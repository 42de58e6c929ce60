import { MAX_DOCUMENT_BYTES } from '@mandate-tracker/shared';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../src/components/import/read-text-file.ts';

describe('readTextFile (files chosen on the import screen)', () => {
  it('returns the text of a UTF-8 file without its byte-order mark', async () => {
    const file = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'Résolution 65/232'], { type: 'text/plain' });
    expect(await readTextFile(file)).toEqual({ ok: true, text: 'Résolution 65/232' });
  });

  it('refuses a binary file (NUL bytes) and says to save it as plain text', async () => {
    const pdf = new Blob(['%PDF-1.7\n', new Uint8Array([0, 1, 2, 0])]);
    const reading = await readTextFile(pdf);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toMatch(/binary file .* plain text \(\.txt, UTF-8\)/);
  });

  it('refuses text in another encoding than UTF-8', async () => {
    const latin1 = new Blob([new Uint8Array([0x52, 0xe9, 0x73, 0x6f])]);
    const reading = await readTextFile(latin1);
    expect(!reading.ok && reading.message).toMatch(/not UTF-8/);
  });

  it('refuses an empty file and a file over the size limit before reading it', async () => {
    expect(await readTextFile(new Blob([]))).toEqual({
      ok: false,
      message: 'The file is empty. Choose the .txt file of a UN document.',
    });
    const huge = new Blob([new Uint8Array(MAX_DOCUMENT_BYTES + 1)]);
    const reading = await readTextFile(huge);
    expect(!reading.ok && reading.message).toMatch(/^The file is 5\.0 MB; the limit is 5\.0 MB/);
  });
});
