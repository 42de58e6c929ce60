const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const IRREGULAR: Readonly<Record<string, string>> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

/** 1..999 in words, as the documents print them ("sixty-five", "one hundred and fifty-eight"). */
export function cardinalWords(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) throw new RangeError(`no words for ${value}`);
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const below =
    rest === 0
      ? ''
      : rest < 10
        ? UNITS[rest]!
        : rest < 20
          ? TEENS[rest - 10]!
          : `${TENS[Math.floor(rest / 10)]!}${rest % 10 ? `-${UNITS[rest % 10]!}` : ''}`;
  if (hundreds === 0) return below;
  return `${UNITS[hundreds]!} hundred${below ? ` and ${below}` : ''}`;
}

/** 1..999 as an ordinal word, as sessions are named ("twenty-third", "sixty-sixth", "fortieth"). */
export function ordinalWords(value: number): string {
  const words = cardinalWords(value);
  const match = /^(.*?)([a-z]+)$/.exec(words)!;
  const [, head, last] = match as unknown as [string, string, string];
  const ordinal = IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return `${head}${ordinal}`;
}

/** "Sixty-fifth": the capitalised ordinal of a document header. */
export function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
