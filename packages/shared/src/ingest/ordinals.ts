const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const TENS_ORDINAL: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Reads an English ordinal as printed in UN session names: "Sixty-fifth" → 65, "twentieth" → 20,
 * "one hundred and first" → 101, "65th" → 65. Returns null for anything else.
 */
export function parseOrdinal(words: string): number | null {
  const text = words.trim().toLowerCase().replace(/\s+/g, ' ');
  const numeric = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(text);
  if (numeric) return Number(numeric[1]);
  let hundreds = 0;
  let rest = text;
  const hundred = /^(one|two) hundred(?: and)? ?(.*)$/.exec(text);
  if (hundred) {
    hundreds = hundred[1] === 'one' ? 100 : 200;
    rest = hundred[2]!;
    if (rest === 'th' || rest === '') return text.endsWith('hundredth') ? hundreds : null;
  }
  if (rest === 'hundredth') return 100;
  const value = UNITS[rest] ?? TENS_ORDINAL[rest];
  if (value !== undefined) return hundreds + value;
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(rest);
  if (compound) {
    const tens = TENS[compound[1]!];
    const unit = UNITS[compound[2]!];
    if (tens !== undefined && unit !== undefined && unit < 10) return hundreds + tens + unit;
  }
  return null;
}

/** Pattern text matching an ordinal word as printed ("sixty-fifth", "twentieth", "one hundred and first"). */
export const ORDINAL_WORDS =
  '(?:(?:one|two)\\s+hundred(?:\\s+and)?\\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|\\d{1,3}(?:st|nd|rd|th))';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "VI" → 6; null when not a Roman numeral. */
export function parseRoman(numeral: string): number | null {
  if (!/^[IVXLC]+$/.test(numeral)) return null;
  let total = 0;
  for (let index = 0; index < numeral.length; index++) {
    const value = ROMAN[numeral[index]!]!;
    const next = ROMAN[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}
