/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time: written against Kysely<any>, never importing application types */
import { sql, type Kysely } from 'kysely';

// Frozen in time: written against Kysely<any> and never importing application code. The body and
// session rows below are copied from fixtures/data/sessions.csv as it stood on 2026-11-29.

export const BODIES = [
  { id: 'ga', name: 'General Assembly', short_name: 'GA', session_kind: 'ordinal' },
  { id: 'ecosoc', name: 'Economic and Social Council', short_name: 'ECOSOC', session_kind: 'year' },
  {
    id: 'ccpcj',
    name: 'Commission on Crime Prevention and Criminal Justice',
    short_name: 'CCPCJ',
    session_kind: 'ordinal',
  },
  { id: 'cnd', name: 'Commission on Narcotic Drugs', short_name: 'CND', session_kind: 'ordinal' },
  { id: 'sc', name: 'Security Council', short_name: 'Security Council', session_kind: 'year' },
  { id: 'hrc', name: 'Human Rights Council', short_name: 'HRC', session_kind: 'ordinal' },
  {
    id: 'cop-untoc',
    name: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    short_name: 'COP UNTOC',
    session_kind: 'ordinal',
  },
  {
    id: 'cosp-uncac',
    name: 'Conference of the States Parties to the United Nations Convention against Corruption',
    short_name: 'CoSP UNCAC',
    session_kind: 'ordinal',
  },
];

// body, number, start, end, place, source
export const SESSIONS: [string, number, string, string | null, string, string][] = [
  ['ccpcj', 18, '2009-04-16', '2009-04-24', 'Vienna', 'UNODC news 17 and 24 Apr 2009; A/RES/64/179 para. 29'],
  ['ccpcj', 19, '2010-05-17', null, 'Vienna', 'UNODC news 17 May 2010 (opening day; closing date not confirmed)'],
  ['ccpcj', 20, '2011-04-11', '2011-04-15', 'Vienna', 'E/CN.15/2011/1 (provisional agenda)'],
  ['ccpcj', 21, '2012-04-23', '2012-04-27', 'Vienna', 'E/CN.15/2012/10'],
  ['ccpcj', 22, '2013-04-22', '2013-04-26', 'Vienna', 'E/2013/30-E/CN.15/2013/27; UNIS/CP/711'],
  ['ccpcj', 23, '2014-05-12', '2014-05-16', 'Vienna', 'UNODC NGO participation page for the 23rd session'],
  ['ccpcj', 24, '2015-05-18', '2015-05-22', 'Vienna', 'UNODC Doha Declaration news'],
  ['ccpcj', 25, '2016-05-23', '2016-05-27', 'Vienna', 'E/2016/30-E/CN.15/2016/13'],
  ['cnd', 53, '2010-03-08', '2010-03-12', 'Vienna', 'Vienna NGO Committee on Drugs (secondary)'],
  ['cnd', 54, '2011-03-21', '2011-03-25', 'Vienna', 'IDPC report of proceedings 2011 (secondary)'],
  ['cnd', 55, '2012-03-12', '2012-03-16', 'Vienna', 'UNODC news 16 Mar 2012'],
  ['cnd', 56, '2013-03-11', '2013-03-15', 'Vienna', 'UN System Chief Executives Board page'],
  ['cnd', 57, '2014-03-13', '2014-03-21', 'Vienna', 'E/2014/28-E/CN.7/2014/16'],
  ['cnd', 58, '2015-03-09', '2015-03-17', 'Vienna', 'E/2015/28-E/CN.7/2015/15; UN News 9 Mar 2015'],
  ['ga', 65, '2010-09-14', null, 'New York', 'un.org/ga/65; press release GA/10985'],
  ['ga', 66, '2011-09-13', null, 'New York', 'UNIS/INF/427'],
  ['ga', 67, '2012-09-18', null, 'New York', 'IISD; US Mission Geneva (secondary)'],
  ['ga', 68, '2013-09-17', null, 'New York', 'press release GA/11415'],
  ['ga', 69, '2014-09-16', null, 'New York', 'secondary sources only'],
  ['ga', 70, '2015-09-15', null, 'New York', 'UNIS/INF/514'],
  [
    'ecosoc',
    2010,
    '2010-06-28',
    '2010-07-23',
    'New York',
    'press releases ECOSOC/6412 and ECOSOC/6420 (substantive session)',
  ],
  ['ecosoc', 2011, '2011-07-04', '2011-07-29', 'Geneva', 'press release ECOSOC/6464 (substantive session)'],
  [
    'ecosoc',
    2012,
    '2012-07-02',
    '2012-07-27',
    'New York',
    'press releases ECOSOC/6498 and ECOSOC/6545 (substantive session)',
  ],
  ['ecosoc', 2013, '2013-07-01', '2013-07-26', 'Geneva', 'press release ECOSOC/6562 (substantive session)'],
];

