import { describe, expect, it } from 'vitest';
import {
  isAnnexHeading,
  resolutionHeading,
  splitOpeningWord,
  splitSubParagraphs,
} from '../src/components/documents/document-text.ts';

describe('splitSubParagraphs', () => {
  it('splits a lead-in and lettered sub-paragraphs (A/65/457, draft resolution II, para. 13)', () => {
    expect(
      splitSubParagraphs(
        'Member States are urged: (a) To be guided by the overall principle; (b) To develop mechanisms; and (c) To ensure coordination.',
      ),
    ).toEqual({
      lead: 'Member States are urged:',
      items: [
        { marker: '(a)', text: 'To be guided by the overall principle;' },
        { marker: '(b)', text: 'To develop mechanisms; and' },
        { marker: '(c)', text: 'To ensure coordination.' },
      ],
    });
  });

  it('keeps roman-numbered sub-paragraphs in order', () => {
    expect(
      splitSubParagraphs('Decides: (i) To hold a meeting; (ii) To report.').items.map((item) => item.marker),
    ).toEqual(['(i)', '(ii)']);
  });

  it.each([
    'Requests the Office to assist States in line with article 3 (a) of the Convention;',
    'Takes note of the report of the Secretary-General;',
  ])('leaves a paragraph without a list whole: %s', (text) => {
    expect(splitSubParagraphs(text)).toEqual({ lead: text, items: [] });
  });
});

describe('isAnnexHeading', () => {
  it.each([
    [{ number: null, text: 'Preamble' }, true],
    [{ number: null, text: 'I. Guiding principles' }, true],
    [{ number: '1', text: 'Preamble' }, false],
    [
      { number: null, text: 'The multifaceted nature of violence against women necessitates different strategies.' },
      false,
    ],
  ])('%j → %s', (paragraph, expected) => {
    expect(isAnnexHeading(paragraph)).toBe(expected);
  });
});

describe('resolutionHeading', () => {
  it.each([
    [{ label: 'I', kind: 'resolution' as const, draftSymbol: 'A/C.3/65/L.13' }, 'Draft resolution I'],
    // A/65/457 VI was adopted as A/RES/65/232; in the report it is still draft resolution VI.
    [{ label: 'VI', kind: 'resolution' as const, draftSymbol: 'A/C.3/65/L.15/Rev.1' }, 'Draft resolution VI'],
    [{ label: 'decision', kind: 'decision' as const, draftSymbol: null }, 'Draft decision'],
    [{ label: '65/232', kind: 'resolution' as const, draftSymbol: null }, 'Resolution 65/232'],
  ])('%j → %s', (resolution, expected) => {
    expect(resolutionHeading(resolution)).toBe(expected);
  });
});

describe('splitOpeningWord', () => {
  it('separates the participle that opens a preambular paragraph', () => {
    expect(splitOpeningWord('Reaffirming the Declaration')).toEqual(['Reaffirming', ' the Declaration']);
  });
});
