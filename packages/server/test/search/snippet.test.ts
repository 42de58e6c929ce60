import { describe, expect, it } from 'vitest';
import { snippetSegments } from '../../src/domain/search/index.ts';

const hit = (text: string) => `\uE000${text}\uE001`;

describe('snippetSegments', () => {
  it.each([
    ['no hit', 'plain text', [{ text: 'plain text', match: false }]],
    [
      'a hit in the middle',
      `combat ${hit('money')} laundering`,
      [
        { text: 'combat ', match: false },
        { text: 'money', match: true },
        { text: ' laundering', match: false },
      ],
    ],
    [
      'a hit at the start and one at the end',
      `${hit('Crime')} prevention and ${hit('crime')}`,
      [
        { text: 'Crime', match: true },
        { text: ' prevention and ', match: false },
        { text: 'crime', match: true },
      ],
    ],
    [
      'adjacent hits as one phrase',
      `${hit('money')}${hit('-laundering')}`,
      [{ text: 'money-laundering', match: true }],
    ],
    [
      'an unclosed marker',
      `see ${'\uE000'}Annex`,
      [
        { text: 'see ', match: false },
        { text: 'Annex', match: true },
      ],
    ],
    [
      'HTML in the text, kept as text',
      `<b>${hit('Office')}</b>`,
      [
        { text: '<b>', match: false },
        { text: 'Office', match: true },
        { text: '</b>', match: false },
      ],
    ],
  ])('splits %s', (_name, marked, expected) => {
    expect(snippetSegments(marked)).toEqual(expected);
  });
});
