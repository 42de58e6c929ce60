import { z } from 'zod';

/** Kinds of entity the audit log names; `entityType` of every entry is one of these. */
export const AUDIT_ENTITY_TYPES = [
  'mandate',
  'deliverable',
  'project',
  'budget-line',
  'donor',
  'contribution',
  'document',
  'resolution',
  'user',
  'api-token',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** What a write did; `action` of every entry is one of these. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'import',
  'override',
  'clear-override',
  'link',
  'unlink',
  'accept-suggestion',
  'dismiss-suggestion',
  'status',
  'reset-password',
  'change-password',
  'revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const entityId = z.string().trim().min(1).max(40);
/** An opaque position in the log, handed back as `nextCursor` (the id of the last entry seen). */
const cursor = z
  .string()
  .regex(/^\d{1,18}$/, 'Not a cursor from this log')
  .optional();
const limit = z.number().int().min(1).max(200).default(50);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29');

/** One entity's history, newest first. */
export const ZAuditForEntity = z.object({
  entityType: z.enum(AUDIT_ENTITY_TYPES),
  entityId,
  limit,
  cursor,
});
export type TAuditForEntity = z.input<typeof ZAuditForEntity>;

/** The whole log, filtered, newest first; `from` and `to` are inclusive UTC days. */
export const ZAuditList = z
  .object({
    /** Part of the actor's email (or 'system', 'cli'), any case. */
    actorEmail: z.string().trim().min(1).max(254).optional(),
    entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
    entityId: entityId.optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    cursor,
    limit,
  })
  .refine((input) => input.from === undefined || input.to === undefined || input.from <= input.to, {
    message: 'The start date must not be after the end date',
    path: ['to'],
  });
export type TAuditList = z.input<typeof ZAuditList>;

/** One recorded write. `before` and `after` are the entity's values as JSON (null on create/delete). */
export interface AuditEntry {
  id: number;
  at: Date;
  actorUserId: number | null;
  /** The user's email at the time, or 'system' (start-up, sample data) or 'cli' (command line). */
  actorLabel: string;
  actorVia: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** A page of entries; `nextCursor` is null on the last page. */
export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}
