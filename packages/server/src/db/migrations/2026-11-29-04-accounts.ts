/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time: written against Kysely<any>, never importing application types */
import { sql, type Kysely } from 'kysely';

// Frozen in time: written against Kysely<any> and never importing application code.

export async function up(db: Kysely<any>): Promise<void> {
  // Emails are stored lower-cased (checked here), so the plain unique constraint is case-insensitive.
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (column) =>
      column
        .notNull()
        .unique()
        .check(sql`email = lower(email) and length(email) between 3 and 254`),
    )
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('admin', 'planner', 'donor')`))
    // An argon2id PHC string ($argon2id$v=19$m=…); never a plain password.
    .addColumn('password_hash', 'text', (column) => column.notNull().check(sql`password_hash like '$argon2id$%'`))
    .addColumn('must_change_password', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  // The id is the SHA-256 (hex) of the cookie's random token: a leaked table cannot be replayed.
  await db.schema
    .createTable('user_sessions')
    .addColumn('id', 'text', (column) => column.primaryKey().check(sql`id ~ '^[0-9a-f]{64}$'`))
    .addColumn('user_id', 'integer', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    // Whichever comes first: idle timeout after last_seen_at, or the absolute lifetime.
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('user_sessions_user_idx').on('user_sessions').column('user_id').execute();
  await db.schema.createIndex('user_sessions_expires_idx').on('user_sessions').column('expires_at').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'integer', (column) => column.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'integer', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull().check(sql`length(name) between 1 and 100`))
    .addColumn('token_hash', 'text', (column) =>
      column
        .notNull()
        .unique()
        .check(sql`token_hash ~ '^[0-9a-f]{64}$'`),
    )
    // The first characters of the token, shown in lists so people can tell their tokens apart.
    .addColumn('prefix', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_tokens').execute();
  await db.schema.dropTable('user_sessions').execute();
  await db.schema.dropTable('users').execute();
}
