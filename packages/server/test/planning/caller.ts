import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';
import { appRouter } from '../../src/trpc/root.ts';
import { createCallerFactory, createContext } from '../../src/trpc/trpc.ts';
import { TEST_ACTORS } from '../helpers/actors.ts';
import type { EngineName } from '../helpers/engines.ts';

const createCaller = createCallerFactory(appRouter);

/** A server-side caller of the whole API on a test database, acting as a planner. */
export function callerFor(db: Kysely<Database>, engine: EngineName) {
  return createCaller(createContext({ db, engine }, { actor: TEST_ACTORS.planner }));
}

/** The TRPCError a call fails with; fails the test when the call succeeds. */
export async function failureOf(call: () => Promise<unknown>): Promise<TRPCError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
