import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, for fixtures and the gold scorer. */
export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const CORPUS = ['A-65-457', 'A-RES-65-232', 'A-RES-67-189'] as const;
export type CorpusName = (typeof CORPUS)[number];

export function readCorpus(name: CorpusName): string {
  return readFileSync(`${repositoryRoot}fixtures/corpus/${name}.txt`, 'utf8');
}