/** A table with the usual identity primary key. */
function tableWithId(db: Kysely<any>, table: string) {
  return db.schema
    .createTable(table)
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity());
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('body')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('short_name', 'text', (column) => column.notNull())
    .addColumn('session_kind', 'text', (column) => column.notNull().check(sql`session_kind in ('ordinal', 'year')`))
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('body', 'text', (column) => column.notNull().references('body.id'))
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('start_date', 'date', (column) => column.notNull())
    .addColumn('end_date', 'date')
    .addColumn('place', 'text')
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('projected', 'boolean', (column) => column.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('session_pkey', ['body', 'number'])
    .execute();

  await tableWithId(db, 'project')
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('theme', 'text')
    .addColumn('region', 'text')
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('active')
        .check(sql`status in ('pipeline', 'active', 'closed')`),
    )
    .addColumn('period_start', 'date')
    .addColumn('period_end', 'date')
    .addColumn('source', 'text')
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await tableWithId(db, 'budget_line')
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('fund', 'text', (column) =>
      column
        .notNull()
        .check(sql`fund in ('regular-budget', 'general-purpose', 'special-purpose', 'programme-support')`),
    )
    .addColumn('period', 'text', (column) => column.notNull())
    .addColumn('amount', sql`numeric(16, 2)`, (column) => column.notNull().check(sql`amount >= 0`))
    .addColumn('currency', 'text', (column) => column.notNull().defaultTo('USD'))
    .addColumn('project_id', 'integer', (column) => column.references('project.id').onDelete('set null'))
    .addColumn('source', 'text')
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('budget_line_project_idx').on('budget_line').column('project_id').execute();

  await tableWithId(db, 'donor')
    .addColumn('name', 'text', (column) => column.notNull().unique())
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('member-state', 'multilateral', 'private', 'other')`),
    )
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await tableWithId(db, 'contribution')
    .addColumn('donor_id', 'integer', (column) => column.notNull().references('donor.id').onDelete('cascade'))
    .addColumn('budget_line_id', 'integer', (column) => column.references('budget_line.id').onDelete('set null'))
    .addColumn('project_id', 'integer', (column) => column.references('project.id').onDelete('set null'))
    .addColumn('amount', sql`numeric(16, 2)`, (column) => column.notNull().check(sql`amount >= 0`))
    .addColumn('currency', 'text', (column) => column.notNull().defaultTo('USD'))
    .addColumn('state', 'text', (column) => column.notNull().check(sql`state in ('pledged', 'paid')`))
    .addColumn('date', 'date', (column) => column.notNull())
    .addColumn('earmarked', 'boolean', (column) => column.notNull().defaultTo(true))
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('contribution_donor_idx').on('contribution').column('donor_id').execute();
  await db.schema.createIndex('contribution_budget_line_idx').on('contribution').column('budget_line_id').execute();
  await db.schema.createIndex('contribution_project_idx').on('contribution').column('project_id').execute();

  await tableWithId(db, 'deliverable')
    .addColumn('mandate_id', 'integer', (column) => column.notNull().references('mandate.id').onDelete('cascade'))
    .addColumn('reporting_obligation_id', 'integer', (column) =>
      column.references('reporting_obligation.id').onDelete('set null'),
    )
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('report', 'technical-assistance', 'publication', 'meeting')`),
    )
    .addColumn('due_date', 'date')
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned', 'in-progress', 'submitted', 'delivered', 'cancelled')`),
    )
    .addColumn('owner', 'text')
    .addColumn('evidence', 'text')
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('deliverable_mandate_idx').on('deliverable').column('mandate_id').execute();
  await db.schema
    .createIndex('deliverable_obligation_idx')
    .on('deliverable')
    .column('reporting_obligation_id')
    .execute();

  await db.schema
    .createTable('mandate_project')
    .addColumn('mandate_id', 'integer', (column) => column.notNull().references('mandate.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (column) => column.notNull().references('project.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('mandate_project_pkey', ['mandate_id', 'project_id'])
    .execute();
  await db.schema.createIndex('mandate_project_project_idx').on('mandate_project').column('project_id').execute();

  await db.schema
    .createTable('mandate_budget_line')
    .addColumn('mandate_id', 'integer', (column) => column.notNull().references('mandate.id').onDelete('cascade'))
    .addColumn('budget_line_id', 'integer', (column) =>
      column.notNull().references('budget_line.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('sample', 'boolean', (column) => column.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('mandate_budget_line_pkey', ['mandate_id', 'budget_line_id'])
    .execute();
  await db.schema
    .createIndex('mandate_budget_line_line_idx')
    .on('mandate_budget_line')
    .column('budget_line_id')
    .execute();

  await db.schema
    .createTable('link_suggestion_dismissal')
    .addColumn('mandate_id', 'integer', (column) => column.notNull().references('mandate.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (column) => column.notNull().references('project.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('link_suggestion_dismissal_pkey', ['mandate_id', 'project_id'])
    .execute();

  await db.insertInto('body').values(BODIES).execute();
  await db
    .insertInto('session')
    .values(
      SESSIONS.map(([body, number, start, end, place, source]) => ({
        body,
        number,
        start_date: start,
        end_date: end,
        place,
        source,
        projected: false,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'link_suggestion_dismissal',
    'mandate_budget_line',
    'mandate_project',
    'deliverable',
    'contribution',
    'donor',
    'budget_line',
    'project',
    'session',
    'body',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
