import { z } from 'zod';

/** Ids are PostgreSQL `integer` columns; a larger number could never match and would fail in SQL. */
export const MAX_DATABASE_ID = 2_147_483_647;

/** The id of a stored row. */
export const databaseId = z.number().int().positive().max(MAX_DATABASE_ID);

/** A calendar date as `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .max(10, 'Use a date like 2011-04-11')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2011-04-11');
