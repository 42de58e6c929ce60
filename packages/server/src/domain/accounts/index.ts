export { createApiToken, listApiTokens, resolveApiToken, revokeApiToken, API_TOKEN_PATTERN } from './api-tokens.ts';
export { ensureAdmin, DEFAULT_ADMIN_EMAIL, type BootstrapResult } from './bootstrap-admin.ts';
export { assertPasswordPolicy, generateTemporaryPassword, hashPassword, verifyPassword } from './passwords.ts';
export {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  resolveSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  type CreatedSession,
  type ResolvedSession,
} from './sessions.ts';
export { changePassword, login, toSessionUser } from './sign-in.ts';
export {
  createUser,
  findUserByEmail,
  getUserRow,
  listUsers,
  normaliseEmail,
  resetPassword,
  toUserSummary,
  updateUser,
  type UserRow,
} from './users.ts';
