import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { matchMandates } from '../../src/domain/imports/match-mandates.ts';
import { paragraphChanges } from '../../src/domain/imports/paragraph-changes.ts';
import type { PreviousMandate } from '../../src/domain/imports/previous-version.ts';
import { tokenJaccard } from '../../src/domain/imports/similarity.ts';
import type { StoredMandate, StoredParagraph } from '../../src/domain/imports/store-structure.ts';
import { decodeUtf8Strict } from '../../src/domain/imports/validate.ts';

let nextId = 1;
function paragraph(resolutionLabel: string, number: string | null, text: string): StoredParagraph {
  return {
    id: nextId++,
    resolutionId: 1,
    resolutionLabel,
    part: 'operative',
    annexIndex: null,
    number,
    text,
    start: 0,
    end: text.length,
  };
}
function mandate(on: StoredParagraph, clauseIndex = 0): StoredMandate {
  return { id: nextId++, paragraph: on, clauseIndex, action: on.text, obligations: [] };
}
function previous(on: StoredParagraph, clauseIndex = 0): PreviousMandate {
  return {
    ...mandate(on, clauseIndex),
    planner: {
      status: 'open',
      ownerUnit: null,
      priority: null,
      notes: null,
      version: 1,
      overrides: [],
      enteredObligations: 0,
      linked: { deliverable: 0, mandate_project: 0, mandate_budget_line: 0, link_suggestion_dismissal: 0 },
    },
  };
}

const REQUEST_REPORT =
  'Requests the Secretary-General to report to the General Assembly at its sixty-sixth session on the implementation of the present resolution;';
const URGE_STATES =
  'Urges Member States to ratify or accede to the United Nations Convention against Transnational Organized Crime;';
const INVITE_DONORS =
  'Invites donors to provide extrabudgetary resources for technical assistance in the Sahel region;';

describe('tokenJaccard', () => {
  it('treats hyphens, case and punctuation as the same words', () => {
    expect(
      tokenJaccard('Global Programme against Money-Laundering', 'global programme against money laundering.'),
    ).toBe(1);
    expect(tokenJaccard('a b c d', 'a b c e')).toBeCloseTo(3 / 5);
  });
});

describe('matchMandates', () => {
  it('follows a renumbered paragraph by its text rather than by its old number', () => {
    const old36 = previous(paragraph('VI', '36', REQUEST_REPORT));
    const old35 = previous(paragraph('VI', '35', URGE_STATES));
    // A new paragraph 35 was inserted: the old 35 is now 36 and the old 36 is 37.
    const new35 = mandate(paragraph('VI', '35', INVITE_DONORS));
    const new36 = mandate(paragraph('VI', '36', URGE_STATES));
    const new37 = mandate(paragraph('VI', '37', REQUEST_REPORT));

    const matches = matchMandates([old36, old35], [new35, new36, new37]);

    expect(matches.map((match) => [match.previous.paragraph.number, match.next.paragraph.number]).sort()).toEqual([
      ['35', '36'],
      ['36', '37'],
    ]);
  });

  it('matches an edited paragraph by resolution, number and clause when its text changed a lot', () => {
    const old = previous(paragraph('I', '14', REQUEST_REPORT));
    const edited = mandate(
      paragraph(
        'I',
        '14',
        'Requests the Executive Director to submit a report to the Commission at its twentieth session;',
      ),
    );
    expect(matchMandates([old], [edited])).toEqual([{ previous: old, next: edited }]);
  });

  it('keeps clauses of one paragraph apart and leaves a removed paragraph unmatched', () => {
    const shared = paragraph('II', '3', `${URGE_STATES} and invites the institutes to assist`);
    const oldFirst = previous(shared, 0);
    const oldSecond = previous(shared, 1);
    const removed = previous(paragraph('II', '4', INVITE_DONORS));
    const newParagraph = paragraph('II', '3', `${URGE_STATES} and invites the institutes to assist`);
    const newFirst = mandate(newParagraph, 0);
    const newSecond = mandate(newParagraph, 1);

    const matches = matchMandates([oldFirst, oldSecond, removed], [newFirst, newSecond]);

    expect(matches).toHaveLength(2);
    expect(matches.find((match) => match.previous === oldFirst)?.next).toBe(newFirst);
    expect(matches.find((match) => match.previous === oldSecond)?.next).toBe(newSecond);
  });
});

describe('paragraphChanges', () => {
  it('lists added, removed and edited paragraphs and ignores pure renumbering', () => {
    const before = [
      paragraph('I', '1', URGE_STATES),
      paragraph('I', '2', REQUEST_REPORT),
      paragraph('I', '3', INVITE_DONORS),
    ];
    const after = [
      paragraph('I', '1', 'Recalls its resolution 64/179 of 18 December 2009;'),
      paragraph('I', '2', URGE_STATES),
      paragraph('I', '3', REQUEST_REPORT.replace('sixty-sixth', 'sixty-seventh')),
    ];
    expect(paragraphChanges(before, after)).toEqual([
      { kind: 'edited', resolution: 'I', part: 'operative', paragraph: '3' },
      { kind: 'added', resolution: 'I', part: 'operative', paragraph: '1' },
      { kind: 'removed', resolution: 'I', part: 'operative', paragraph: '3' },
    ]);
  });
});

describe('decodeUtf8Strict', () => {
  const rejectionOf = (bytes: Uint8Array) => {
    try {
      decodeUtf8Strict(bytes);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected a rejection');
  };

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8Strict(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Côte d’Ivoire')]))).toBe(
      'Côte d’Ivoire',
    );
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a file with NUL bytes', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]), /NUL byte at position 4.*binary/],
    [
      'Latin-1 text',
      new Uint8Array([0x52, 0xe9, 0x73, 0x6f, 0x6c, 0x75, 0x74, 0x69, 0x6f, 0x6e]),
      /not valid UTF-8 text \(first bad byte near byte 1\)/,
    ],
  ])('rejects %s with INVALID_DOCUMENT and a specific message', (_name, bytes, message) => {
    const error = rejectionOf(bytes);
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toMatch(message);
  });
});
