/**
 * Letters commonly misread by OCR in older scanned resolutions. Only whole words that are never
 * English are corrected, so modern text is untouched.
 */
const OCR_WORDS: ReadonlyMap<string, string> = new Map([
  ['Reguests', 'Requests'],
  ['reguests', 'requests'],
  ['Reguest', 'Request'],
  ['reguest', 'request'],
  ['reguested', 'requested'],
  ['Reguested', 'Requested'],
  ['intemational', 'international'],
  ['Intemational', 'International'],
  ['intemationally', 'internationally'],
  ['Govemment', 'Government'],
  ['Govemments', 'Governments'],
  ['govemment', 'government'],
  ['govemments', 'governments'],
  ['lnvites', 'Invites'],
  ['lnvite', 'Invite'],
  ['lnternational', 'International'],
  ['Urqes', 'Urges'],
  ['Decldes', 'Decides'],
  ['Secretary-Generai', 'Secretary-General'],
  ['Intergovemmental', 'Intergovernmental'],
  ['intergovemmental', 'intergovernmental'],
  ['Commlssion', 'Commission'],
  ['Assernbly', 'Assembly'],
]);

// A piece of every misreading above. Each is looked for with indexOf, far faster than a regular
// expression over the document; a hit is widened to its whole word, and the word list decides.
// Short needles that start with a rare letter are found fastest (indexOf skips to that letter;
// needles of seven or more characters take a slower path in V8).
export const OCR_NEEDLES: readonly string[] = ['gues', 'mation', 'vemm', 'ln', 'Urqes', 'Decld', 'Genera', 'Commls', 'Assern'];

export interface OcrCorrection {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Corrections for OCR misreadings in `text`, in order, with offsets into `text`. A misreading is
 * a whole word (letters, digits and underscores on neither side, as `\b` would have it);
 * "Secretary-Generai" is corrected as one word.
 */
export function findOcrCorrections(text: string): OcrCorrection[] {
  const corrections: OcrCorrection[] = [];
  for (const needle of OCR_NEEDLES) {
    for (let hit = text.indexOf(needle); hit >= 0; hit = text.indexOf(needle, hit + needle.length)) {
      let start = hit;
      let end = hit + needle.length;
      while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      let word = text.slice(start, end);
      if (word === 'Generai' && text.startsWith('Secretary-', start - 10) && !isWordChar(text.charCodeAt(start - 11))) {
        start -= 10;
        word = `Secretary-${word}`;
      }
      const replacement = OCR_WORDS.get(word);
      if (replacement !== undefined) corrections.push({ start, end, replacement });
    }
  }
  corrections.sort((left, right) => left.start - right.start);
  return corrections.filter((correction, index) => index === 0 || correction.start !== corrections[index - 1]!.start);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
