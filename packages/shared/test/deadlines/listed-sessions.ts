import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BodyId } from '../../src/ingest/types.ts';
import type { SessionDates } from '../../src/deadlines/index.ts';

/** The real sessions of fixtures/data/sessions.csv, parsed for tests. */
export function readListedSessions(): SessionDates[] {
  const file = fileURLToPath(new URL('../../../../fixtures/data/sessions.csv', import.meta.url));
  const [, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  return lines.map((line) => {
    const fields = [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((match) => match[2] ?? match[1] ?? '');
    const [body, number, start, end, place, source] = fields;
    return {
      body: body as BodyId,
      number: Number(number),
      startDate: start!,
      endDate: end === '' ? null : end!,
      place: place!,
      source: source!,
      projected: false,
    };
  });
}
