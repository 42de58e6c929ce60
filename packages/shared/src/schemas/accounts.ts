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
  /**
   * A signed-in user who still has a one-time password: until they choose their own, only
   * public reads and `auth.changePassword` are open to them.
   */
  mustChangePassword: z.boolean().optional(),
});
export type Actor = z.infer<typeof ZActor>;

/** Roles allowed to write planning data. */
export const PLANNING_ROLES: readonly Role[] = ['admin', 'planner'];

/** True when the actor may do what `allowed` roles may; the public (`null`) never may. */
export function actorHasRole(actor: Actor | null, allowed: readonly Role[]): boolean {
  return actor !== null && allowed.includes(actor.role);
}

// Sign-in, users and API tokens. Every string has a length limit, so a hostile input is refused
// by the schema before any hashing or database work.

/** Passwords people choose: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** Longest email address SMTP allows. */
export const EMAIL_MAX_LENGTH = 254;
export const API_TOKEN_NAME_MAX_LENGTH = 100;

/** Row ids fit PostgreSQL's integer, so an absurd id is a validation error, not a database one. */
const rowId = z.number().int().positive().max(2_147_483_647);

/** An email address, trimmed and lower-cased (addresses are compared case-insensitively). */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Enter an email address')
  .max(EMAIL_MAX_LENGTH, `An email address has at most ${EMAIL_MAX_LENGTH} characters`)
  // Deliberately loose: a local part, an @ and a host; `admin@localhost` is valid.
  .regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address like name@example.org');

/** A new password: the policy every password set by a person or a script must meet. */
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** A password offered at sign-in: not checked against the policy (old passwords stay valid). */
const ZOfferedPassword = z
  .string()
  .min(1, 'Enter your password')
  .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters`);

export const ZLoginInput = z.object({ email: ZEmail, password: ZOfferedPassword });
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZChangePasswordInput = z.object({ currentPassword: ZOfferedPassword, newPassword: ZNewPassword });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** The signed-in user as the web app sees them. */
export const ZSessionUser = z.object({
  id: rowId,
  email: z.string().max(EMAIL_MAX_LENGTH),
  role: ZRole,
  /** Set after an admin reset or a first-start password: the app asks for a new one. */
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof ZSessionUser>;

export const ZMeOutput = z.object({ user: ZSessionUser.nullable() });
export type MeOutput = z.infer<typeof ZMeOutput>;

/** `password` omitted: the server generates a one-time password and must_change_password is set. */
export const ZCreateUserInput = z.object({ email: ZEmail, role: ZRole, password: ZNewPassword.optional() });
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.object({
  id: rowId,
  /** The version the edit was based on; a stale version is refused with CONFLICT. */
  version: z.number().int().positive().max(2_147_483_647),
  role: ZRole.optional(),
  /** true disables the account (signs it out everywhere, tokens stop working); false enables it. */
  disabled: z.boolean().optional(),
});
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZUserId = z.object({ id: rowId });
export type TUserId = z.infer<typeof ZUserId>;

/** A user as the admin's list shows them; never a password hash. */
export const ZUserSummary = z.object({
  id: rowId,
  email: z.string().max(EMAIL_MAX_LENGTH),
  role: ZRole,
  mustChangePassword: z.boolean(),
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int().positive(),
});
export type UserSummary = z.infer<typeof ZUserSummary>;

export const ZCreateUserOutput = z.object({ user: ZUserSummary, temporaryPassword: z.string().optional() });
export type CreateUserOutput = z.infer<typeof ZCreateUserOutput>;

export const ZResetPasswordOutput = z.object({ temporaryPassword: z.string() });

export const ZCreateApiTokenInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the token, e.g. "nightly import"')
    .max(API_TOKEN_NAME_MAX_LENGTH, `A token name has at most ${API_TOKEN_NAME_MAX_LENGTH} characters`),
});
export type TCreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export const ZApiTokenId = z.object({ id: rowId });
export type TApiTokenId = z.infer<typeof ZApiTokenId>;

/** A token as listed: its name and prefix, never the token or its hash. */
export const ZApiTokenSummary = z.object({
  id: rowId,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiTokenSummary = z.infer<typeof ZApiTokenSummary>;

/** The answer to creating a token: the only time `token` is shown. */
export const ZCreatedApiToken = z.object({ id: rowId, name: z.string(), prefix: z.string(), token: z.string() });
export type CreatedApiToken = z.infer<typeof ZCreatedApiToken>;
