import { z } from 'zod';

/**
 * Roles a signed-in user holds. Anyone not signed in is the public: they read documents,
 * mandates, the calendar, feeds, exports and aggregate funding figures, and write nothing.
 * - admin: manages users and roles, and may do everything a planner does;
 * - planner: imports documents and edits mandates, deliverables, projects, budget lines and links;
 * - donor: reads everything a planner reads, contribution details included, and writes nothing.
 */
export const ROLES = ['admin', 'planner', 'donor'] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

/** How the caller proved who they are. */
export const ZActorVia = z.enum(['session', 'token', 'cli']);

/** Who is making a request; `null` in a context means the public. */
export const ZActor = z.object({
  userId: z.number().int().positive(),
  email: z.string().max(254),
  role: ZRole,
  via: ZActorVia,
});
export type Actor = z.infer<typeof ZActor>;

/** Roles allowed to write planning data. */
export const PLANNING_ROLES: readonly Role[] = ['admin', 'planner'];

/** True when the actor may do what `allowed` roles may; the public (`null`) never may. */
export function actorHasRole(actor: Actor | null, allowed: readonly Role[]): boolean {
  return actor !== null && allowed.includes(actor.role);
}
