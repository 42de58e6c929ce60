/**
 * Session ordinals as printed in operative clauses, from "first" to "ninety-ninth", including the
 * forms PDF extraction and OCR leave behind ("twenty- first", "twenty first", "twentyfirst") and
 * numerals ("20th"). An ordinal we cannot read gives null, never a guessed session.
 */

const UNITS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const TENS_ORDINAL: Readonly<Record<string, number>> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "sixty-sixth" → 66, "twenty- first" → 21, "20th" → 20, "twentyflrst" → null. */
export function sessionOrdinal(words: string): number | null {
  const text = words.toLowerCase().replace(/\s+/gu, ' ').trim();
  const numeric = /^(\d{1,3})(?:st|nd|rd|th)$/u.exec(text);
  if (numeric) return Number(numeric[1]);
  const single = UNITS[text] ?? TENS_ORDINAL[text];
  if (single !== undefined) return single;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s*-?\s*([a-z]+)$/u.exec(text);
  if (!compound) return null;
  const unit = UNITS[compound[2]!];
  return unit !== undefined && unit < 10 ? TENS[compound[1]!]! + unit : null;
}
