import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { randomSecret, sha256Hex } from './secrets.ts';
import type { UserRow } from './users.ts';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 24 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** A session token as the cookie carries it: 32 random bytes, URL-safe base64. */
const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function expiryOf(createdAt: Date, lastSeenAt: Date): Date {
  return new Date(Math.min(createdAt.getTime() + SESSION_ABSOLUTE_MS, lastSeenAt.getTime() + SESSION_IDLE_MS));
}

/** A new session: the token goes into the cookie; only its hash is stored. */
export interface CreatedSession {
  token: string;
  sessionId: string;
  /** When the session ends if unused (the idle timeout, pushed back by use). */
  expiresAt: Date;
  /** When it ends however much it is used: the cookie's lifetime. */
  endsAt: Date;
}

/** Starts a session for the user; the caller sets the cookie from `token`. */
export async function createSession(
  db: Kysely<Database>,
  userId: number,
  now: Date = new Date(),
): Promise<CreatedSession> {
  const token = randomSecret();
  const sessionId = sha256Hex(token);
  const expiresAt = expiryOf(now, now);
  await db
    .insertInto('user_sessions')
    .values({ id: sessionId, user_id: userId, created_at: now, last_seen_at: now, expires_at: expiresAt })
    .execute();
  return { token, sessionId, expiresAt, endsAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) };
}

/** The session a cookie names, with its user, when it is current and the user is enabled. */
export interface ResolvedSession {
  sessionId: string;
  user: UserRow;
}

/**
 * Finds the live session for a cookie token, refreshing its idle expiry now and then.
 * @returns null for a malformed, unknown or expired token, or a disabled user
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<ResolvedSession | null> {
  if (!SESSION_TOKEN_PATTERN.test(token)) return null;
  const sessionId = sha256Hex(token);
  const row = await db
    .selectFrom('user_sessions')
    .innerJoin('users', 'users.id', 'user_sessions.user_id')
    .selectAll('users')
    .select([
      'user_sessions.created_at as session_created_at',
      'user_sessions.last_seen_at as session_last_seen_at',
      'user_sessions.expires_at as session_expires_at',
    ])
    .where('user_sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (row === undefined || row.session_expires_at.getTime() <= now.getTime() || row.disabled_at !== null) return null;
  if (now.getTime() - row.session_last_seen_at.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db
      .updateTable('user_sessions')
      .set({ last_seen_at: now, expires_at: expiryOf(row.session_created_at, now) })
      .where('id', '=', sessionId)
      .execute();
  }
  const { session_created_at: _created, session_last_seen_at: _seen, session_expires_at: _expires, ...user } = row;
  return { sessionId, user };
}

/** Ends a session (sign-out) by its id, the hash the cookie's token maps to; unknown ids are ignored. */
export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('user_sessions').where('id', '=', sessionId).execute();
}

/** Removes sessions past their expiry; returns how many. Called at sign-in to keep the table small. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom('user_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
