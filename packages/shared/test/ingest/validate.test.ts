import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, validateInput } from '../../src/ingest/validate.ts';

const sentence = 'Requests the Secretary-General to submit a report to the General Assembly at its sixty-sixth session;';

describe('validateInput', () => {
  it.each([
    ['an empty string', '', 'EMPTY'],
    ['only blanks and line breaks', ' \n\t\f\r\n ', 'EMPTY'],
    ['a value that is not a string', 42 as unknown as string, 'EMPTY'],
    ['a NUL byte in text', `${sentence}\0${sentence}`, 'BINARY'],
    ['control characters of a binary file', `${'\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(20)}abc`, 'BINARY'],
    ['text decoded from the wrong encoding', `${'\uFFFD'.repeat(40)}${'a'.repeat(100)}`, 'BINARY'],
    ['text over the size limit', 'a'.repeat(MAX_INPUT_LENGTH + 1), 'TOO_LARGE'],
    ['a few letters', '12. 13. 14.', 'NOT_UN_DOCUMENT'],
  ])('rejects %s', (_name, input, code) => {
    expect(validateInput(input)).toMatchObject({ ok: false, code });
  });

  it.each([
    ['an operative paragraph', `1. ${sentence}`],
    ['pdftotext output with form feeds and tabs', `A/RES/65/232\n\n\f${sentence}\t\n`],
    ['a stray replacement character', `${sentence} \uFFFD ${sentence}`],
  ])('accepts %s', (_name, input) => {
    expect(validateInput(input)).toBeNull();
  });
});
