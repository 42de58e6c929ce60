import { describe, expect, it } from 'vitest';
import { matchProjects, type ProjectCandidate } from '../../src/domain/suggestions/index.ts';

const PROJECTS: ProjectCandidate[] = [
  {
    id: 1,
    code: 'GLOU40',
    title: 'Global Programme against Money Laundering, Proceeds of Crime and the Financing of Terrorism',
    theme: 'Money laundering',
  },
  {
    id: 2,
    code: 'GLOT32',
    title: 'Global Programme on Strengthening the Legal Regime against Terrorism',
    theme: 'Terrorism prevention',
  },
  {
    id: 3,
    code: 'GLOZ82',
    title: 'Global Programme for the Implementation of the Bangkok Rules',
    theme: 'Women prisoners',
  },
];

describe('matchProjects', () => {
  it('suggests GLOU40 for "Global Programme against Money-Laundering" despite the hyphen and the longer title', () => {
    const matches = matchProjects(
      { programmes: ['Global Programme against Money-Laundering'], subjects: [], action: '' },
      PROJECTS,
    );
    expect(matches).toEqual([{ projectId: 1, matched: 'Global Programme against Money-Laundering', score: 0.72 }]);
  });

  it('ranks a project whose code the clause names above title matches, and the closer title first', () => {
    const matches = matchProjects(
      {
        programmes: ['Global Programme against Terrorism'],
        subjects: [],
        action: 'to continue its work under GLOZ82 and related projects',
      },
      PROJECTS,
    );
    expect(matches.map((match) => [match.projectId, match.score])).toEqual([
      [3, 1],
      [2, 0.68],
      [1, 0.66],
    ]);
  });

  it('suggests a project whose theme is a subject of the document, with a low score', () => {
    expect(
      matchProjects({ programmes: [], subjects: ['WOMEN PRISONERS', 'CORRUPTION'], action: '' }, PROJECTS),
    ).toEqual([{ projectId: 3, matched: 'Women prisoners', score: 0.5 }]);
  });

  it('suggests nothing for a programme that shares only generic words with project titles', () => {
    expect(
      matchProjects({ programmes: ['Global Programme on Cybercrime'], subjects: [], action: '' }, PROJECTS),
    ).toEqual([]);
  });
});
