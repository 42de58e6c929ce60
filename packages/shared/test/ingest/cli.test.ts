import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './fixtures.ts';

/** Runs `pnpm extract` the way the root script does: tsx on the server's CLI. */
function extract(args: string[], input?: string) {
  return spawnSync(`${repositoryRoot}node_modules/.bin/tsx`, ['packages/server/src/cli/extract.ts', ...args], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
}

describe('pnpm extract', () => {
  it('prints the contract JSON object and nothing else on stdout', () => {
    const run = extract(['fixtures/corpus/A-RES-65-232.txt', '--json']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['document', 'resolutions', 'mandates', 'warnings']);
    expect(Object.keys(json.document)).toEqual(['symbol', 'body', 'session', 'agendaItems', 'title', 'adopted', 'onReport', 'subjects']);
    expect(Object.keys(json.resolutions[0])).toEqual(['index', 'label', 'title', 'draftSymbol', 'preamble', 'operative', 'annexes']);
    expect(Object.keys(json.resolutions[0].operative[0])).toEqual(['number', 'text', 'start', 'end']);
    expect(Object.keys(json.mandates[0])).toEqual(['resolution', 'paragraph', 'part', 'verbs', 'addressees', 'action', 'resources', 'programmes', 'reporting', 'start', 'end']);
    expect(json.mandates.find((mandate: { paragraph: number }) => mandate.paragraph === 36).reporting[0]).toMatchObject({ body: 'ga', session: 66, due: null, relation: 'at' });
  });

  it('takes the symbol from the file name when the text prints none', () => {
    const json = JSON.parse(extract(['fixtures/corpus/A-65-457.txt', '--json']).stdout);
    expect(json.document.symbol).toBe('A/65/457');
  });

  it('reads standard input for "-" and prints a readable summary without --json', () => {
    const run = extract(['-'], '1. Requests the Secretary-General to report to the General Assembly at its sixty-sixth session.');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Mandates (1):');
    expect(run.stdout).toContain('¶1: request → secretary-general');
    expect(run.stdout).toContain('due: at ga session 66');
  });

  it('prints a typed parse error on stderr and exits with 1', () => {
    const run = extract(['-', '--json'], 'PK\u0003\u0004\u0000\u0000binary');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('BINARY');
  });
});
