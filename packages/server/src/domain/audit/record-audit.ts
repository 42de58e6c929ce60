import type { Actor, AuditAction, AuditEntityType } from '@mandate-tracker/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';

/**
 * Who made a write: a signed-in user, or the process itself — 'system' for start-up work such as
 * loading the sample data (also what `null` means), 'cli' for the command-line tools.
 */
export type AuditActor = Actor | 'system' | 'cli' | null;

/** What {@link recordAudit} writes: one entity's values before and after one action. */
export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | number;
  /** The entity before the write; null when it did not exist (create). */
  before: unknown;
  /** The entity after the write; null when it no longer exists (delete). */
  after: unknown;
  requestId?: string | null;
}

/**
 * Who is writing and on behalf of which request, handed by routers, HTTP routes and the CLI to
 * every domain write so it can record itself in the audit log in its own transaction.
 */
export interface WriteContext {
  actor: AuditActor;
  requestId?: string | null;
}

/** The context of writes made by the process itself at start-up (sample data). */
export const SYSTEM_WRITE: WriteContext = Object.freeze({ actor: 'system', requestId: null });

// Serialised here rather than passed as objects: both engines then receive a JSON string for the
// jsonb column (pg would turn a JS array into a PostgreSQL array), and Dates become ISO strings.
function toJsonb(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value);
}

function actorColumns(actor: AuditActor) {
  if (actor === null || actor === 'system') return { actor_user_id: null, actor_label: 'system', actor_via: null };
  if (actor === 'cli') return { actor_user_id: null, actor_label: 'cli', actor_via: 'cli' };
  return { actor_user_id: actor.userId, actor_label: actor.email, actor_via: actor.via };
}

function auditRow(entry: AuditRecord) {
  return {
    ...actorColumns(entry.actor),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: String(entry.entityId),
    before: toJsonb(entry.before),
    after: toJsonb(entry.after),
    request_id: entry.requestId ?? null,
  };
}

/**
 * Appends one entry to the audit log. Call it with the transaction of the write it describes, so
 * the entry exists exactly when the write does. Values are stored as given: callers pass entity
 * values, never secrets.
 */
export async function recordAudit(db: Kysely<Database> | Transaction<Database>, entry: AuditRecord): Promise<void> {
  await recordAudits(db, [entry]);
}

// Nine bound values per entry, kept under PostgreSQL's 65,535 parameters per statement.
const ENTRIES_PER_INSERT = 6_000;

/** {@link recordAudit} for many entries, with multi-row INSERTs (bulk imports). */
export async function recordAudits(
  db: Kysely<Database> | Transaction<Database>,
  entries: readonly AuditRecord[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += ENTRIES_PER_INSERT) {
    await db
      .insertInto('audit_log')
      .values(entries.slice(start, start + ENTRIES_PER_INSERT).map(auditRow))
      .execute();
  }
}

/** The label stored for an actor: the user's email, or 'system' or 'cli'. */
export function actorLabel(actor: AuditActor): string {
  return actorColumns(actor).actor_label;
}

/** {@link recordAudit} for a write made in `writer`'s name. */
export function recordWrite(
  db: Kysely<Database> | Transaction<Database>,
  writer: WriteContext,
  entry: Omit<AuditRecord, 'actor' | 'requestId'>,
): Promise<void> {
  return recordAudit(db, { ...entry, actor: writer.actor, requestId: writer.requestId ?? null });
}
