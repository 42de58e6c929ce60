import { describe, expect, it } from 'vitest';
import { findOcrCorrections, OCR_NEEDLES } from '../../src/ingest/text/ocr.ts';

const MISREADINGS = [
  'Reguests', 'reguests', 'Reguest', 'reguest', 'reguested', 'Reguested', 'intemational', 'Intemational', 'intemationally',
  'Govemment', 'Govemments', 'govemment', 'govemments', 'lnvites', 'lnvite', 'lnternational', 'Urqes', 'Decldes',
  'Secretary-Generai', 'Intergovemmental', 'intergovemmental', 'Commlssion', 'Assernbly',
];

describe('findOcrCorrections', () => {
  it('finds every listed misreading through one of its needles', () => {
    for (const word of MISREADINGS) {
      expect(OCR_NEEDLES.some((needle) => word.includes(needle)), word).toBe(true);
      const corrections = findOcrCorrections(`The ${word} here`);
      expect(corrections, word).toHaveLength(1);
      expect(corrections[0]!.start).toBe(4);
      expect(corrections[0]!.end).toBe(4 + word.length);
    }
  });

  it('corrects whole words only, in order, with offsets into the text', () => {
    const text = 'Reguests the Secretary-Generai and Govemments, not Reguestsx or xintemational or Reguests2; intemationally.';
    expect(findOcrCorrections(text)).toEqual([
      { start: 0, end: 8, replacement: 'Requests' },
      { start: 13, end: 30, replacement: 'Secretary-General' },
      { start: 35, end: 45, replacement: 'Governments' },
      { start: 92, end: 106, replacement: 'internationally' },
    ]);
  });

  it('leaves modern English alone (environment, enter, contemporary, Generals)', () => {
    expect(findOcrCorrections('the environment, to enter, contemporary forms, Attorneys General and a request')).toEqual([]);
  });
});
