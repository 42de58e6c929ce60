import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import { CORPUS, readCorpus, repositoryRoot } from './fixtures.ts';

/**
 * Scores parseDocument against the hand-checked gold files with the repository's own scorer
 * (fixtures/gold/score.mjs), fed on stdin exactly as `pnpm extract FILE --json | node score.mjs -`.
 */
describe('extraction scored against the gold files', () => {
  it.each(CORPUS)('%s has 0 discrepancies', (name) => {
    const outcome = parseDocument(readCorpus(name));
    expect(outcome.ok).toBe(true);
    const score = spawnSync(process.execPath, ['fixtures/gold/score.mjs', '-', `fixtures/gold/${name}.gold.json`], {
      cwd: repositoryRoot,
      input: JSON.stringify(outcome),
      encoding: 'utf8',
    });
    expect(score.stdout).toMatch(/; 0 discrepancies\n$/);
    expect(score.status).toBe(0);
  });
});
