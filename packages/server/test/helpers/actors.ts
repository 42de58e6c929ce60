import type { Actor } from '@mandate-tracker/shared';

/**
 * Actors for calling procedures in tests without signing in over HTTP. Their user ids need
 * no row in `users`: nothing references an actor's id by foreign key.
 */
export const TEST_ACTORS = {
  admin: { userId: 9_000_001, email: 'admin@test.invalid', role: 'admin', via: 'cli' },
  planner: { userId: 9_000_002, email: 'planner@test.invalid', role: 'planner', via: 'cli' },
  donor: { userId: 9_000_003, email: 'donor@test.invalid', role: 'donor', via: 'cli' },
} as const satisfies Record<string, Actor>;
