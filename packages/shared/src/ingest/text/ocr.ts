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
// Letter groups found in every misreading above; most documents have none, which indexOf finds
// faster than any regular expression.
const OCR_HINTS = ['eguest', 'ntem', 'vemm', 'lnvi', 'lnte', 'Urqe', 'Decld', 'Generai', 'mlss', 'Assern'];

/** Whether `text` may hold an OCR misreading at all (checked once per document). */
export function mayHoldOcrErrors(text: string): boolean {
  return OCR_HINTS.some((hint) => text.includes(hint));
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
