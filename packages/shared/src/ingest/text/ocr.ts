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

const OCR_PATTERN = new RegExp(`\\b(?:${[...OCR_WORDS.keys()].join('|')})\\b`, 'g');
// Letter groups found in every misreading above ("eguest", "ntem", "vemm", "lnvi", …), written
// as a first letter and a rest: a pattern that starts with a character class is scanned far
// faster than an alternation of words. It may match a little more; the word list decides.
const OCR_HINT = /[enlvUDGmA](?:guest|tem|emm|nvi|nte|rqe|ecld|enerai|lss|ssern)/;

/** Whether `text` may hold an OCR misreading at all (checked once per document). */
export function mayHoldOcrErrors(text: string): boolean {
  return OCR_HINT.test(text);
}

export interface OcrCorrection {
  start: number;
  end: number;
  replacement: string;
}

/** Corrections for OCR misreadings in `line`, offsets relative to the line. */
export function findOcrCorrections(line: string): OcrCorrection[] {
  const corrections: OcrCorrection[] = [];
  if (!mayHoldOcrErrors(line)) return corrections;
  OCR_PATTERN.lastIndex = 0;
  for (let match = OCR_PATTERN.exec(line); match; match = OCR_PATTERN.exec(line)) {
    corrections.push({ start: match.index, end: match.index + match[0].length, replacement: OCR_WORDS.get(match[0])! });
  }
  return corrections;
}
