import type { ParseError } from './types.ts';

/** Larger inputs are refused: no UN resolution or report comes near this size as text. */
export const MAX_INPUT_LENGTH = 5 * 1024 * 1024;

const MIN_LETTERS = 20;
// Control characters other than tab, line feed, form feed and carriage return mark binary input.
// Looking for each control character with indexOf is faster than one character-class scan.
const CONTROL_CHARACTERS: readonly string[] = [...Array.from({ length: 31 }, (_, index) => String.fromCharCode(index + 1)), '\x7f'].filter(
  (character) => !'\t\n\f\r'.includes(character),
);
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x01-\x08\x0b\x0e-\x1f\x7f]/g;

function countUpTo(text: string, pattern: RegExp, limit: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < limit && pattern.exec(text)) count++;
  return count;
}

/**
 * Rejects input that cannot be a UN document before any parsing: empty, too large, binary
 * (NUL bytes, many control characters) or mangled by a wrong decoding (many U+FFFD).
 * Returns null when the input may be parsed.
 */
export function validateInput(input: unknown): ParseError | null {
  if (typeof input !== 'string') {
    return { ok: false, code: 'EMPTY', message: 'The document is not text.' };
  }
  if (input.length > MAX_INPUT_LENGTH) {
    return {
      ok: false,
      code: 'TOO_LARGE',
      message: `The document has ${input.length} characters; the limit is ${MAX_INPUT_LENGTH}.`,
    };
  }
  if (input.trim().length === 0) {
    return { ok: false, code: 'EMPTY', message: 'The document is empty.' };
  }
  if (input.includes('\0')) {
    return { ok: false, code: 'BINARY', message: 'The document contains NUL bytes: it looks like a binary file.' };
  }
  // Tab, line feed, form feed and carriage return are ordinary in extracted PDF text.
  const controls = CONTROL_CHARACTERS.some((character) => input.includes(character)) ? (input.match(CONTROLS) ?? []).length : 0;
  const replacements = input.includes('\uFFFD') ? (input.match(/\uFFFD/g) ?? []).length : 0;
  const letters = countUpTo(input, /[A-Za-z]/g, MIN_LETTERS);
  if (controls > 8 && controls * 100 > input.length) {
    return { ok: false, code: 'BINARY', message: 'The document is mostly control characters: it looks like a binary file.' };
  }
  if (replacements > 8 && replacements * 50 > input.length) {
    return {
      ok: false,
      code: 'BINARY',
      message: 'The document has many undecodable characters: it is not valid UTF-8 text.',
    };
  }
  if (letters < MIN_LETTERS) {
    return { ok: false, code: 'NOT_UN_DOCUMENT', message: 'The document has too little text to be a UN document.' };
  }
  return null;
}
