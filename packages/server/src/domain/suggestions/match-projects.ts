import { wordTokens } from '../imports/similarity.ts';

/** Words that say nothing about which programme is meant. */
const STOP_WORDS = new Set([
  'the',
  'of',
  'and',
  'against',
  'for',
  'on',
  'in',
  'to',
  'a',
  'an',
  'its',
  'with',
  'un',
  'united',
  'nations',
]);

/** A programme's or project's significant words, hyphens and case normalised ("Money-Laundering" = "money laundering"). */
export function significantWords(text: string): string[] {
  return wordTokens(text).filter((word) => !STOP_WORDS.has(word));
}

export interface ProjectCandidate {
  id: number;
  code: string;
  title: string;
  theme: string | null;
}

export interface ProjectMatch {
  projectId: number;
  matched: string;
  score: number;
}

/** Words most programme and project names share; matching on them alone would suggest everything. */
const GENERIC_WORDS = new Set([
  'global',
  'programme',
  'programmes',
  'program',
  'project',
  'regional',
  'initiative',
  'office',
  'drugs',
  'crime',
]);

function distinctiveWords(text: string): string[] {
  return [...new Set(significantWords(text).filter((word) => !GENERIC_WORDS.has(word)))];
}

/** Share of `words` found in `among`. */
function shareFound(words: readonly string[], among: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((word) => among.has(word)).length / words.length;
}

/** A programme whose distinctive words are (nearly) all in a project's title names that project. */
export const TITLE_MATCH = 0.8;

/**
 * Projects a mandate points at: by code written in a programme name or in the clause, by a
 * programme name contained in the project title, or by a document subject equal to the
 * project theme. Sorted by score, best first; one entry per project.
 */
export function matchProjects(
  terms: { programmes: readonly string[]; subjects: readonly string[]; action: string },
  projects: readonly ProjectCandidate[],
): ProjectMatch[] {
  const best = new Map<number, ProjectMatch>();
  const offer = (match: ProjectMatch) => {
    const previous = best.get(match.projectId);
    if (previous === undefined || previous.score < match.score) best.set(match.projectId, match);
  };
  const codeText = [terms.action, ...terms.programmes].join(' ').toUpperCase();
  const subjects = new Set(terms.subjects.map((subject) => significantWords(subject).join(' ')));
  for (const project of projects) {
    const code = project.code.trim().toUpperCase();
    if (code.length >= 4 && new RegExp(`\\b${code.replace(/[^A-Z0-9]/g, '')}\\b`).test(codeText)) {
      offer({ projectId: project.id, matched: project.code, score: 1 });
    }
    const titleWords = distinctiveWords(project.title);
    const titleSet = new Set(titleWords);
    for (const programme of terms.programmes) {
      const programmeWords = distinctiveWords(programme);
      if (shareFound(programmeWords, titleSet) < TITLE_MATCH) continue;
      // Between 0.6 and 0.9: the more of the title the programme's name accounts for, the likelier it is that project.
      const coverage = shareFound(titleWords, new Set(programmeWords));
      offer({ projectId: project.id, matched: programme, score: Math.round((0.6 + 0.3 * coverage) * 100) / 100 });
    }
    if (project.theme !== null) {
      const theme = significantWords(project.theme).join(' ');
      if (theme !== '' && subjects.has(theme)) offer({ projectId: project.id, matched: project.theme, score: 0.5 });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.projectId - b.projectId);
}
