/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time: written against Kysely<any>, never importing application types */
import { sql, type Kysely } from 'kysely';

// Frozen in time: written against Kysely<any> and never importing application code.
// Documents, their resolutions and paragraphs, the mandates extracted from them, reporting
// obligations and the planner's overrides of extracted facts.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('symbol', 'text', (column) => column.unique())
    .addColumn('body', 'text')
    .addColumn('session', 'integer')
    .addColumn('title', 'text')
    .addColumn('adopted', 'date')
    .addColumn('on_report', 'text')
    .addColumn('agenda_items', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('subjects', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source_text', 'text', (column) => column.notNull())
    .addColumn('content_hash', 'text', (column) => column.notNull().unique())
    .addColumn('imported_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('imported_by', 'text')
    .addColumn('warnings', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('resolution')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('document_id', 'integer', (column) => column.notNull().references('document.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('resolution', 'decision')`))
    .addColumn('draft_symbol', 'text')
    .addColumn('adopted_symbol', 'text')
    .addColumn('start', 'integer', (column) => column.notNull())
    .addColumn('end', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('resolution_document_idx')
    .on('resolution')
    .columns(['document_id', 'position'])
    .execute();

  await db.schema
    .createTable('paragraph')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('document_id', 'integer', (column) => column.notNull().references('document.id').onDelete('cascade'))
    .addColumn('resolution_id', 'integer', (column) => column.references('resolution.id').onDelete('cascade'))
    .addColumn('part', 'text', (column) =>
      column.notNull().check(sql`part in ('preamble', 'operative', 'annex', 'report')`),
    )
    .addColumn('annex_index', 'integer')
    .addColumn('number', 'text')
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('start', 'integer', (column) => column.notNull())
    .addColumn('end', 'integer', (column) => column.notNull())
    .addColumn('search', sql`tsvector`, (column) =>
      column.generatedAlwaysAs(sql`to_tsvector('english', "text")`).stored(),
    )
    .execute();
  await db.schema
    .createIndex('paragraph_resolution_idx')
    .on('paragraph')
    .columns(['resolution_id', 'position'])
    .execute();
  await db.schema.createIndex('paragraph_document_idx').on('paragraph').column('document_id').execute();
  await db.schema.createIndex('paragraph_search_idx').on('paragraph').using('gin').column('search').execute();

  await db.schema
    .createTable('mandate')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('document_id', 'integer', (column) => column.notNull().references('document.id').onDelete('cascade'))
    .addColumn('resolution_id', 'integer', (column) => column.notNull().references('resolution.id').onDelete('cascade'))
    .addColumn('paragraph_id', 'integer', (column) => column.notNull().references('paragraph.id').onDelete('cascade'))
    .addColumn('clause_index', 'integer', (column) => column.notNull())
    .addColumn('verbs', 'jsonb', (column) => column.notNull())
    .addColumn('addressees', 'jsonb', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('resources', 'jsonb', (column) => column.notNull())
    .addColumn('programmes', 'jsonb', (column) => column.notNull())
    .addColumn('spans', 'jsonb', (column) => column.notNull())
    .addColumn('start', 'integer', (column) => column.notNull())
    .addColumn('end', 'integer', (column) => column.notNull())
    .addColumn('unodc_facing', 'boolean', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'in-progress', 'completed', 'closed')`),
    )
    .addColumn('owner_unit', 'text')
    .addColumn('priority', 'text', (column) => column.check(sql`priority in ('high', 'medium', 'low')`))
    .addColumn('notes', 'text')
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('mandate_document_idx').on('mandate').column('document_id').execute();
  await db.schema
    .createIndex('mandate_paragraph_idx')
    .on('mandate')
    .columns(['paragraph_id', 'clause_index'])
    .execute();
  await db.schema.createIndex('mandate_resolution_idx').on('mandate').column('resolution_id').execute();
  await db.schema.createIndex('mandate_status_idx').on('mandate').columns(['status', 'id']).execute();
  await db.schema.createIndex('mandate_addressees_idx').on('mandate').using('gin').column('addressees').execute();

  await db.schema
    .createTable('reporting_obligation')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('mandate_id', 'integer', (column) => column.notNull().references('mandate.id').onDelete('cascade'))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('session', 'integer')
    .addColumn('until_session', 'integer')
    .addColumn('relation', 'text', (column) => column.notNull())
    .addColumn('due_date', 'date')
    .addColumn('recurrence', 'text')
    .addColumn('origin', 'text', (column) => column.notNull().check(sql`origin in ('extracted', 'entered')`))
    .addColumn('inherited_from', 'text')
    .addColumn('span', 'jsonb')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('reporting_obligation_mandate_idx')
    .on('reporting_obligation')
    .column('mandate_id')
    .execute();
  await db.schema
    .createIndex('reporting_obligation_session_idx')
    .on('reporting_obligation')
    .columns(['body', 'session'])
    .execute();

  await db.schema
    .createTable('mandate_override')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('mandate_id', 'integer', (column) => column.notNull().references('mandate.id').onDelete('cascade'))
    .addColumn('field', 'text', (column) =>
      column.notNull().check(sql`field in ('verbs', 'addressees', 'resources', 'reporting', 'action')`),
    )
    .addColumn('value', 'jsonb', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text')
    .addUniqueConstraint('mandate_override_mandate_field_key', ['mandate_id', 'field'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['mandate_override', 'reporting_obligation', 'mandate', 'paragraph', 'resolution', 'document']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
