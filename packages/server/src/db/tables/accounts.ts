import type { ColumnType, GeneratedAlways } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A person who signs in. `email` is stored lower-cased; `password_hash` is an argon2id PHC string. */
export interface UserTable {
  id: GeneratedAlways<number>;
  email: string;
  role: 'admin' | 'planner' | 'donor';
  password_hash: string;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Optimistic concurrency: an update names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
}

/** A signed-in browser. `id` is the SHA-256 (hex) of the cookie's token, never the token itself. */
export interface UserSessionTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

/** A bearer token for scripts; only its SHA-256 (hex) is stored. */
export interface ApiTokenTable {
  id: GeneratedAlways<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

/** Tables created by migration 2026-11-29-04-accounts. */
export interface AccountTables {
  users: UserTable;
  user_sessions: UserSessionTable;
  api_tokens: ApiTokenTable;
}
