/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time: written against Kysely<any>, never importing application types */
import { sql, type Kysely } from 'kysely';

// Frozen in time: written against Kysely<any> and never importing application code.

/** Tables that had no version column; their updates now carry the version they were based on. */
const VERSIONED_TABLES = ['project', 'budget_line', 'donor', 'contribution', 'resolution'];

export async function up(db: Kysely<any>): Promise<void> {
  // One row per write: who, when, what, and the entity's values before and after. No foreign key
  // on actor_user_id: users may be deleted, and the label keeps the row readable after that.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_label', 'text', (column) => column.notNull())
    .addColumn('actor_via', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('entity_type', 'text', (column) => column.notNull())
    .addColumn('entity_id', 'text', (column) => column.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity_type', 'entity_id', 'at desc', 'id desc'])
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at desc', 'id desc']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').column('actor_user_id').execute();

  for (const table of VERSIONED_TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of VERSIONED_TABLES) {
    await db.schema.alterTable(table).dropColumn('version').execute();
  }
  await db.schema.dropTable('audit_log').execute();
}
