import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { createCallerFactory, createContext, publicProcedure, router } from '../../src/trpc/trpc.ts';
import { unreachableDatabase } from '../helpers/unreachable-database.ts';

// A router built only for this test, exercising the shared error mapping of publicProcedure.
const probeRouter = router({
  missing: publicProcedure.query(() => {
    throw new AppError('NOT_FOUND', 'No mandate with id 42', { details: { id: 42 } });
  }),
  stale: publicProcedure.mutation(() => {
    throw new AppError('CONFLICT', 'The mandate was changed by someone else', { details: { version: 3 } });
  }),
  badDocument: publicProcedure.mutation(() => {
    throw new AppError('INVALID_DOCUMENT', 'The file is binary, not a UN document');
  }),
  unavailable: publicProcedure.query(() => {
    throw new AppError('UNAVAILABLE', 'The database is starting');
  }),
  echo: publicProcedure.input(z.object({ symbol: z.string().min(3) })).query(({ input }) => input.symbol),
});

const createCaller = createCallerFactory(probeRouter);

async function trpcErrorOf(call: () => Promise<unknown>): Promise<TRPCError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('AppError mapping', () => {
  // The probe procedures never touch the database, so none needs to run.
  const caller = () => createCaller(createContext(unreachableDatabase()));

  it('maps NOT_FOUND, CONFLICT, INVALID_DOCUMENT and UNAVAILABLE to tRPC codes keeping the message', async () => {
    const missing = await trpcErrorOf(() => caller().missing());
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('No mandate with id 42');
    expect(missing.cause).toBeInstanceOf(AppError);
    expect((await trpcErrorOf(() => caller().stale())).code).toBe('CONFLICT');
    expect((await trpcErrorOf(() => caller().badDocument())).code).toBe('UNPROCESSABLE_CONTENT');
    expect((await trpcErrorOf(() => caller().unavailable())).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('rejects invalid input as BAD_REQUEST with the zod error as cause', async () => {
    const error = await trpcErrorOf(() => caller().echo({ symbol: 'A' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });
});

describe('AppError', () => {
  it('keeps its code, details and cause', () => {
    const cause = new Error('unique violation');
    const error = new AppError('CONFLICT', 'Already imported', { cause, details: { symbol: 'A/65/457' } });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Already imported', details: { symbol: 'A/65/457' } });
    expect(error.cause).toBe(cause);
  });
});
