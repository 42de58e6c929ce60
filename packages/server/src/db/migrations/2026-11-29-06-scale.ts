/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time: written against Kysely<any>, never importing application types */
import type { Kysely } from 'kysely';

// Frozen in time: written against Kysely<any> and never importing application code.
// Indexes for the read paths at 100,000 mandates and a million paragraphs (docs/performance.md,
// "Query plans", shows the plans they give):
// - mandate (document_id, id): the mandate list's default order and its keyset cursor
//   `(document_id, id) > (…)`, so a page (first or deep) is read in order from the index and
//   stops after `limit + 1` rows, instead of sorting every match. Replaces the one-column index
//   on document_id, which it covers.
// - reporting_obligation (mandate_id, origin, due_date): the list's next-due subquery and the
//   obligation filters read one mandate's effective obligations and their earliest due date
//   from the index alone.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('mandate_document_order_idx').on('mandate').columns(['document_id', 'id']).execute();
  await db.schema.dropIndex('mandate_document_idx').execute();
  await db.schema
    .createIndex('reporting_obligation_mandate_due_idx')
    .on('reporting_obligation')
    .columns(['mandate_id', 'origin', 'due_date'])
    .execute();
  await db.schema.dropIndex('reporting_obligation_mandate_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('reporting_obligation_mandate_idx').on('reporting_obligation').column('mandate_id').execute();
  await db.schema.dropIndex('reporting_obligation_mandate_due_idx').execute();
  await db.schema.createIndex('mandate_document_idx').on('mandate').column('document_id').execute();
  await db.schema.dropIndex('mandate_document_order_idx').execute();
}
