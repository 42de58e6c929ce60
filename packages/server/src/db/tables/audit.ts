import type { ColumnType, GeneratedAlways } from 'kysely';

/** A jsonb column written as a JSON string (so both engines store it as jsonb), read back parsed. */
type JsonValue = ColumnType<unknown, string | null, string | null>;

/** One recorded write: who, when, which entity, and its values before and after. */
export interface AuditLogTable {
  /** bigint identity; int8 is parsed to a number on both engines (db/type-parsers.ts). */
  id: GeneratedAlways<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  /** The signed-in user, or null for 'system' and 'cli'; no foreign key, users may be deleted. */
  actor_user_id: number | null;
  /** The user's email, or 'system' (sample loader, start-up) or 'cli'. */
  actor_label: string;
  /** How the actor reached us: 'session', 'token', … (null when not known). */
  actor_via: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: JsonValue;
  after: JsonValue;
  request_id: string | null;
}

/** Tables created by migration 2026-11-29-05-audit. */
export interface AuditTables {
  audit_log: AuditLogTable;
}
