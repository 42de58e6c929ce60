/**
 * Planning data for the API bench over whatever mandates the database holds, in the
 * proportions of the sample planning data scaled to a large record (fixtures/data/
 * sample-planning.json links 11 of 184 mandates to 5 projects and 12 budget lines): one project
 * per 200 mandates with three budget lines each, plus regular-budget lines without a project;
 * two contributions per project line and one to the project itself from 60 donors; a tenth of
 * the UNODC-facing mandates linked to a project, one in a hundred to a budget line; a
 * deliverable for one mandate in twelve. Deterministic (everything follows from mandate ids),
 * written in a few set-based statements, and skipped when the BENCH- projects exist.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';

const THEMES = ['Crime prevention', 'Drugs and health', 'Corruption', 'Terrorism prevention', 'Organized crime', 'Research'];
const FUNDS = ['special-purpose', 'general-purpose', 'programme-support'];

export interface PlanningCounts {
  projects: number;
  budgetLines: number;
  donors: number;
  contributions: number;
  mandateProjects: number;
  mandateBudgetLines: number;
  deliverables: number;
}

async function countOf(db: Kysely<Database>, table: string, where = sql`true`): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(db);
  return Number(rows[0]!.n);
}

export async function planningCounts(db: Kysely<Database>): Promise<PlanningCounts> {
  return {
    projects: await countOf(db, 'project'),
    budgetLines: await countOf(db, 'budget_line'),
    donors: await countOf(db, 'donor'),
    contributions: await countOf(db, 'contribution'),
    mandateProjects: await countOf(db, 'mandate_project'),
    mandateBudgetLines: await countOf(db, 'mandate_budget_line'),
    deliverables: await countOf(db, 'deliverable'),
  };
}

/** Seeds the bench's planning data once; returns the counts of every planning table afterwards. */
export async function seedBenchPlanning(db: Kysely<Database>): Promise<PlanningCounts> {
  if ((await countOf(db, 'project', sql`code like 'BENCH-%'`)) > 0) return planningCounts(db);
  const mandates = await countOf(db, 'mandate');
  const projects = Math.max(5, Math.ceil(mandates / 200));
  await db.transaction().execute(async (trx) => {
    await sql`insert into project (code, title, theme, region, status, period_start, period_end, source, sample)
      select 'BENCH-' || lpad(n::text, 5, '0'), 'Bench project ' || n,
        (array[${sql.join(THEMES)}])[1 + n % ${THEMES.length}], 'Region ' || (n % 12),
        case when n % 10 = 0 then 'pipeline' when n % 10 = 1 then 'closed' else 'active' end,
        date '2010-01-01' + (n % 10) * 365, date '2014-12-31' + (n % 10) * 365, 'bench seed', true
      from generate_series(1, ${projects}) as n`.execute(trx);
    await sql`insert into budget_line (title, fund, period, amount, project_id, source, sample)
      select 'Bench line ' || p.code || '-' || k, (array[${sql.join(FUNDS)}])[k], '2012-2013',
        ((p.id * 7919 + k * 104729) % 900 + 100) * 1000, p.id, 'bench seed', true
      from project p cross join generate_series(1, 3) as k where p.code like 'BENCH-%'`.execute(trx);
    await sql`insert into budget_line (title, fund, period, amount, source, sample)
      select 'Bench regular budget line ' || n, 'regular-budget', '2012-2013', (n % 50 + 10) * 10000, 'bench seed', true
      from generate_series(1, ${Math.ceil(projects / 10)}) as n`.execute(trx);
    await sql`insert into donor (name, kind, sample)
      select 'Bench donor ' || n, (array['member-state', 'multilateral', 'private', 'other'])[1 + n % 4], true
      from generate_series(1, 60) as n`.execute(trx);
    // Most lines get money (some fully, some partly); every fifth project's lines get none.
    await sql`insert into contribution (donor_id, budget_line_id, project_id, amount, state, date, earmarked, sample)
      select d.id, bl.id, bl.project_id, bl.amount * (case when k = 1 then 0.6 else 0.3 end),
        case when k = 1 then 'paid' else 'pledged' end, date '2012-01-15' + (bl.id % 700), true, true
      from budget_line bl cross join generate_series(1, 2) as k
      join donor d on d.name = 'Bench donor ' || (1 + (bl.id * 31 + k) % 60)
      where bl.title like 'Bench line %' and bl.project_id % 5 <> 0`.execute(trx);
    await sql`insert into contribution (donor_id, project_id, amount, state, date, earmarked, sample)
      select d.id, p.id, 50000, 'paid', date '2012-06-01' + (p.id % 500), p.id % 3 <> 0, true
      from project p join donor d on d.name = 'Bench donor ' || (1 + p.id % 60)
      where p.code like 'BENCH-%' and p.id % 2 = 0`.execute(trx);
    await sql`insert into mandate_project (mandate_id, project_id, sample)
      select m.id, p.id, true from mandate m
      join project p on p.code = 'BENCH-' || lpad((1 + (m.id / 10) % ${projects})::text, 5, '0')
      where m.unodc_facing and m.id % 10 = 0
      on conflict do nothing`.execute(trx);
    await sql`insert into mandate_budget_line (mandate_id, budget_line_id, sample)
      select m.id, bl.id, true from mandate m
      join budget_line bl on bl.title = 'Bench regular budget line ' || (1 + (m.id / 100) % ${Math.ceil(projects / 10)})
      where m.unodc_facing and m.id % 100 = 5
      on conflict do nothing`.execute(trx);
    await sql`insert into deliverable (mandate_id, reporting_obligation_id, title, kind, due_date, status, owner, sample)
      select m.id, (select ro.id from reporting_obligation ro where ro.mandate_id = m.id order by ro.id limit 1),
        'Bench deliverable for mandate ' || m.id,
        (array['report', 'technical-assistance', 'publication', 'meeting'])[1 + m.id % 4],
        date '2011-01-01' + (m.id % 3000),
        (array['planned', 'in-progress', 'submitted', 'delivered', 'cancelled'])[1 + m.id % 5],
        'Unit ' || (m.id % 17), true
      from mandate m where m.id % 12 = 0`.execute(trx);
  });
  return planningCounts(db);
}
