import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../src/components/mandate/highlight.ts';

// Paragraph 14 of resolution I in A/65/457, with the spans the extractor gives it.
const paragraph14 =
  'Requests the Executive Director of the United Nations Office on Drugs and Crime to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session and the Commission on Narcotic Drugs at its fifty-fourth session, on the implementation of the realignment of the Division for Treaty Affairs and the Division for Operations.';

describe('highlightSegments', () => {
  it('marks the verb, addressee and both sessions of A/65/457 I.14 and keeps the text whole', () => {
    const segments = highlightSegments(paragraph14, [
      { kind: 'verb', span: { start: 0, end: 8 } },
      { kind: 'addressee', span: { start: 9, end: 79 } },
      { kind: 'deadline', span: { start: 152, end: 173 } },
      { kind: 'deadline', span: { start: 214, end: 238 } },
    ]);

    expect(segments.map((segment) => segment.text).join('')).toBe(paragraph14);
    expect(segments.filter((segment) => segment.kind !== null)).toEqual([
      { kind: 'verb', text: 'Requests' },
      { kind: 'addressee', text: 'the Executive Director of the United Nations Office on Drugs and Crime' },
      { kind: 'deadline', text: 'its twentieth session' },
      { kind: 'deadline', text: 'its fifty-fourth session' },
    ]);
  });

  it.each([
    ['no spans', [], [{ kind: null, text: 'Urges States' }]],
    ['an empty span', [{ kind: 'verb' as const, span: { start: 3, end: 3 } }], [{ kind: null, text: 'Urges States' }]],
    [
      'a span running past the end',
      [{ kind: 'addressee' as const, span: { start: 6, end: 99 } }],
      [
        { kind: null, text: 'Urges ' },
        { kind: 'addressee', text: 'States' },
      ],
    ],
    [
      'overlapping spans, the verb winning',
      [
        { kind: 'addressee' as const, span: { start: 0, end: 12 } },
        { kind: 'verb' as const, span: { start: 0, end: 5 } },
      ],
      [
        { kind: 'verb', text: 'Urges' },
        { kind: 'addressee', text: ' States' },
      ],
    ],
  ])('handles %s', (_case, marks, expected) => {
    expect(highlightSegments('Urges States', marks)).toEqual(expected);
  });
});
