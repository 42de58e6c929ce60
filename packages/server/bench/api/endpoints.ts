/**
 * The API calls the bench measures, each with a few inputs chosen from the corpus in the
 * database (so the same bench runs on the synthetic corpus or any other), and the domain
 * function the tRPC procedure calls, for capturing that call's SQL.
 */
import {
  ZCalendarRange,
  ZFundingSummary,
  ZMandateListInput,
  ZSearchParagraphsInput,
  type TMandateListInput,
} from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';
import { calendarRange } from '../../src/domain/calendar/index.ts';
import { fundingSummary } from '../../src/domain/funding/index.ts';
import { getMandate, listMandates } from '../../src/domain/mandates/index.ts';
import { encodeCursor } from '../../src/domain/mandates/cursor.ts';
import { searchParagraphs } from '../../src/domain/search/index.ts';

export interface Endpoint {
  /** Short key for BENCH_ONLY. */
  key: string;
  name: string;
  /** tRPC procedure path. */
  procedure: string;
  /** Raw inputs as a client sends them; the load cycles through them. */
  inputs: unknown[];
  call: (db: Kysely<Database>, input: unknown) => Promise<unknown>;
}

const PAGE = 50;
/** How deep the keyset page is at most: past this many rows of the filter. */
const DEEP_ROWS = 10_000;

/** The body with the most reporting obligations, and the year with the most due dates. */
async function busiest(db: Kysely<Database>): Promise<{ body: string; year: number }> {
  const body = await sql<{ body: string }>`
    select body from reporting_obligation group by body order by count(*) desc, body limit 1`.execute(db);
  const year = await sql<{ year: number }>`
    select extract(year from due_date)::int as year from reporting_obligation where due_date is not null
    group by 1 order by count(*) desc, 1 limit 1`.execute(db);
  return { body: body.rows[0]?.body ?? 'ccpcj', year: year.rows[0]?.year ?? 2012 };
}

/** The cursor after the first `rows` open UNODC-facing mandates in document order (no overrides in the bench data). */
async function deepCursor(db: Kysely<Database>, rows: number): Promise<string | null> {
  const { rows: found } = await sql<{ document_id: number; id: number }>`
    select document_id, id from mandate where status = 'open' and unodc_facing
    order by document_id, id offset ${rows - 1} limit 1`.execute(db);
  const row = found[0];
  return row === undefined
    ? null
    : encodeCursor({ sort: 'resolution', direction: 'asc', key: row.document_id, id: row.id });
}

export async function endpointsFor(db: Kysely<Database>): Promise<Endpoint[]> {
  const { body, year } = await busiest(db);
  // Past 10,000 rows at full size; half-way through the open mandates on a smaller corpus.
  const { rows: openRows } = await sql<{ n: number }>`
    select count(*) as n from mandate where status = 'open' and unodc_facing`.execute(db);
  const depth = Math.max(1, Math.min(DEEP_ROWS, Math.floor(Number(openRows[0]!.n) / 2)));
  const deep = await deepCursor(db, depth);
  const { rows: idRows } = await sql<{ id: number }>`
    select id from (select id, row_number() over (order by id) as n from mandate where unodc_facing) as numbered
    where n % greatest(1, (select count(*) from mandate where unodc_facing) / 40) = 0 order by id limit 40`.execute(db);
  // Mandates with planning links (projects, budget lines, deliverables) make the detail do more work.
  const { rows: linkedRows } = await sql<{ id: number }>`
    select mandate_id as id from mandate_project group by mandate_id order by mandate_id limit 20`.execute(db);
  const ids = [...idRows, ...linkedRows].map((row) => row.id);
  const list = (input: unknown) => (db2: Kysely<Database>) => listMandates(db2, ZMandateListInput.parse(input));
  const listInputs: Partial<TMandateListInput>[] = [
    { body: [body as 'ccpcj'], status: ['open', 'in-progress'], q: 'report', limit: PAGE },
    { body: [body as 'ccpcj'], status: ['open'], q: 'cooperation', limit: PAGE },
    { status: ['open'], q: 'trafficking', limit: PAGE },
  ];
  return [
    {
      key: 'list',
      name: 'mandates.list (body+status+q, first page)',
      procedure: 'mandates.list',
      inputs: listInputs,
      call: (db2, input) => list(input)(db2),
    },
    {
      key: 'list-deep',
      name: `mandates.list (status, keyset page past ${depth.toLocaleString('en')})`,
      procedure: 'mandates.list',
      inputs: [{ status: ['open'], limit: PAGE, cursor: deep }],
      call: (db2, input) => list(input)(db2),
    },
    {
      key: 'list-due',
      name: 'mandates.list (status, sorted by due date)',
      procedure: 'mandates.list',
      inputs: [{ status: ['open'], sort: 'due', limit: PAGE }],
      call: (db2, input) => list(input)(db2),
    },
    {
      key: 'get',
      name: `mandates.get (${ids.length} ids)`,
      procedure: 'mandates.get',
      inputs: ids.map((id) => ({ id })),
      call: (db2, input) => getMandate(db2, (input as { id: number }).id),
    },
    {
      key: 'calendar',
      name: `calendar.range (${year})`,
      procedure: 'calendar.range',
      inputs: [{ from: `${year}-01-01`, to: `${year}-12-31`, today: `${year}-01-01` }],
      call: (db2, input) => calendarRange(db2, ZCalendarRange.parse(input)),
    },
    {
      key: 'search',
      name: 'search.paragraphs (4 queries)',
      procedure: 'search.paragraphs',
      inputs: [{ q: 'trafficking' }, { q: 'corruption' }, { q: '"money laundering"' }, { q: 'report' }],
      call: (db2, input) => searchParagraphs(db2, ZSearchParagraphsInput.parse(input)),
    },
    {
      key: 'funding',
      name: 'funding.summary',
      procedure: 'funding.summary',
      inputs: [{}],
      call: (db2, input) => fundingSummary(db2, ZFundingSummary.parse(input)),
    },
  ];
}
