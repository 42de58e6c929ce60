import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/corpus');
const goldDir = path.resolve(corpusDir, '../gold');

/** A sample document's text exactly as stored in fixtures/corpus. */
export function corpusText(file: 'A-65-457.txt' | 'A-RES-65-232.txt' | 'A-RES-67-189.txt'): string {
  return readFileSync(path.join(corpusDir, file), 'utf8');
}

/** The hand-checked mandates of A/65/457: "resolution.paragraph" of each UNODC-facing operative paragraph. */
export function goldUnodcParagraphs(): string[] {
  const gold = JSON.parse(readFileSync(path.join(goldDir, 'A-65-457.gold.json'), 'utf8')) as {
    mandates: { resolution: number; paragraph: number }[];
  };
  return gold.mandates.map((mandate) => `${mandate.resolution}.${mandate.paragraph}`).sort();
}

const COUNTED_TABLES = [
  'document',
  'resolution',
  'paragraph',
  'mandate',
  'reporting_obligation',
  'mandate_override',
  'deliverable',
  'mandate_project',
] as const;

/** Row counts of the tables an import writes or touches, to prove that nothing changed. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const { rows } = await sql<{ count: string | number }>`select count(*) as count from ${sql.table(table)}`.execute(
      db,
    );
    counts[table] = Number(rows[0]!.count);
  }
  return counts;
}

/**
 * A/65/457 edited as a new version would be: I.14 reworded slightly, I.12 removed. The report
 * quotes an earlier draft of resolution I (paragraph 6), so the edits target the last occurrence.
 */
export function editedA65457(): string {
  const text = corpusText('A-65-457.txt');
  const removedStart = text.lastIndexOf(
    '12. Urges the Executive Director of the United Nations Office on Drugs and Crime to ensure',
  );
  const removedEnd = text.lastIndexOf('13. Requests the Secretary-General, in his proposed programme budget');
  if (removedStart === -1 || removedEnd < removedStart)
    throw new Error('A-65-457.txt no longer holds draft resolution I as expected');
  const withoutTwelve = text.slice(0, removedStart) + text.slice(removedEnd);
  const original = 'on the implementation of the realignment of the Division for Treaty Affairs';
  const at = withoutTwelve.lastIndexOf(original);
  if (at === -1) throw new Error('A-65-457.txt no longer holds I.14 as expected');
  const reworded = 'on the implementation of the full realignment of the Division for Treaty Affairs';
  return withoutTwelve.slice(0, at) + reworded + withoutTwelve.slice(at + original.length);
}
